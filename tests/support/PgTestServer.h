#pragma once

// A PostgreSQL server for tests: the one DANHOI_TEST_PG names (postgresql://USER@/DB?host=/socket/dir), or a
// throwaway cluster of its own (initdb in a fresh world-traversable folder, Unix socket only, run as the
// postgres system user when the tests run as root). Desk logins authenticate with SCRAM; the superuser by trust.
// Fails, never skips, when the server cannot start.

#include "core/Result.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

namespace danhoi::test {

class PgTestServer
{
public:
    ~PgTestServer() { stop(); }

    Result<void> start()
    {
        const QString given = qEnvironmentVariable("DANHOI_TEST_PG");
        if (!given.isEmpty()) {
            const QUrl url(given);
            m_socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"));
            m_superuser = url.userName().isEmpty() ? QStringLiteral("postgres") : url.userName();
            return {};
        }
        m_dir = QStringLiteral("/tmp/danhoi-pg-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(m_dir);
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                         | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                         | QFileDevice::ExeOther);
        if (geteuid() == 0 && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir}) != 0)
            return Error::other(QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir));
        m_socket = m_dir;
        const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
        if (auto ok = run({bin + QStringLiteral("initdb"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                           QStringLiteral("-U"), m_superuser, QStringLiteral("-E"), QStringLiteral("UTF8"),
                           QStringLiteral("--locale=C.UTF-8"), QStringLiteral("-A"), QStringLiteral("trust")});
            !ok)
            return ok;
        if (auto ok = run({QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("printf 'local all postgres trust\\nlocal all all scram-sha-256\\n' > %1")
                               .arg(m_dir + QStringLiteral("/data/pg_hba.conf"))});
            !ok)
            return ok;
        if (auto ok = run({bin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                           QStringLiteral("-o"), QStringLiteral("-c listen_addresses='' -k %1").arg(m_dir),
                           QStringLiteral("-l"), m_dir + QStringLiteral("/log"), QStringLiteral("-w"),
                           QStringLiteral("start")});
            !ok)
            return ok;
        m_started = true;
        return {};
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        run({QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
             QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
        QDir(m_dir).removeRecursively();
    }

    QString socketDirectory() const { return m_socket; }

    QSqlDatabase connect(const QString& database, const QString& name, const QString& user = {},
                         const QString& password = {})
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_socket);
        db.setDatabaseName(database);
        db.setUserName(user.isEmpty() ? m_superuser : user);
        db.setPassword(password);
        db.open();
        return db;
    }

    // A fresh UTF8 database with a unique name (its roles are dropped with it).
    Result<QString> createDatabase(const QString& stem)
    {
        const QString name = QStringLiteral("%1_%2_%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(++m_count);
        return withServer([&](QSqlQuery& q) -> Result<QString> {
            if (!q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name)))
                return Error::other(q.lastError().text());
            return name;
        });
    }

    void dropDatabase(const QString& name)
    {
        withServer([&](QSqlQuery& q) -> Result<QString> {
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            QStringList roles;
            q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'dh\\_%1\\_%%'").arg(name));
            while (q.next())
                roles.append(q.value(0).toString());
            for (const QString& role : roles)
                QSqlQuery(q).exec(QStringLiteral("DROP ROLE \"%1\"").arg(role));
            return QString();
        });
    }

    // The schema of app/storage/Schema.cpp with PostgreSQL's types, the search index as a plain table.
    // TODO(#6): replace with Migrations on PostgreSQL once the PostgreSQL backend has landed.
    Result<void> createSchema(QSqlDatabase db)
    {
        QSqlQuery q(db);
        for (const QStringList& step : schema::steps())
            for (QString sql : step) {
                if (sql.contains(QStringLiteral("fts5")))
                    continue;
                sql.replace(QStringLiteral("{id}"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"))
                    .replace(QStringLiteral("{bigint}"), QStringLiteral("BIGINT"));
                if (!q.exec(sql))
                    return Error::other(q.lastError().text() + QStringLiteral(": ") + sql);
            }
        if (!q.exec(QStringLiteral("CREATE TABLE question_search (rowid BIGINT PRIMARY KEY, title TEXT, body TEXT,"
                                   " answer TEXT, locality TEXT)"))
            || !q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
            || !q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1)").arg(schema::steps().size())))
            return Error::other(q.lastError().text());
        return {};
    }

private:
    template <typename F>
    Result<QString> withServer(F&& work)
    {
        Result<QString> out = QString();
        {
            QSqlDatabase db = connect(QStringLiteral("postgres"), QStringLiteral("pg-test-server"));
            if (!db.isOpen())
                out = Error::other(db.lastError().text());
            else {
                QSqlQuery q(db);
                out = work(q);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-test-server"));
        return out;
    }

    Result<void> run(QStringList command)
    {
        if (geteuid() == 0)
            command = QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--")}
                      + command;
        QProcess process;
        process.setWorkingDirectory(QStringLiteral("/tmp"));
        process.start(command.takeFirst(), command);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return Error::other(QStringLiteral("%1 failed: %2").arg(command.join(u' '),
                                                                      QString::fromLocal8Bit(process.readAll()
                                                                                             + process.readAllStandardError())));
        return {};
    }

    QString m_dir;
    QString m_socket;
    QString m_superuser = QStringLiteral("postgres");
    bool m_started = false;
    int m_count = 0;
};

} // namespace danhoi::test
