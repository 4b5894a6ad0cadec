#pragma once

#include "DatabaseLocation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace danhoi {

namespace kept_statements {
class Lease;
}

// Owns one named connection per thread to one database; never the default connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Engine { Sqlite, PostgreSql };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) an SQLite file with WAL, synchronous=FULL, foreign keys and a busy timeout.
    static Result<std::shared_ptr<Database>> openSqlite(const QString& path);
    // Opens an existing SQLite file read-only (SQLITE_OPEN_READONLY, its journal mode left as it is): whatever runs
    // on it, the file is not changed (the source of db copy).
    static Result<std::shared_ptr<Database>> openSqliteReadOnly(const QString& path);
    // Connects to a PostgreSQL database (QPSQL) as `user` (the location's user when empty). An empty password
    // leaves it to libpq (PGPASSWORD, ~/.pgpass, peer). Fails with a plain message when the server cannot be
    // reached, the login is refused or the database does not exist.
    static Result<std::shared_ptr<Database>> openPostgres(const DatabaseLocation& location, const QString& user = {},
                                                          const QString& password = {});

    Engine engine() const { return m_engine; }
    // The SQLite file, or the PostgreSQL location as a user may read it (no password).
    QString path() const { return m_path; }
    const DatabaseLocation& location() const { return m_location; }
    // The role this database is used as (PostgreSQL), empty for SQLite.
    QString userName() const { return m_user; }
    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    // Runs one statement without results.
    Result<void> exec(const QString& sql);
    // A connection of its own for a long-lived listener on the calling thread, opened like the others, never shared;
    // give it back with closeDedicated(). `purpose` becomes part of its name (and PostgreSQL's application_name).
    Result<QSqlDatabase> openDedicated(const QString& purpose);
    static void closeDedicated(const QString& connectionName);
    // A page cache of `megabytes` for this thread's connection, for a command that writes many rows at once
    // (synthetic data, large imports): index pages stay in memory across a batch. SQLite only; a no-op elsewhere.
    static constexpr int bulkCacheMegabytes = 256;
    Result<void> enlargeCache(int megabytes = bulkCacheMegabytes);

    // A statement's failure as an Error. A serialization failure or a deadlock (PostgreSQL's SQLSTATE 40001, 40P01)
    // becomes a Conflict and is remembered for retryTransient() on this thread.
    static Error errorFrom(const QSqlError& error, const QString& context = {});
    // Whether a transient failure happened on this thread since the last call with `reset`.
    static bool transientFailureSeen(bool reset = false);
    // How many transactions this process ran again after a transient failure (for the load test's figures).
    static qint64 transientRetries();

private:
    Database(Engine engine, QString path);
    Result<QSqlDatabase> openConnection(const QString& name);
    Result<void> openSqliteConnection(QSqlDatabase& db);
    Result<void> openPostgresConnection(QSqlDatabase& db, const QString& applicationName = {});
    Error connectionError(const QSqlError& error) const;

    Engine m_engine;
    bool m_readOnly = false;
    QString m_path;
    DatabaseLocation m_location;
    QString m_user;
    QString m_password;
    QString m_namePrefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

// True for a connection to PostgreSQL (for the few statements whose SQL differs by engine).
inline bool isPostgres(const QSqlDatabase& connection)
{
    return connection.driverName() == QLatin1String("QPSQL");
}

// A statement with named bindings; errors come back as Error values. SQLite: prepared, a read once per connection
// (KeptStatements.h: every placeholder must be bound before each exec). PostgreSQL: the values are
// written into the text by the driver's own escaping (QPSQL does the same for its EXECUTE), one round trip instead
// of PREPARE, EXECUTE and DEALLOCATE, and no orphaned server-side statement after a failure aborts a transaction.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase& db, const QString& sql);

    SqlStatement& bind(const QString& placeholder, const QVariant& value);
    Result<void> exec();
    bool next() { return query().next(); }
    QVariant value(const QString& column) const { return query().value(column); }
    QVariant value(int index) const { return query().value(index); }
    QSqlQuery& query();
    const QSqlQuery& query() const { return const_cast<SqlStatement*>(this)->query(); }
    int numRowsAffected() const { return query().numRowsAffected(); }

private:
    Result<QString> withValues() const;

    std::shared_ptr<kept_statements::Lease> m_kept; // SQLite's read statements: lent, given back when this goes
    QSqlQuery m_query; // the statement, unless kept
    QString m_sql;
    bool m_inline = false;
    bool m_prepared = false;
    QHash<QString, QVariant> m_values; // PostgreSQL: the bindings by placeholder
};

// SQL NULL (an invalid QVariant) for an empty optional, the value otherwise.
template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
QVariant nullableText(const QString& value);
std::optional<qint64> optionalId(const QVariant& value);

// A write transaction that rolls back unless commit() was called. SQLite: BEGIN IMMEDIATE, so a
// writer waits for the lock up front instead of failing half-way. PostgreSQL: SERIALIZABLE, and the writer first
// waits for its turn (a self-conflicting lock on `questions`, taken before the transaction's snapshot): every write
// appends to the one audit chain, so writers that overlapped would abort each other with SQLSTATE 40001 on its head
// row. The turn makes them queue instead, as on SQLite; a clash that remains is retried (see retryTransient).
class Transaction
{
public:
    // WithoutTurn: for the schema migrations, which run before the `questions` table exists.
    enum class Turn { Take, WithoutTurn };
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin(Turn turn = Turn::Take);
    Result<void> commit();
    void rollback();
    QSqlDatabase connection() const { return m_connection; }

private:
    Database& m_db;
    QSqlDatabase m_connection;
    bool m_active = false;
};

// A consistent view for a long read (the portal bundle, read a chunk at a time): every statement on the connection
// until the snapshot ends sees the database as of its first read. SQLite: a deferred transaction (in WAL mode
// writers go on meanwhile); PostgreSQL: REPEATABLE READ, READ ONLY. It writes nothing and ends with a rollback.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase connection) : m_connection(std::move(connection)) { }
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    Result<void> begin();
    void end();

private:
    QSqlDatabase m_connection;
    bool m_active = false;
};

// Runs `attempt` (a whole transaction, Result-returning) again when PostgreSQL aborted it for a serialization
// failure or a deadlock: at most 4 runs, with a random pause of 5–40 ms × run between. `attempt` must be safe to
// run again: it reads what it needs inside its transaction and changes nothing outside it until it succeeds.
void pauseBeforeRetry(int run);
template <typename F>
auto retryTransient(F&& attempt) -> decltype(attempt())
{
    constexpr int maxRuns = 4;
    for (int run = 1;; ++run) {
        Database::transientFailureSeen(true);
        auto result = attempt();
        if (result.ok() || run == maxRuns || !Database::transientFailureSeen())
            return result;
        pauseBeforeRetry(run);
    }
}

} // namespace danhoi
