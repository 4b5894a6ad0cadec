// PgRows: a statement run through libpq on the QPSQL connection (the PostgreSQL search window reads its texts so):
// parameters as text and NULL, bytes exactly as sent, inside the connection's transaction, the server's errors
// mapped as every other statement's, and any other engine refused.

#include "support/TestDatabase.h"
#include "storage/PgRows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestPgRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parametersAndBytesArriveUnchanged();
    void manyRowsArriveWhole();
    void readsInsideTheOpenTransaction();
    void serverErrorsAreMapped();
    void anotherEngineIsRefused();

private:
    BackendUnderTest m_backend;
    QSqlDatabase m_db;
};

void TestPgRows::initTestCase()
{
    QVERIFY2(BackendUnderTest::isPostgres(), "runs on PostgreSQL only (registered with the pg_cluster fixture)");
    QVERIFY(m_backend.create());
    m_db = m_backend.db->connection().value();
}

void TestPgRows::parametersAndBytesArriveUnchanged()
{
    const QString citizen = QStringLiteral("Dân hỏi – <b>\"đường\"</b> 'ngõ' \\ 100%");
    auto rows = PgRows::exec(m_db, QStringLiteral("SELECT $1::text, $2::bigint IS NULL, char_length($1::text), $3::bigint * 2"),
                             {citizen.toUtf8(), std::nullopt, QByteArray("-4611686018427387904")});
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->rows(), 1);
    QCOMPARE(QString::fromUtf8(rows->bytes(0, 0)), citizen);
    QCOMPARE(rows->bytes(0, 0).size(), citizen.toUtf8().size());
    QCOMPARE(rows->bytes(0, 1).toByteArray(), QByteArray("t"));
    QCOMPARE(rows->toLongLong(0, 2), qint64(citizen.size()));
    QCOMPARE(rows->toLongLong(0, 3), std::numeric_limits<qint64>::min());
}

void TestPgRows::manyRowsArriveWhole()
{
    auto rows = PgRows::exec(m_db, QStringLiteral("SELECT g, repeat('ă', g % 50), NULL::text FROM generate_series(1, $1::int) g"),
                             {QByteArray("3000")});
    QVERIFY2(rows.ok(), qPrintable(rows.error().message));
    QCOMPARE(rows->rows(), 3000);
    for (int row = 0; row < rows->rows(); ++row) {
        QCOMPARE(rows->toLongLong(row, 0), qint64(row + 1));
        QCOMPARE(rows->bytes(row, 1).size(), qsizetype((row + 1) % 50) * 2); // ă is two bytes in UTF-8
        QVERIFY(rows->bytes(row, 2).isEmpty());
    }
}

void TestPgRows::readsInsideTheOpenTransaction()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE pgrows_probe (v text)")));
    QVERIFY(m_db.transaction());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO pgrows_probe VALUES ('chưa ghi')")));
    auto inside = PgRows::exec(m_db, QStringLiteral("SELECT v FROM pgrows_probe"), {});
    QVERIFY2(inside.ok(), qPrintable(inside.error().message));
    QCOMPARE(inside->rows(), 1);
    QCOMPARE(QString::fromUtf8(inside->bytes(0, 0)), QStringLiteral("chưa ghi"));
    QVERIFY(m_db.rollback());
    auto after = PgRows::exec(m_db, QStringLiteral("SELECT v FROM pgrows_probe"), {});
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QCOMPARE(after->rows(), 0);
}

void TestPgRows::serverErrorsAreMapped()
{
    auto refused = PgRows::exec(m_db, QStringLiteral(
        "DO $$ BEGIN RAISE EXCEPTION 'Không được phép xem câu hỏi này' USING ERRCODE = 'DH403'; END $$"), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
    QCOMPARE(refused.error().message, QStringLiteral("Không được phép xem câu hỏi này"));

    auto broken = PgRows::exec(m_db, QStringLiteral("SELECT 1 / $1::int"), {QByteArray("0")});
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().kind, ErrorKind::Other);
    QVERIFY(!broken.error().message.isEmpty());

    auto wrongValue = PgRows::exec(m_db, QStringLiteral("SELECT $1::bigint"), {QByteArray("mười")});
    QVERIFY(!wrongValue.ok());

    // The connection goes on serving the desk's own statements.
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT 42")) && q.next());
    QCOMPARE(q.value(0).toInt(), 42);
}

void TestPgRows::anotherEngineIsRefused()
{
    {
        QSqlDatabase sqlite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pgrows-sqlite"));
        sqlite.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(sqlite.open());
        auto rows = PgRows::exec(sqlite, QStringLiteral("SELECT 1"), {});
        QVERIFY(!rows.ok());
        QCOMPARE(rows.error().kind, ErrorKind::Other);
        QVERIFY(!rows.error().message.isEmpty());
        sqlite.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgrows-sqlite"));
}

QTEST_GUILESS_MAIN(TestPgRows)
#include "tst_pgrows.moc"
