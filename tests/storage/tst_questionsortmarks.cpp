// The marks of schema 10 (QuestionSortMarks): a page far down a list by title, locality, reference or due date is
// read from the mark that holds it (by department, from the department that holds it: QuestionCounts). It must be the page the walk from the top gives, at every offset, in both
// directions, for every scope and filter the counts hold, after every kind of write since the marks were placed.

#include "storage/Migrations.h"
#include "storage/QuestionBulkWriter.h"
#include "storage/QuestionCounts.h"
#include "storage/QuestionRepository.h"
#include "storage/QuestionSortMarks.h"
#include "TwoDepartments.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

namespace {
const QDateTime base(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC);
}

class TestQuestionSortMarks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void farPagesStartFromTheirMark();
    void pagesStayExactAfterWrites();
    void migrationPlacesMarksOverTheQuestionsThere();
    void marksStayEvenAsTheListGrows();
    void crowdedMarksAreSplit();
    void bulkWritesKeepMarksEven();
    void clerksWalksReadNoTableRows();

private:
    Question add(int i, const QString& title, const QString& locality, int year);
    void addQuestions();
    QList<Id> ids(const QuestionQuery& query, qint64 countsFrom = QuestionRepository::farOffset);
    QuestionRepository repo() { return QuestionRepository(m_backend.db->connection().value()); }
    void comparePages(const char* after);
    void compareCounts(const char* after);
    void compareServerCounts(const char* after);
    qint64 sqlValue(const QString& sql) { return scalar(*m_backend.db, sql).toLongLong(); }

    BackendUnderTest m_backend;
    TwoDepartments m_catalog;
    QList<Question> m_questions;
};

void TestQuestionSortMarks::init()
{
    QVERIFY(m_backend.create());
    m_catalog = TwoDepartments::addTo(*m_backend.db);
    m_questions.clear();
}

void TestQuestionSortMarks::cleanup()
{
    m_backend.drop();
}

// Question i: a status, department, publication and due date from i (some with no department or no due date).
Question TestQuestionSortMarks::add(int i, const QString& title, const QString& locality, int year)
{
    const QList<Status> statuses = {Status::Received, Status::Assigned, Status::Drafting, Status::Published, Status::Rejected};
    Question q;
    q.title = title;
    q.body = QStringLiteral("Nội dung");
    q.asker.locality = locality;
    q.receivedAt = base.addSecs(600 * i);
    q.status = statuses.at(i % statuses.size());
    if (q.status != Status::Received) {
        q.departmentId = i % 3 ? m_catalog.deptA : m_catalog.deptB;
        if (i % 4)
            q.dueDate = base.date().addDays(i % 6);
    }
    if (q.status == Status::Published)
        q.publishedRevisionId = 1000 + i;
    const Result<void> ok = repo().insert(q, year, base);
    if (!ok.ok())
        qWarning("insert failed: %s", qPrintable(ok.error().message));
    return q;
}

// 45 questions over three years of references, with ties on every key (few titles, few localities, an empty one).
void TestQuestionSortMarks::addQuestions()
{
    const QStringList localities = {QStringLiteral("Xã Nam Đàn"), QString(), QStringLiteral("Phường Vinh"),
                                    QStringLiteral("xã Kỳ Sơn")};
    for (int i = 0; i < 45; ++i)
        m_questions.append(add(i, QStringLiteral("Câu hỏi %1").arg(i % 7), localities.at(i % localities.size()),
                               2023 + i % 3));
}

QList<Id> TestQuestionSortMarks::ids(const QuestionQuery& query, qint64 countsFrom)
{
    QList<Id> out;
    const auto rows = repo().list(query, countsFrom);
    if (!rows.ok()) {
        qWarning("%s", qPrintable(rows.error().message));
        return {-1};
    }
    for (const Question& q : rows.value())
        out.append(q.id);
    return out;
}

// Every page of 4 of every list, read from its mark and walked from the top, must be the same.
void TestQuestionSortMarks::comparePages(const char* after)
{
    const QList<VisibilityScope> scopes = {{VisibilityScope::Kind::Everything, std::nullopt},
                                           {VisibilityScope::Kind::DepartmentAndPublic, m_catalog.deptA},
                                           {VisibilityScope::Kind::DepartmentAndPublic, m_catalog.deptB},
                                           {VisibilityScope::Kind::PublicOnly, std::nullopt}};
    const QList<QList<Status>> statusSets = {{}, {Status::Assigned, Status::Published}};
    int marked = 0; // pages read from a mark that is not the first
    for (const VisibilityScope& scope : scopes)
        for (const QList<Status>& statuses : statusSets)
            for (QuestionQuery::Sort sort : {QuestionQuery::Sort::Title, QuestionQuery::Sort::Locality,
                                             QuestionQuery::Sort::Reference, QuestionQuery::Sort::Due,
                                             QuestionQuery::Sort::Department})
                for (bool descending : {false, true}) {
                    QuestionQuery query;
                    query.scope = scope;
                    query.statuses = statuses;
                    query.departmentId = statuses.isEmpty() ? std::nullopt : std::optional(m_catalog.deptA);
                    query.sort = sort;
                    query.descending = descending;
                    query.limit = 4;
                    const qint64 rows = repo().count(query).value();
                    for (int offset = 0; offset <= rows + 1; ++offset) {
                        query.offset = offset;
                        QuestionSortMarks marks(m_backend.db->connection().value());
                        if (BackendUnderTest::isPostgres()) { // the server's marks place every such page
                            const auto onServer = marks.pageOnServer(query, 0);
                            QVERIFY2(onServer.ok(), qPrintable(onServer.ok() ? QString() : onServer.error().message));
                            if (onServer.value() && offset > 8)
                                ++marked;
                        } else {
                            const auto nearer = marks.nearerStart(query, 0);
                            QVERIFY(nearer.ok());
                            if (nearer.value() && nearer.value()->sortFrom)
                                ++marked;
                        }
                        const QList<Id> walked = ids(query);
                        QCOMPARE(walked.size(), std::clamp<qint64>(rows - offset, 0, 4));
                        if (ids(query, 0) != walked)
                            QFAIL(qPrintable(QStringLiteral("after %1: scope %2, %3 statuses, sort %4, %5, offset %6 differs")
                                                 .arg(QLatin1String(after)).arg(int(scope.kind)).arg(statuses.size())
                                                 .arg(int(sort)).arg(descending ? "down" : "up").arg(offset)));
                    }
                }
    // Most pages start from a mark (on PostgreSQL, far enough down to pass the first one).
    QVERIFY2(marked > 80, qPrintable(QString::number(marked)));
}

void TestQuestionSortMarks::farPagesStartFromTheirMark()
{
    addQuestions();
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(5).ok());
    compareCounts("placing the marks five rows apart");
    comparePages("placing the marks five rows apart");
}

// Marks stay where they were placed; the rows written since go under the marks that hold their keys.
void TestQuestionSortMarks::pagesStayExactAfterWrites()
{
    addQuestions();
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(6).ok());
    for (int i = 45; i < 55; ++i) // keys below every mark, above every mark, and between
        m_questions.append(add(i, i % 2 ? QString() : QStringLiteral("Zzz %1").arg(i), i % 2 ? QStringLiteral("A") : QString(),
                               i % 2 ? 2022 : 2026));
    comparePages("inserts");
    compareCounts("inserts");
    for (int i = 0; i < 55; i += 4) {
        Question& q = m_questions[i];
        q.title = QStringLiteral("Câu hỏi %1").arg((i * 5) % 9);
        q.asker.locality = i % 8 ? QStringLiteral("Phường Vinh") : QString();
        q.dueDate = i % 8 ? std::optional(base.date().addDays(-i)) : std::nullopt;
        q.departmentId = i % 3 ? m_catalog.deptB : m_catalog.deptA;
        q.status = i % 3 ? Status::Published : Status::Assigned;
        q.publishedRevisionId = i % 3 ? std::optional<Id>(2000 + i) : std::nullopt;
        QVERIFY(repo().update(q, base).ok());
    }
    comparePages("updates of every key, department, status and publication");
    compareCounts("updates");
    QVERIFY(execSql(*m_backend.db, QStringLiteral("DELETE FROM questions WHERE id % 5 = 0")));
    comparePages("deletes");
    compareCounts("deletes");
}

void TestQuestionSortMarks::migrationPlacesMarksOverTheQuestionsThere()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("PostgreSQL's step 10 is empty: its lists walk from the top");
    QVERIFY(m_backend.create(false));
    QVERIFY(Migrations::migrateTo(*m_backend.db, 9).ok());
    m_catalog = TwoDepartments::addTo(*m_backend.db);
    addQuestions();
    QVERIFY(Migrations::migrateTo(*m_backend.db, 10).ok());
    // One mark per sort (the rows are fewer than rowsPerMark), holding every question (by due date, the dated ones).
    QSqlQuery counted(m_backend.db->connection().value());
    QVERIFY(counted.exec(QStringLiteral("SELECT sort, (SELECT COUNT(*) FROM question_sort_marks m WHERE m.sort = c.sort),"
                                        " SUM(n) FROM question_sort_counts c GROUP BY sort ORDER BY sort")));
    QList<QList<qint64>> perSort;
    while (counted.next())
        perSort.append({counted.value(0).toLongLong(), counted.value(1).toLongLong(), counted.value(2).toLongLong()});
    QSqlQuery dated(m_backend.db->connection().value());
    QVERIFY(dated.exec(QStringLiteral("SELECT COUNT(due_date) FROM questions")) && dated.next());
    const qint64 withDue = dated.value(0).toLongLong();
    QCOMPARE(perSort, (QList<QList<qint64>>{{1, 1, 45}, {2, 1, 45}, {3, 1, 45}, {4, 1, withDue}}));
    // Schema 12 keeps how many rows each mark holds. (SQLite drops no index while a read of its table is unfinished.)
    counted.finish();
    dated.finish();
    QVERIFY(Migrations::migrateTo(*m_backend.db, Migrations::latestVersion()).ok());
    QCOMPARE(scalar(*m_backend.db, QStringLiteral("SELECT GROUP_CONCAT(n, ',') FROM (SELECT n FROM question_sort_marks"
                                                   " ORDER BY sort)")).toString(),
             QStringLiteral("45,45,45,%1").arg(withDue));
    compareCounts("the migration");
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(7).ok());
    comparePages("the migration and marks placed again");
    compareCounts("the migration and marks placed again");
}

// Marks split when they come to hold more than twice the rows they were placed for, in the transaction that writes
// the row (QuestionRepository): a list that grows one question at a time at its end (references of a new year,
// titles and due dates after every other) keeps marks of at most twice those rows, and ranges that deleted rows
// leave nearly empty join the mark before them.
void TestQuestionSortMarks::marksStayEvenAsTheListGrows()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("no marks on PostgreSQL");
    addQuestions();
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(5).ok());
    const QString marks = QStringLiteral("SELECT COUNT(*) FROM question_sort_marks");
    const qint64 placed = sqlValue(marks);
    for (int i = 45; i < 165; ++i) {
        const bool atTheEnd = i % 3 != 0;
        Question q = add(i, atTheEnd ? QStringLiteral("Zzz %1").arg(i, 4, 10, QLatin1Char('0')) : QStringLiteral("Câu hỏi %1").arg(i % 7),
                         atTheEnd ? QStringLiteral("Xã Yên %1").arg(i, 4, 10, QLatin1Char('0')) : QStringLiteral("Phường Vinh"),
                         atTheEnd ? 2026 : 2024);
        if (atTheEnd && q.dueDate) {
            q.dueDate = base.date().addDays(100 + i);
            QVERIFY(repo().update(q, base).ok());
        }
        m_questions.append(q);
        QVERIFY2(sqlValue(QStringLiteral("SELECT MAX(n) FROM question_sort_marks")) <= 10, qPrintable(QString::number(i)));
    }
    QVERIFY(sqlValue(marks) >= placed + 30);
    compareCounts("growth at the end");
    comparePages("growth at the end");
    const qint64 grown = sqlValue(marks);
    // Deleted as by the sqlite3 shell: the counts follow at once (triggers), the marks at the next write.
    QVERIFY(execSql(*m_backend.db, QStringLiteral("DELETE FROM questions WHERE title LIKE 'Zzz%' AND id % 4 <> 0")));
    QCOMPARE(sqlValue(marks), grown);
    compareCounts("deletes");
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).keepEven().ok());
    QVERIFY(sqlValue(marks) < grown);
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE n > most")), 0);
    compareCounts("joining nearly empty marks");
    comparePages("joining nearly empty marks");
}

// Marks that hold more than they may (placed before schema 12 and grown since) are split until none does, as the
// step of schema 12 does; the rows written since are counted under the new marks.
void TestQuestionSortMarks::crowdedMarksAreSplit()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("no marks on PostgreSQL");
    addQuestions();
    QuestionSortMarks marks(m_backend.db->connection().value());
    QVERIFY(marks.place(10).ok());
    QVERIFY(execSql(*m_backend.db, QStringLiteral("UPDATE question_sort_marks SET most = 3")));
    QVERIFY(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE n > most")) >= 3 * 5);
    QVERIFY(marks.keepEven().ok());
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE n > most")), 0);
    QVERIFY(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE sort = 1")) >= 45 / 3);
    compareCounts("splitting crowded marks");
    comparePages("splitting crowded marks");
}

// An import or generated data (QuestionBulkWriter) evens the marks before its transaction commits.
void TestQuestionSortMarks::bulkWritesKeepMarksEven()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("no marks on PostgreSQL");
    addQuestions();
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(5).ok());
    {
        Transaction tx(*m_backend.db);
        QVERIFY(tx.begin().ok());
        QuestionBulkWriter writer(tx.connection());
        QVERIFY(writer.prepare().ok());
        for (int i = 0; i < 60; ++i) {
            Question q;
            q.title = QStringLiteral("Zzz nhập %1").arg(i, 3, 10, QLatin1Char('0'));
            q.body = QStringLiteral("Nội dung");
            q.asker.locality = QStringLiteral("Xã Yên %1").arg(i, 3, 10, QLatin1Char('0'));
            q.receivedAt = base.addSecs(i);
            q.status = i % 2 ? Status::Assigned : Status::Received;
            q.departmentId = i % 2 ? std::optional(m_catalog.deptA) : std::nullopt;
            q.dueDate = i % 2 ? std::optional(base.date().addDays(200 + i)) : std::nullopt;
            QList<AnswerRevision> revisions;
            QList<AuditEvent> events;
            QVERIFY(writer.add(q, 2027, revisions, events, std::nullopt).ok());
        }
        QVERIFY(writer.finish().ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE n > most")), 0);
    QVERIFY(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE sort = 3")) >= 1 + 45 / 5 + 60 / 10);
    compareCounts("the bulk writer");
    comparePages("the bulk writer");
}

// The same on PostgreSQL's owner-only tables (postgres/9-sort-marks.sql): sorts 1-4, 6 and 8 over questions, sort 5 over
// desk_public_rows by the public title under the marks of sort 1; keys that are NULL under mark 0.
void TestQuestionSortMarks::compareServerCounts(const char* after)
{
    const QStringList sortKeys = {QStringLiteral("q.title, 0, q.id"), QStringLiteral("q.asker_locality, 0, q.id"),
                                  QStringLiteral("'', q.ref_year, q.ref_seq"), QStringLiteral("q.due_date, 0, q.id"),
                                  QStringLiteral("q.title, 0, q.id"), QStringLiteral("'', 0, q.id"),
                                  QStringLiteral("'', q.received_at, q.id"), QStringLiteral("q.status, q.received_at, q.id")};
    for (int sort = 1; sort <= 8; ++sort) {
        if (sort == 7) // no marks by date (postgres/9-sort-marks.sql)
            continue;
        const QString key = sortKeys.at(sort - 1);
        const QString recount = QStringLiteral(
            "SELECT CASE WHEN %4 IS NULL THEN 0 ELSE (SELECT m.mark FROM sort_marks m WHERE m.sort = %2"
            " AND (m.mark_text, m.mark_number, m.mark_id) <= (%1)"
            " ORDER BY m.mark_text DESC, m.mark_number DESC, m.mark_id DESC LIMIT 1) END AS mark,"
            " COALESCE(q.department_id, 0) AS department_id, q.status, q.published_revision_id IS NOT NULL AS published,"
            " COUNT(*) AS n FROM %3 q GROUP BY 1, 2, 3, 4")
                                    .arg(key)
                                    .arg(sort == 5 ? 1 : sort)
                                    .arg(sort == 5 ? QStringLiteral("desk_public_rows") : QStringLiteral("questions"),
                                         key.section(QLatin1Char(','), 0, 0));
        const QString kept = QStringLiteral("SELECT mark, department_id, status, published, n FROM sort_mark_counts"
                                            " WHERE sort = %1 AND n <> 0").arg(sort);
        const QVariant differ = scalar(*m_backend.db, QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2) a)"
                                                                    " + (SELECT COUNT(*) FROM (%2 EXCEPT %1) b)")
                                                         .arg(recount, kept));
        QVERIFY2(differ.isValid() && differ.toLongLong() == 0,
                 qPrintable(QStringLiteral("after %1: sort %2, %3 count rows differ").arg(QLatin1String(after)).arg(sort).arg(differ.toString())));
    }
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM sort_marks m WHERE m.n <> (SELECT COALESCE(SUM(c.n), 0)"
                                     " FROM sort_mark_counts c WHERE c.sort = m.sort AND c.mark = m.mark)")),
             0);
}

// Every count of every mark equals the questions between that mark and the next, and each mark's n their sum.
void TestQuestionSortMarks::compareCounts(const char* after)
{
    if (BackendUnderTest::isPostgres())
        return compareServerCounts(after);
    // Each sort's key on q, as (text, number, id), and the rows it counts.
    const QStringList sortKeys = {QStringLiteral("q.title, 0, q.id"), QStringLiteral("q.asker_locality, 0, q.id"),
                                  QStringLiteral("'', q.ref_year, q.ref_seq"), QStringLiteral("q.due_date, 0, q.id")};
    for (int sort = 1; sort <= 4; ++sort) {
        const QString recount = QStringLiteral(
            "SELECT (SELECT m.mark FROM question_sort_marks m WHERE m.sort = %1 AND (m.mark_text, m.mark_number, m.mark_id)"
            " <= (%2) ORDER BY m.mark_text DESC, m.mark_number DESC, m.mark_id DESC LIMIT 1) AS mark,"
            " COALESCE(q.department_id, 0) AS department_id, q.status, q.published_revision_id IS NOT NULL AS published,"
            " COUNT(*) AS n FROM questions q WHERE %3 GROUP BY 1, 2, 3, 4")
                                    .arg(sort)
                                    .arg(sortKeys.at(sort - 1), sort == 4 ? QStringLiteral("q.due_date IS NOT NULL") : QStringLiteral("1"));
        const QString kept = QStringLiteral("SELECT mark, department_id, status, published, n FROM question_sort_counts"
                                            " WHERE sort = %1 AND n <> 0").arg(sort);
        const QVariant differ = scalar(*m_backend.db, QStringLiteral("SELECT (SELECT COUNT(*) FROM (%1 EXCEPT %2))"
                                                                    " + (SELECT COUNT(*) FROM (%2 EXCEPT %1))")
                                                         .arg(recount, kept));
        QVERIFY2(differ.isValid() && differ.toLongLong() == 0, qPrintable(QStringLiteral("after %1: sort %2, %3 count rows differ").arg(QLatin1String(after)).arg(sort).arg(differ.toString())));
    }
    QCOMPARE(sqlValue(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks m WHERE m.n <> (SELECT COALESCE(SUM(c.n), 0)"
                                     " FROM question_sort_counts c WHERE c.sort = m.sort AND c.mark = m.mark)")),
             0);
}

// SQLite's plan for a clerk's page from a mark, as QuestionRepository asks it (the two ranges of the sort's index
// after the mark, merged): covering indexes from the mark on, no sort.
void TestQuestionSortMarks::clerksWalksReadNoTableRows()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("SQLite's plans");
    addQuestions();
    const QString scope = QStringLiteral("(q.department_id = 1 OR q.published_revision_id IS NOT NULL)");
    const QList<std::pair<QuestionQuery::Sort, bool>> sorts = {
        {QuestionQuery::Sort::Title, false}, {QuestionQuery::Sort::Locality, true},
        {QuestionQuery::Sort::Reference, false}, {QuestionQuery::Sort::Due, true}};
    for (const auto& [sort, before] : sorts) {
        QuestionQuery query;
        query.sort = sort;
        query.sortFrom = QuestionQuery::SortKey{QStringLiteral("C"), 2024, 3, before};
        const QuestionSortMarks::Arms arms = QuestionSortMarks::armsOf(query);
        const QString arm = QStringLiteral("SELECT q.id AS page_id, %1 AS key_first, %2 AS key_last FROM questions q WHERE %3 AND ")
                                .arg(arms.first, arms.last, scope);
        QString sql = QStringLiteral("EXPLAIN QUERY PLAN %1%2 UNION ALL %1%3 ORDER BY key_first %4, key_last %4 LIMIT 50 OFFSET 1000")
                          .arg(arm, arms.atMark, arms.pastMark, before ? QStringLiteral("DESC") : QStringLiteral("ASC"));
        for (const auto& [name, value] : arms.bindings)
            sql.replace(name, value.metaType().id() == QMetaType::QString ? QStringLiteral("'%1'").arg(value.toString()) : value.toString());
        QSqlQuery plan(m_backend.db->connection().value());
        QVERIFY2(plan.exec(sql), qPrintable(plan.lastError().text()));
        QStringList steps;
        while (plan.next())
            steps.append(plan.value(3).toString());
        const QString text = steps.join(QLatin1Char('\n'));
        QVERIFY2(text.count(QLatin1String("USING COVERING INDEX questions_")) == 2 && text.contains(QLatin1String("MERGE")),
                 qPrintable(sql + QLatin1Char('\n') + text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(sql + QLatin1Char('\n') + text));
    }
}

QTEST_GUILESS_MAIN(TestQuestionSortMarks)
#include "tst_questionsortmarks.moc"
