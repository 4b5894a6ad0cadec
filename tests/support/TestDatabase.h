#pragma once

// Helpers shared by the storage, search and services tests: the backend under test (a temporary SQLite file, or a
// fresh PostgreSQL database when DANHOI_TEST_BACKEND=postgresql) and raw SQL probes.

#include "support/TestPrinting.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostgresSecurity.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

namespace danhoi::test {

// One database of the backend under test, made for one test case and gone with this object.
// SQLite: a file in a temporary folder. PostgreSQL (DANHOI_TEST_BACKEND=postgresql): a new database on the server
// named by DANHOI_TEST_PG, or by the URL= line of the file DANHOI_TEST_PG_STATE (tests/support/pg-cluster.sh), as a
// superuser; copied from a migrated template database (made once per schema, shared by every test process), given
// the security layer of db provision (app/storage/postgres: its role names carry the database's name), dropped
// afterwards with the login roles made for it (dh_<dbname>_…). A server that cannot be reached fails the test.
class BackendUnderTest
{
public:
    static bool isPostgres() { return qgetenv("DANHOI_TEST_BACKEND") == "postgresql"; }

    BackendUnderTest() = default;
    BackendUnderTest(const BackendUnderTest&) = delete;
    BackendUnderTest& operator=(const BackendUnderTest&) = delete;
    ~BackendUnderTest() { drop(); }

    // A new database: at the latest schema, or empty (version 0) for the tests that migrate it themselves;
    // sqliteFile: an SQLite file whatever the backend under test (db copy's source).
    bool create(bool migrated = true, bool sqliteFile = false)
    {
        drop();
        if (!isPostgres() || sqliteFile) {
            m_dir = std::make_unique<QTemporaryDir>();
            location = m_dir->filePath(QStringLiteral("danhoi.sqlite"));
            auto opened = Database::openSqlite(location);
            if (!opened)
                return fail(opened.error().message);
            db = opened.value();
            return !migrated || Migrations::migrateTo(*db, Migrations::latestVersion()).ok();
        }
        auto server = admin();
        if (!server)
            return false;
        const QString from = migrated ? templateName() : QStringLiteral("template0");
        if (migrated && !ensureTemplate(*server))
            return false;
        static int counter = 0;
        name = QStringLiteral("dhtest_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        if (!run(*server, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, from)))
            return false;
        location = locationOf(name);
        return connect() && (!migrated || secure());
    }

    // The owner's db upgrade: the latest schema and, on PostgreSQL, the security layer applied again.
    bool upgrade()
    {
        return Migrations::migrateTo(*db, Migrations::latestVersion()).ok() && (!isPostgres() || secure());
    }

    // Where a test of danhoi-cli keeps its data: the SQLite file `sqliteFile` (made by the CLI's init) or, on
    // PostgreSQL, a new provisioned database whose users sign in as logins; empty when it cannot be made.
    QString locationForCli(const QString& sqliteFile)
    {
        if (!isPostgres())
            return sqliteFile;
        return create() ? location : QString();
    }

    // Another Database object on the same data (another desk, another process).
    Result<std::shared_ptr<Database>> openAnother() const
    {
        if (!isPostgres())
            return Database::openSqlite(location);
        return Database::openPostgres(DatabaseLocation::parse(location).value());
    }

    // Drops the database now (a no-op for SQLite until the folder goes).
    void drop()
    {
        db.reset();
        m_dir.reset();
        if (name.isEmpty())
            return;
        if (auto server = admin()) {
            run(*server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
            QSqlQuery roles(server->connection().value());
            roles.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, 'dh_%1_')").arg(name));
            QStringList names;
            while (roles.next())
                names.append(roles.value(0).toString());
            for (const QString& role : std::as_const(names))
                run(*server, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
        name.clear();
    }

    // The security layer, as db provision and db upgrade apply it (per database: its role names carry the
    // database's name); nothing on SQLite.
    bool secure()
    {
        if (!isPostgres())
            return true;
        auto tx = db->connection();
        if (!tx)
            return fail(tx.error().message);
        QSqlQuery(tx.value()).exec(QStringLiteral("BEGIN"));
        auto applied = PostgresSecurity::apply(tx.value());
        QSqlQuery(tx.value()).exec(applied ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        return applied.ok() || fail(applied.error().message);
    }

    std::shared_ptr<Database> db;
    QString location; // for DatabaseOpener and danhoi-cli --db
    QString name;     // the PostgreSQL database

private:
    static bool fail(const QString& message)
    {
        qWarning("backend under test: %s", qPrintable(message));
        return false;
    }

    static QString serverUrl()
    {
        const QString url = qEnvironmentVariable("DANHOI_TEST_PG");
        if (!url.isEmpty())
            return url;
        QFile state(qEnvironmentVariable("DANHOI_TEST_PG_STATE"));
        if (!state.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : state.readAll().split('\n'))
            if (line.startsWith("URL="))
                return QString::fromUtf8(line.mid(4));
        return {};
    }

    static QString locationOf(const QString& database)
    {
        DatabaseLocation location = DatabaseLocation::parse(serverUrl()).value();
        location.dbname = database;
        return location.display();
    }

    // The superuser's connection to the server's maintenance database, opened once per process.
    static Database* admin()
    {
        static std::shared_ptr<Database>* server = nullptr; // never destroyed: the process ends first
        if (server)
            return server->get();
        const QString url = serverUrl();
        if (url.isEmpty()) {
            fail(QStringLiteral("no PostgreSQL server to test on: set DANHOI_TEST_PG, or run through ctest (the "
                                "pg_cluster fixture writes DANHOI_TEST_PG_STATE)"));
            return nullptr;
        }
        auto location = DatabaseLocation::parse(url);
        if (!location) {
            fail(location.error().message);
            return nullptr;
        }
        auto opened = Database::openPostgres(location.value());
        if (!opened) {
            fail(opened.error().message);
            return nullptr;
        }
        server = new std::shared_ptr<Database>(opened.value());
        return server->get();
    }

    static bool run(Database& server, const QString& sql)
    {
        auto done = server.exec(sql);
        return done.ok() || fail(sql + QStringLiteral(": ") + done.error().message);
    }

    // Named by the schema's text, so a changed migration never reuses a stale template.
    static QString templateName()
    {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QStringList& step : schema::steps(true))
            hash.addData(step.join(QLatin1Char('\n')).toUtf8());
        return QStringLiteral("dhtest_template_%1").arg(QString::fromLatin1(hash.result().toHex().left(12)));
    }

    // Made once under an advisory lock: built under a temporary name, renamed when complete.
    static bool ensureTemplate(Database& server)
    {
        const QString target = templateName();
        if (!run(server, QStringLiteral("SELECT pg_advisory_lock(7306)")))
            return false;
        QSqlQuery exists(server.connection().value());
        bool ok = exists.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(target));
        if (ok && !exists.next()) {
            const QString building = target + QStringLiteral("_building");
            ok = run(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building))
                && run(server, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(building));
            if (ok) {
                auto opened = Database::openPostgres(DatabaseLocation::parse(locationOf(building)).value());
                ok = opened.ok() && Migrations::migrateTo(*opened.value(), Migrations::latestVersion()).ok();
                if (!ok)
                    fail(QStringLiteral("cannot migrate the template database"));
            }
            ok = ok && run(server, QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, target));
        }
        run(server, QStringLiteral("SELECT pg_advisory_unlock(7306)"));
        return ok;
    }

    bool connect()
    {
        auto opened = Database::openPostgres(DatabaseLocation::parse(location).value());
        if (!opened)
            return fail(opened.error().message);
        db = opened.value();
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

// A reason to skip on PostgreSQL: for the few checks of SQLite's own machinery.
#define DANHOI_SQLITE_ONLY(reason)                                                                                      \
    do {                                                                                                               \
        if (::danhoi::test::BackendUnderTest::isPostgres())                                                            \
            QSKIP("SQLite only: " reason);                                                                             \
    } while (false)

// The single value of a query run on this thread's connection; an invalid QVariant on error.
inline QVariant scalar(Database& db, const QString& sql)
{
    auto connection = db.connection();
    if (!connection)
        return {};
    QSqlQuery query(connection.value());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline qint64 countRows(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
}

// Runs a statement that must succeed (test set-up or deliberate tampering).
inline bool execSql(Database& db, const QString& sql)
{
    auto connection = db.connection();
    if (!connection)
        return false;
    QSqlQuery query(connection.value());
    if (!query.exec(sql)) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

} // namespace danhoi::test
