// Connections and transactions: PRAGMAs in effect on every connection, named per-thread connections,
// and the guard that rolls back unless committed.

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
    void foreignKeysAreEnforced();
    void errorsComeBackAsValues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("db.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error().message));
    m_db = db.value();
    QVERIFY(Migrations::migrateTo(*m_db, Migrations::latestVersion()).ok());
}

void TestDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDatabase::pragmasInEffect()
{
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
    QThread* thread = QThread::create([&] {
        auto connection = m_db->connection();
        if (!connection)
            return;
        threadName = connection->connectionName();
        threadForeignKeys = scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt();
        threadSynchronous = scalar(*m_db, QStringLiteral("PRAGMA synchronous")).toInt();
        threadJournal = scalar(*m_db, QStringLiteral("PRAGMA journal_mode")).toString();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!threadName.isEmpty());
    QVERIFY(threadName != mainName);
    QCOMPARE(threadForeignKeys, 1);
    QCOMPARE(threadSynchronous, 2);
    QCOMPARE(threadJournal, QStringLiteral("wal"));
    QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
}

void TestDatabase::connectionsAreRemovedWithTheDatabase()
{
    const qsizetype before = QSqlDatabase::connectionNames().size();
    {
        auto other = Database::openSqlite(m_dir->filePath(QStringLiteral("other.sqlite")));
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
    QVERIFY(execSql(*m_db, QStringLiteral("BEGIN IMMEDIATE")));
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
    // Another Database object on the same file (another desk) sees it.
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    QCOMPARE(scalar(*other.value(), QStringLiteral("SELECT value FROM settings WHERE key = 'c'")).toString(),
             QStringLiteral("3"));
}

void TestDatabase::writeTransactionTakesTheLockUpFront()
{
    Transaction tx(*m_db);
    QVERIFY(tx.begin().ok());
    // BEGIN IMMEDIATE holds the write lock before the first write: another connection cannot take it.
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    QVERIFY(execSql(*other.value(), QStringLiteral("PRAGMA busy_timeout=50")));
    auto connection = other.value()->connection();
    QSqlQuery query(connection.value());
    QVERIFY(!query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    tx.rollback();
    QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
