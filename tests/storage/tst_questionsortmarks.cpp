// The marks of schema 10 (QuestionSortMarks): a page far down a list by title, locality, reference or due date is
// read from the mark that holds it (by department, from the department that holds it: QuestionCounts). It must be the page the walk from the top gives, at every offset, in both
// directions, for every scope and filter the counts hold, after every kind of write since the marks were placed.

#include "storage/Migrations.h"
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
    void unevenMarksArePlacedAgain();
    void onlyTheUnevenMarksAreSplit();
    void clerksWalksReadNoTableRows();

private:
    Question add(int i, const QString& title, const QString& locality, int year);
    void addQuestions();
    QList<Id> ids(const QuestionQuery& query, qint64 countsFrom = QuestionRepository::farOffset);
    QuestionRepository repo() { return QuestionRepository(m_backend.db->connection().value()); }
    void comparePages(const char* after);

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
                        const auto nearer = QuestionSortMarks(m_backend.db->connection().value()).nearerStart(query, 0);
                        QVERIFY(nearer.ok());
                        if (nearer.value() && nearer.value()->sortFrom)
                            ++marked;
                        const QList<Id> walked = ids(query);
                        QCOMPARE(walked.size(), std::clamp<qint64>(rows - offset, 0, 4));
                        if (ids(query, 0) != walked)
                            QFAIL(qPrintable(QStringLiteral("after %1: scope %2, %3 statuses, sort %4, %5, offset %6 differs")
                                                 .arg(QLatin1String(after)).arg(int(scope.kind)).arg(statuses.size())
                                                 .arg(int(sort)).arg(descending ? "down" : "up").arg(offset)));
                    }
                }
    // On SQLite most pages start from a mark; PostgreSQL has none and walks from the top.
    QCOMPARE(marked > 80, !BackendUnderTest::isPostgres());
}

void TestQuestionSortMarks::farPagesStartFromTheirMark()
{
    addQuestions();
    if (!BackendUnderTest::isPostgres())
        QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(5).ok());
    comparePages("placing the marks five rows apart");
}

// Marks stay where they were placed; the rows written since go under the marks that hold their keys.
void TestQuestionSortMarks::pagesStayExactAfterWrites()
{
    addQuestions();
    if (!BackendUnderTest::isPostgres())
        QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(6).ok());
    for (int i = 45; i < 55; ++i) // keys below every mark, above every mark, and between
        m_questions.append(add(i, i % 2 ? QString() : QStringLiteral("Zzz %1").arg(i), i % 2 ? QStringLiteral("A") : QString(),
                               i % 2 ? 2022 : 2026));
    comparePages("inserts");
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
    QVERIFY(execSql(*m_backend.db, QStringLiteral("DELETE FROM questions WHERE id % 5 = 0")));
    comparePages("deletes");
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
    QVERIFY(QuestionSortMarks(m_backend.db->connection().value()).place(7).ok());
    comparePages("the migration and marks placed again");
}

// A mark that holds more than four times the rows it was placed for is placed again (after an import).
void TestQuestionSortMarks::unevenMarksArePlacedAgain()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("no marks on PostgreSQL");
    addQuestions(); // 45 rows under the one mark of each sort placed over the empty table
    QuestionSortMarks marks(m_backend.db->connection().value());
    QCOMPARE(marks.placeIfUneven(12).value(), false); // 45 <= 4 x 12
    QCOMPARE(marks.placeIfUneven(10).value(), true);
    QSqlQuery placed(m_backend.db->connection().value());
    QVERIFY(placed.exec(QStringLiteral("SELECT COUNT(*) FROM question_sort_marks WHERE sort = 1")) && placed.next());
    QCOMPARE(placed.value(0).toInt(), 5); // the lowest mark and every tenth title
    QCOMPARE(marks.placeIfUneven(10).value(), false);
    comparePages("marks placed again ten rows apart");
}

namespace {

// Each mark of each sort with the rows it counts: sort -> (mark -> rows).
QMap<int, QMap<qint64, qint64>> marksOf(QSqlDatabase db)
{
    QMap<int, QMap<qint64, qint64>> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT m.sort, m.mark, (SELECT COALESCE(SUM(n), 0) FROM question_sort_counts c"
                               " WHERE c.sort = m.sort AND c.mark = m.mark) FROM question_sort_marks m")))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out[q.value(0).toInt()].insert(q.value(1).toLongLong(), q.value(2).toLongLong());
    return out;
}

} // namespace

// After an import only the marks that grew past four times their rows are split (the new rows' references all lie
// after the last mark): the other marks, of that sort and of the others, stay as they were, with their counts.
void TestQuestionSortMarks::onlyTheUnevenMarksAreSplit()
{
    if (BackendUnderTest::isPostgres())
        QSKIP("no marks on PostgreSQL");
    addQuestions();
    QuestionSortMarks marks(m_backend.db->connection().value());
    QVERIFY(marks.place(10).ok());
    const auto before = marksOf(m_backend.db->connection().value());
    for (int i = 45; i < 100; ++i) // titles and localities among those there; references after every mark
        m_questions.append(add(i, QStringLiteral("Câu hỏi %1").arg(i % 7), i % 2 ? QStringLiteral("Phường Vinh") : QString(),
                               2030));
    const auto grown = marksOf(m_backend.db->connection().value());
    const qint64 lastReference = grown.value(3).lastKey();
    QVERIFY(grown.value(3).value(lastReference) > 40);
    for (int sort : {1, 2, 4})
        for (qint64 rows : grown.value(sort))
            QVERIFY(rows <= 40);
    QCOMPARE(marks.placeIfUneven(10).value(), true);
    const auto after = marksOf(m_backend.db->connection().value());
    for (int sort : {1, 2, 4})
        QCOMPARE(after.value(sort), grown.value(sort));
    // The last mark held its own row and 60 after it: a new mark every tenth of those, the last holding one row.
    QCOMPARE(grown.value(3).value(lastReference), qint64(61));
    QCOMPARE(after.value(3).size(), before.value(3).size() + 6);
    for (auto it = before.value(3).cbegin(); it != before.value(3).cend(); ++it) {
        QVERIFY(after.value(3).contains(it.key()));
        if (it.key() != lastReference)
            QCOMPARE(after.value(3).value(it.key()), it.value());
    }
    qint64 counted = 0;
    for (qint64 rows : after.value(3)) {
        QVERIFY(rows <= 10);
        counted += rows;
    }
    QCOMPARE(counted, qint64(100));
    QCOMPARE(marks.placeIfUneven(10).value(), false);
    comparePages("the last reference mark split ten rows apart");
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
