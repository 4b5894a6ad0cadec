#pragma once

// The desk logins of a PostgreSQL test database, made as db provision makes them (a login role with its password
// through danhoi_user_create, then the users row), and one open connection per login: the storage tests that read
// as a coordinator, a clerk or a supervisor under the server's row-level security.

#include "support/TestDatabase.h"
#include "storage/PostgresSecurity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace danhoi::test {

// Runs `sql` on `db` (the owner's or a desk's connection); a failure fails the running test.
inline void exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        QFAIL(qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
}

class DeskLogins
{
public:
    static constexpr const char* password = "Mật-khẩu đủ dài 2026";

    explicit DeskLogins(const BackendUnderTest& backend) : m_backend(backend) { }

    // A desk user and its login; false (with a warning) when either cannot be made.
    bool add(QSqlDatabase owner, const QString& username, const QString& roles, std::optional<Id> department)
    {
        const QString role = PostgresSecurity::loginRole(m_backend.name, username).value();
        auto verifier = PostgresSecurity::scramVerifier(owner, role, QString::fromUtf8(password));
        QSqlQuery q(owner);
        const bool made = verifier.ok() && q.prepare(QStringLiteral("SELECT danhoi_user_create(?, ?)"))
            && (q.addBindValue(username), q.addBindValue(verifier.value()), q.exec())
            && q.exec(QStringLiteral("INSERT INTO users (username, roles, department_id) VALUES ('%1', '%2', %3)")
                          .arg(username, roles, department ? QString::number(*department) : QStringLiteral("NULL")));
        if (!made)
            qWarning("%s", qPrintable(verifier.ok() ? q.lastError().text() : verifier.error().message));
        return made;
    }

    // The two departments of the desk tests (Sở Tư pháp into `law`, Sở Xây dựng into `building`) and their three
    // desks: the coordinator "coord", the law clerk "clerk.tp" and the building supervisor "sup.xd".
    bool addTwoDepartments(QSqlDatabase owner, Id& law, Id& building)
    {
        QSqlQuery q(owner);
        if (!q.exec(QStringLiteral("INSERT INTO departments (code, name_vi) VALUES ('TP', 'Sở Tư pháp'),"
                                   " ('XD', 'Sở Xây dựng') RETURNING id"))
            || !q.next()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        law = q.value(0).toLongLong();
        if (!q.next())
            return false;
        building = q.value(0).toLongLong();
        return add(owner, QStringLiteral("coord"), QStringLiteral("coordinator"), std::nullopt)
            && add(owner, QStringLiteral("clerk.tp"), QStringLiteral("clerk"), law)
            && add(owner, QStringLiteral("sup.xd"), QStringLiteral("supervisor"), building);
    }

    // The connection of `username`'s login, opened once.
    QSqlDatabase desk(const QString& username)
    {
        if (!m_desks.contains(username)) {
            auto opened = Database::openPostgres(DatabaseLocation::parse(m_backend.location).value(),
                                                 PostgresSecurity::loginRole(m_backend.name, username).value(),
                                                 QString::fromUtf8(password));
            if (!opened)
                qWarning("%s", qPrintable(opened.error().message));
            m_desks.insert(username, opened.value());
        }
        return m_desks.value(username)->connection().value();
    }

    // Closes every login's connection (the next desk() opens it again).
    void clear() { m_desks.clear(); }

private:
    const BackendUnderTest& m_backend;
    QHash<QString, std::shared_ptr<Database>> m_desks;
};

} // namespace danhoi::test
