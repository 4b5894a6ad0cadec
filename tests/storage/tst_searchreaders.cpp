// Each search index row carries its question's department and publication on PostgreSQL (postgres/9-readers.sql),
// and a clerk's search window reads only the rows of its reader keys out of the index. Those columns must follow the
// question whoever changes it — a transfer, a publication and its withdrawal, a deletion, a desk writing the row, db
// copy's bulk path — or a clerk's search would show what they may not read, or miss what they may. After each change
// a clerk's (and the coordinator's) window and samples must equal a plain ordered query over exactly the rows they may
// read, worked out from questions itself.

#include "DeskLogins.h"
#include "support/TestDatabase.h"
#include "storage/BulkLoad.h"
#include "storage/PostgresSecurity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestSearchReaders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aClerksSearchFollowsTheQuestions();
    void theBulkPathFillsTheColumns();
    void theFirstUpgradeFillsTheColumns();

private:
    QString ownerText(const QString& sql);
    QString deskText(const QString& username, const QString& sql);
    // Every window and sample of the desks against the rows they may read; empty when all agree, else what differs.
    QString disagreements();
    // How many index rows have another department or publication than their question's (none and false for a row
    // of no question).
    QString staleRows();

    BackendUnderTest m_backend;
    QSqlDatabase m_owner;
    DeskLogins m_logins{m_backend};
    Id m_law = 0;
    Id m_building = 0;
};

void TestSearchReaders::initTestCase()
{
    QVERIFY2(BackendUnderTest::isPostgres(), "runs on PostgreSQL only (registered with the pg_cluster fixture)");
    QVERIFY(m_backend.create());
    m_owner = m_backend.db->connection().value();
    QVERIFY(m_logins.addTwoDepartments(m_owner, m_law, m_building));
    // 48 questions 50 ids apart (100 rowids: the walk reads three slices of 2,048 rowids), by turns of law,
    // building and none; every third published, with a public row whose text differs from the full row's.
    exec(m_owner, QStringLiteral(
        "INSERT INTO questions (id, ref, ref_year, ref_seq, channel, received_at, title, body, status, department_id,"
        " published_revision_id, created_at, updated_at) OVERRIDING SYSTEM VALUE"
        " SELECT n * 50, 'ZR-' || n, 2099, n, 'portal', n, 'r', 'r', CASE WHEN n % 3 = 0 THEN 'published'"
        " ELSE 'received' END, CASE n % 3 WHEN 0 THEN %1 WHEN 1 THEN %2 END, CASE WHEN n % 3 = 0 OR n % 4 = 0 THEN n"
        " END, 0, 0 FROM generate_series(1, 48) n")
                      .arg(m_law)
                      .arg(m_building));
    exec(m_owner, QStringLiteral(
        "INSERT INTO question_search (rowid, title, body, answer, locality)"
        " SELECT q.id * 2 + p, 'r', concat_ws(' ', 'zchung', CASE WHEN q.ref_seq % 5 = 0 THEN 'zhiem' END,"
        " CASE p WHEN 0 THEN 'zkin' ELSE 'zcong' END), '', '' FROM questions q, (VALUES (0), (1)) v(p)"
        " WHERE p = 0 OR q.published_revision_id IS NOT NULL"));
}

void TestSearchReaders::cleanupTestCase()
{
    m_owner = {};
    m_logins.clear();
    m_backend.drop();
}

QString TestSearchReaders::ownerText(const QString& sql)
{
    QSqlQuery q(m_owner);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0).toString();
}

QString TestSearchReaders::deskText(const QString& username, const QString& sql)
{
    QSqlQuery q(m_logins.desk(username));
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("failed: %1").arg(q.lastError().text());
    return q.value(0).toString();
}

QString TestSearchReaders::disagreements()
{
    const QString law = QString::number(m_law);
    // Worked out from questions, never from the index rows' own columns (a row of no question: nulls).
    auto expected = [&](const QString& query, int limit, const QString& only) {
        return ownerText(QStringLiteral("SELECT COALESCE(string_agg(rowid::text, ',' ORDER BY rowid DESC), '') FROM"
                                        " (SELECT s.rowid FROM question_search s LEFT JOIN questions q ON q.id = s.rowid / 2"
                                        " WHERE s.document @@ to_tsquery('simple', '%1') AND %3 ORDER BY s.rowid DESC"
                                        " LIMIT %2) m")
                             .arg(query)
                             .arg(limit)
                             .arg(only));
    };
    auto window = [&](const QString& user, const QString& query, int limit, const QString& arguments) {
        return deskText(user, QStringLiteral("SELECT COALESCE(string_agg(rowid::text, ',' ORDER BY n), '') FROM"
                                             " (SELECT rowid, row_number() OVER () AS n FROM danhoi_search_window('%1',"
                                             " %2, %3)) w")
                                  .arg(query)
                                  .arg(limit)
                                  .arg(arguments));
    };
    const QString published = QStringLiteral("q.published_revision_id IS NOT NULL");
    const QString lawScope = QStringLiteral("((s.rowid % 2 = 0 AND q.department_id = %1) OR (s.rowid % 2 = 1 AND %2"
                                            " AND q.department_id IS DISTINCT FROM %1))")
                                 .arg(law, published);
    const QString open = QStringLiteral("NULL, NULL, NULL, NULL, NULL");
    QStringList out;
    auto compare = [&](const QString& what, const QString& got, const QString& want) {
        if (got != want)
            out.append(QStringLiteral("%1: got [%2], expected [%3]").arg(what, got, want));
    };
    for (const QString& query : {QStringLiteral("zchung"), QStringLiteral("zhiem"), QStringLiteral("zcong & zchung")})
        for (int limit : {3, 100}) {
            const QString at = QStringLiteral(" (%1, %2)").arg(query).arg(limit);
            const QString clerkScope = QStringLiteral("'department', %1, %2").arg(law, open);
            compare(QStringLiteral("clerk's window") + at, window(QStringLiteral("clerk.tp"), query, limit, clerkScope),
                    expected(query, limit, lawScope));
            compare(QStringLiteral("coordinator's window of the law scope") + at,
                    window(QStringLiteral("coord"), query, limit, clerkScope), expected(query, limit, lawScope));
            compare(QStringLiteral("clerk's window of everything") + at,
                    window(QStringLiteral("clerk.tp"), query, limit, QStringLiteral("'everything', NULL, ") + open),
                    expected(query, limit, QStringLiteral("s.rowid % 2 = 0 AND q.department_id = %1").arg(law)));
            compare(QStringLiteral("clerk's window of the public rows") + at,
                    window(QStringLiteral("clerk.tp"), query, limit, QStringLiteral("'public', NULL, ") + open),
                    expected(query, limit, QStringLiteral("s.rowid % 2 = 1 AND ") + published));
            compare(QStringLiteral("supervisor's window of their scope") + at,
                    window(QStringLiteral("sup.xd"), query, limit,
                           QStringLiteral("'department', %1, %2").arg(m_building).arg(open)),
                    expected(query, limit,
                             QStringLiteral("((s.rowid % 2 = 0 AND q.department_id = %1) OR (s.rowid % 2 = 1 AND %2"
                                            " AND q.department_id IS DISTINCT FROM %1))")
                                 .arg(QString::number(m_building), published)));
            // A filter by status reads the question; by department the row's own column.
            compare(QStringLiteral("coordinator's filtered window") + at,
                    window(QStringLiteral("coord"), query, limit,
                           QStringLiteral("'everything', NULL, ARRAY['received'], %1, NULL, NULL, NULL").arg(law)),
                    expected(query, limit,
                             QStringLiteral("s.rowid % 2 = 0 AND q.status = 'received' AND q.department_id = %1").arg(law)));
            compare(QStringLiteral("clerk's sample") + at,
                    deskText(QStringLiteral("clerk.tp"),
                             QStringLiteral("SELECT COALESCE(string_agg(rowid::text, ',' ORDER BY n), '') FROM (SELECT"
                                            " rowid, row_number() OVER () AS n FROM danhoi_search_newest('%1', %2)) w")
                                 .arg(query)
                                 .arg(limit)),
                    expected(query, limit, QStringLiteral("(s.rowid % 2 = 1 OR q.department_id = %1)").arg(law)));
        }
    compare(QStringLiteral("index rows whose columns are not their question's"), staleRows(), QStringLiteral("0"));
    return out.join(u'\n');
}

QString TestSearchReaders::staleRows()
{
    return ownerText(QStringLiteral("SELECT count(*) FROM question_search s LEFT JOIN questions q ON q.id = s.rowid / 2"
                                    " WHERE s.department_id IS DISTINCT FROM q.department_id"
                                    " OR s.published <> (q.published_revision_id IS NOT NULL AND q.id IS NOT NULL)"));
}

void TestSearchReaders::aClerksSearchFollowsTheQuestions()
{
    QCOMPARE(disagreements(), QString());
    // Transfers: an unpublished law question to building, a building one to law, an unrouted one to law, a published
    // law question to none.
    exec(m_owner, QStringLiteral("UPDATE questions SET department_id = %1 WHERE id = 3 * 50").arg(m_building));
    exec(m_owner, QStringLiteral("UPDATE questions SET department_id = %1 WHERE id IN (4 * 50, 47 * 50)").arg(m_law));
    exec(m_owner, QStringLiteral("UPDATE questions SET department_id = NULL WHERE id = 6 * 50"));
    QCOMPARE(disagreements(), QString());
    // Published: a building question, with its public row; withdrawn: an unrouted question keeps its public row (the
    // window must hide it), a law question's goes with its publication.
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = 7, status = 'published' WHERE id = 7 * 50"));
    exec(m_owner, QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"
                                 " VALUES (7 * 50 * 2 + 1, 'r', 'zchung zhiem zcong', '', '')"));
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = NULL WHERE id IN (8 * 50, 9 * 50)"));
    exec(m_owner, QStringLiteral("DELETE FROM question_search WHERE rowid = 9 * 50 * 2 + 1"));
    QCOMPARE(disagreements(), QString());
    // A desk cannot set the columns: the server takes them from the question.
    QCOMPARE(deskText(QStringLiteral("clerk.tp"),
                      QStringLiteral("WITH w AS (UPDATE question_search SET department_id = %1, published = true"
                                     " WHERE rowid IN (12 * 50 * 2, 12 * 50 * 2 + 1) RETURNING 1) SELECT count(*) FROM w")
                          .arg(m_building)),
             QStringLiteral("2"));
    QCOMPARE(deskText(QStringLiteral("sup.xd"),
                      QStringLiteral("WITH w AS (INSERT INTO question_search (rowid, title, body, answer, locality,"
                                     " department_id, published) VALUES (10 * 50 * 2 + 1, 'r', 'zchung', '', '', %1,"
                                     " true) RETURNING 1) SELECT count(*) FROM w")
                          .arg(m_building)),
             QStringLiteral("1"));
    QCOMPARE(disagreements(), QString());
    // Deleted, a published law question and a published building one: until their writer or db check removes their rows, no
    // window shows them; a sample counts the public row, as the table's policy lets every desk read it.
    exec(m_owner, QStringLiteral("DELETE FROM questions WHERE id IN (15 * 50, 16 * 50)"));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM question_search WHERE rowid / 2 IN (15 * 50, 16 * 50)")),
             QStringLiteral("4"));
    QCOMPARE(disagreements(), QString());
}

// db copy's bulk path writes the index rows with the trigger off and fills the columns in one statement.
void TestSearchReaders::theBulkPathFillsTheColumns()
{
    QSqlQuery q(m_owner);
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    BulkLoad bulk(m_owner);
    QVERIFY(bulk.suspend().ok());
    exec(m_owner, QStringLiteral("UPDATE questions SET department_id = %1 WHERE id = 18 * 50").arg(m_building));
    exec(m_owner, QStringLiteral("DELETE FROM question_search WHERE rowid / 2 = 21 * 50"));
    exec(m_owner, QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"
                                 " VALUES (21 * 50 * 2, 'r', 'zchung zkin', '', ''), (21 * 50 * 2 + 1, 'r', 'zchung zcong', '', '')"));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM question_search WHERE rowid / 2 = 21 * 50 AND published")),
             QStringLiteral("0")); // the trigger is off: nothing set yet
    QVERIFY(bulk.finish().ok());
    // The owner's transaction holds the table (the desks would wait for it): its own reading only.
    const QString left = staleRows();
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(left, QStringLiteral("0"));
}

// db upgrade from layer 7: the columns are added and filled from questions, the walk index made again.
void TestSearchReaders::theFirstUpgradeFillsTheColumns()
{
    exec(m_owner, QStringLiteral("DROP TRIGGER question_search_readers ON question_search"));
    exec(m_owner, QStringLiteral("DROP TRIGGER question_search_readers_update ON questions"));
    exec(m_owner, QStringLiteral("DROP TRIGGER question_search_readers_delete ON questions"));
    exec(m_owner, QStringLiteral("ALTER TABLE question_search DROP COLUMN department_id, DROP COLUMN published"));
    QSqlQuery q(m_owner);
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    const auto applied = PostgresSecurity::apply(m_owner);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'question_search_walk'")),
             QStringLiteral("1"));
    QCOMPARE(ownerText(QStringLiteral("SELECT count(*) FROM question_search WHERE department_id IS NOT NULL")),
             ownerText(QStringLiteral("SELECT count(*) FROM question_search s JOIN questions q ON q.id = s.rowid / 2"
                                      " WHERE q.department_id IS NOT NULL")));
    QCOMPARE(disagreements(), QString());
    // Applied again, it changes nothing.
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(PostgresSecurity::apply(m_owner).ok());
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    QCOMPARE(disagreements(), QString());
}

QTEST_GUILESS_MAIN(TestSearchReaders)
#include "tst_searchreaders.moc"
