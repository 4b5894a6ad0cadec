// Connections and transactions: PRAGMAs in effect on every connection, named per-thread connections,
// and the guard that rolls back unless committed.

#include "storage/KeptStatements.h"
#include "storage/Migrations.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace danhoi;
using namespace danhoi::test;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pragmasInEffect();
    void oneNamedConnectionPerThread();
    void connectionsAreRemovedWithTheDatabase();
    void threadsOneAfterAnother();
    void transactionRollsBackUnlessCommitted();
    void transactionCommits();
    void writeTransactionTakesTheLockUpFront();
    void writersWaitForTheirTurn();
    void foreignKeysAreEnforced();
    void errorsComeBackAsValues();
    void keptStatementsAreLentOnceAndHoldNoRead();
    void clashingTransactionsAreRetried();

private:
    BackendUnderTest m_backend;
    std::shared_ptr<Database> m_db;
};

void TestDatabase::init()
{
    QVERIFY(m_backend.create());
    m_db = m_backend.db;
}

void TestDatabase::cleanup()
{
    m_db.reset();
    m_backend.drop();
}

void TestDatabase::pragmasInEffect()
{
    DANHOI_SQLITE_ONLY("the pragmas of an SQLite connection");
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QVERIFY(scalar(*m_db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
}

void TestDatabase::oneNamedConnectionPerThread()
{
    QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
    const QString mainName = m_db->connection()->connectionName();
    QCOMPARE(m_db->connection()->connectionName(), mainName); // reused on the same thread
    QString threadName;
    int threadForeignKeys = -1, threadSynchronous = -1;
    QString threadJournal;
    const bool postgres = m_db->engine() == Database::Engine::PostgreSql;
    const qint64 mainBackend = postgres ? scalar(*m_db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong() : 0;
    qint64 threadBackend = 0;
    QThread* thread = QThread::create([&] {
        auto connection = m_db->connection();
        if (!connection)
            return;
        threadName = connection->connectionName();
        if (postgres) { // a session of its own on the server
            threadBackend = scalar(*m_db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            return;
        }
        threadForeignKeys = scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt();
        threadSynchronous = scalar(*m_db, QStringLiteral("PRAGMA synchronous")).toInt();
        threadJournal = scalar(*m_db, QStringLiteral("PRAGMA journal_mode")).toString();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != mainName);
    if (postgres) {
        QVERIFY(threadBackend > 0);
        QVERIFY(threadBackend != mainBackend);
    } else {
        QCOMPARE(threadForeignKeys, 1);
        QCOMPARE(threadSynchronous, 2);
        QCOMPARE(threadJournal, QStringLiteral("wal"));
    }
    QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
}

void TestDatabase::connectionsAreRemovedWithTheDatabase()
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    {
        auto other = m_backend.openAnother();
        QVERIFY(other.ok());
        QCOMPARE(QSqlDatabase::connectionNames().size(), before + 1);
    }
    QCOMPARE(QSqlDatabase::connectionNames().size(), before);
}

// Background jobs run on short-lived threads; the system may give a new thread the id of a finished one.
void TestDatabase::threadsOneAfterAnother()
{
    for (int i = 0; i < 8; ++i) {
        bool ok = false;
        QString error;
        QThread* thread = QThread::create([&] {
            Transaction tx(*m_db);
            if (auto begun = tx.begin(); !begun) {
                error = begun.error().message;
                return;
            }
            SqlStatement insert(tx.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'x')"));
            if (auto done = insert.bind(QStringLiteral(":k"), QStringLiteral("job%1").arg(i)).exec(); !done) {
                error = done.error().message;
                return;
            }
            ok = tx.commit().ok();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY2(ok, qPrintable(QStringLiteral("job %1: %2").arg(i).arg(error)));
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("settings")), 8);
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        SqlStatement insert(tx.connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v)"));
        QVERIFY(insert.bind(QStringLiteral(":k"), QStringLiteral("a")).bind(QStringLiteral(":v"), QStringLiteral("1"))
                    .exec()
                    .ok());
        QCOMPARE(countRows(*m_db, QStringLiteral("settings")), 1); // visible inside
    } // no commit
    QCOMPARE(countRows(*m_db, QStringLiteral("settings")), 0);
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(execSql(*m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', '2')")));
        tx.rollback();
        QVERIFY(!tx.commit().ok()); // nothing left to commit
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("settings")), 0);
    // The connection is usable again: no transaction left open.
    QVERIFY(execSql(*m_db, QStringLiteral("BEGIN")));
    QVERIFY(execSql(*m_db, QStringLiteral("ROLLBACK")));
}

void TestDatabase::transactionCommits()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(execSql(*m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('c', '3')")));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("settings")), 1);
    // Another Database object on the same data (another desk) sees it.
    auto other = m_backend.openAnother();
    QVERIFY(other.ok());
    QCOMPARE(scalar(*other.value(), QStringLiteral("SELECT value FROM settings WHERE key = 'c'")).toString(),
             QStringLiteral("3"));
}

void TestDatabase::writeTransactionTakesTheLockUpFront()
{
    DANHOI_SQLITE_ONLY("SQLite's BEGIN IMMEDIATE write lock (PostgreSQL: see writersWaitForTheirTurn)");
    Transaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    // BEGIN IMMEDIATE holds the write lock before the first write: another connection cannot take it.
    auto other = m_backend.openAnother();
    QVERIFY(other.ok());
    QVERIFY(execSql(*other.value(), QStringLiteral("PRAGMA busy_timeout=50")));
    auto connection = other.value()->connection();
    QSqlQuery query(connection.value());
    QVERIFY(!query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    tx.rollback();
    QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
}

// PostgreSQL: a writer waits for the one before it to finish and then reads what it wrote, instead of both running
// on old snapshots until one is aborted with a serialization failure.
void TestDatabase::writersWaitForTheirTurn()
{
    if (!BackendUnderTest::isPostgres())
        QSKIP("PostgreSQL only (SQLite: see writeTransactionTakesTheLockUpFront)");
    QVERIFY(execSql(*m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('n', '0')")));
    auto other = m_backend.openAnother();
    QVERIFY(other.ok());
    Transaction first(*m_db);
    QVERIFY(first.begin().ok());
    QVERIFY(SqlStatement(first.connection(), QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'n'")).exec().ok());

    std::atomic<bool> finished = false;
    QString seen;
    Result<void> second;
    const qint64 retriesBefore = Database::transientRetries();
    QThread* thread = QThread::create([&] {
        second = retryTransient([&]() -> Result<void> {
            Transaction tx(*other.value());
            if (auto ok = tx.begin(); !ok)
                return ok;
            SqlStatement read(tx.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'n'"));
            if (auto ok = read.exec(); !ok || !read.next())
                return Error::other(QStringLiteral("cannot read"));
            seen = read.value(0).toString();
            SqlStatement write(tx.connection(), QStringLiteral("UPDATE settings SET value = :v WHERE key = 'n'"));
            if (auto ok = write.bind(QStringLiteral(":v"), QString::number(seen.toInt() + 10)).exec(); !ok)
                return ok;
            return tx.commit();
        });
        finished = true;
    });
    thread->start();
    QTest::qWait(300);
    QVERIFY2(!finished, "the second writer did not wait for the first");
    QVERIFY(first.commit().ok());
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
    QCOMPARE(seen, QStringLiteral("1"));
    QCOMPARE(Database::transientRetries(), retriesBefore); // no serialization failure, nothing run twice
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'n'")).toString(), QStringLiteral("11"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    QVERIFY(!scalar(*m_db, QStringLiteral("SELECT 1")).isNull());
    auto connection = m_db->connection();
    QSqlQuery query(connection.value());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO users (username, department_id) VALUES ('x', 999)")));
    QCOMPARE(countRows(*m_db, QStringLiteral("users")), 0);
}

void TestDatabase::errorsComeBackAsValues()
{
    auto connection = m_db->connection();
    SqlStatement bad(connection.value(), QStringLiteral("SELEKT nonsense"));
    const Result<void> result = bad.exec();
    QVERIFY(!result.ok());
    QVERIFY(!result.error().message.isEmpty());
    QVERIFY(!m_db->exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")).ok());
}

// SQLite keeps read statements prepared per connection (storage/KeptStatements.h): the same text run inside the loop
// over its own rows gets a statement of its own; one given back after a single row holds no read of the file (the
// connection then sees another connection's write); a connection closed and opened again prepares them anew.
void TestDatabase::keptStatementsAreLentOnceAndHoldNoRead()
{
    DANHOI_SQLITE_ONLY("statements kept prepared on an SQLite connection");
    for (const char* key : {"a", "b", "c"})
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', 'x')").arg(QLatin1String(key))).ok());
    const QString keysSql = QStringLiteral("SELECT key FROM settings ORDER BY key");
    auto keys = [&](const QSqlDatabase& connection) {
        QStringList out;
        SqlStatement q(connection, keysSql);
        if (q.exec())
            while (q.next())
                out << q.value(0).toString();
        return out;
    };
    QSqlDatabase connection = m_db->connection().value();
    QStringList outer;
    QStringList inner;
    {
        SqlStatement q(connection, keysSql);
        QVERIFY(q.exec().ok());
        while (q.next()) {
            outer << q.value(0).toString();
            inner += keys(connection);
        }
    }
    QCOMPARE(outer, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(inner, outer + outer + outer);

    const qint64 prepared = kept_statements::preparedSoFar();
    {
        SqlStatement first(connection, keysSql); // one row read, the rest left
        QVERIFY(first.exec().ok());
        QVERIFY(first.next());
    }
    QCOMPARE(kept_statements::preparedSoFar(), prepared); // kept, not prepared again
    auto other = m_backend.openAnother();
    QVERIFY(other.ok());
    QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('d', 'x')")).ok());
    SqlStatement count(connection, QStringLiteral("SELECT COUNT(*) FROM settings"));
    QVERIFY(count.exec().ok() && count.next());
    QCOMPARE(count.value(0).toInt(), 4);

    connection.close(); // Qt finalizes the kept statements with the connection
    QSqlDatabase again = m_db->connection().value();
    QCOMPARE(keys(again).size(), 4);
    QCOMPARE(kept_statements::preparedSoFar(), prepared + 2); // the count, then the keys on the new connection
}

// Only a transaction that another one aborted (PostgreSQL: SQLSTATE 40001, 40P01) runs again, from the start.
void TestDatabase::clashingTransactionsAreRetried()
{
    QVERIFY(execSql(*m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('n', '0')")));
    auto other = m_backend.openAnother();
    QVERIFY(other.ok());
    // A writer that does not wait for its turn (a statement of its own, outside any Transaction) can still clash.
    auto increment = [](Database& db) -> Result<void> {
        return db.exec(QStringLiteral("UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'n'"));
    };
    int runs = 0;
    const bool postgres = m_db->engine() == Database::Engine::PostgreSql;
    auto done = retryTransient([&]() -> Result<void> {
        ++runs;
        Transaction tx(*m_db);
        if (auto ok = tx.begin(); !ok)
            return ok;
        SqlStatement read(tx.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'n'"));
        if (auto ok = read.exec(); !ok || !read.next())
            return Error::other(QStringLiteral("cannot read"));
        const int n = read.value(0).toInt();
        if (runs == 1 && postgres) // another desk changes the row between this one's read and write
            if (auto ok = increment(*other.value()); !ok)
                return Error::other(QStringLiteral("the other desk failed: ") + ok.error().message);
        SqlStatement write(tx.connection(), QStringLiteral("UPDATE settings SET value = :v WHERE key = 'n'"));
        if (auto ok = write.bind(QStringLiteral(":v"), QString::number(n + 10)).exec(); !ok)
            return ok;
        return tx.commit();
    });
    QVERIFY2(done.ok(), qPrintable(done.error().message));
    QCOMPARE(runs, postgres ? 2 : 1);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'n'")).toString(),
             postgres ? QStringLiteral("11") : QStringLiteral("10")); // no lost update

    // Any other failure is final at once.
    runs = 0;
    auto failed = retryTransient([&]() -> Result<void> {
        ++runs;
        return m_db->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('n', 'twice')"));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(runs, 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
