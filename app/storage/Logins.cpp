#include "Logins.h"

#include "PostgresSecurity.h"

namespace danhoi {

namespace {

class SqliteLogins final : public Logins
{
public:
    bool serverAuthenticates() const override { return false; }
    Result<void> create(QSqlDatabase, const QString&, const QString&) override { return {}; }
    Result<void> changePassword(QSqlDatabase, const QString&, const QString&) override { return {}; }
};

class PostgresLogins final : public Logins
{
public:
    explicit PostgresLogins(Database& db) : m_db(db) { }

    bool serverAuthenticates() const override { return true; }

    Result<void> create(QSqlDatabase tx, const QString& username, const QString& password) override
    {
        return setLogin(tx, QStringLiteral("danhoi_user_create"), username, password);
    }

    Result<void> changePassword(QSqlDatabase tx, const QString& username, const QString& password) override
    {
        return setLogin(tx, QStringLiteral("danhoi_user_password"), username, password);
    }

private:
    Result<void> setLogin(QSqlDatabase tx, const QString& function, const QString& username, const QString& password)
    {
        auto role = PostgresSecurity::loginRole(m_db.location().dbname, username);
        if (!role)
            return role.error();
        auto verifier = PostgresSecurity::scramVerifier(tx, role.value(), password);
        if (!verifier)
            return verifier.error();
        QSqlQuery call(tx);
        call.prepare(QStringLiteral("SELECT %1(?, ?)").arg(function));
        call.addBindValue(username);
        call.addBindValue(verifier.value());
        if (!call.exec())
            return PostgresSecurity::errorFrom(call.lastError());
        return {};
    }

    Database& m_db;
};

} // namespace

std::unique_ptr<Logins> Logins::of(Database& db)
{
    if (db.engine() == Database::Engine::PostgreSql)
        return std::make_unique<PostgresLogins>(db);
    return std::make_unique<SqliteLogins>();
}

} // namespace danhoi
