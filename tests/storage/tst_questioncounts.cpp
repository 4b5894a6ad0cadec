// question_counts (schema 8): the count of a list by visibility, status and department is read from rows kept by
// triggers; it must equal the questions themselves after every kind of write, on both engines.

#include "storage/Migrations.h"
#include "storage/QuestionBulkWriter.h"
#include "storage/QuestionCounts.h"
#include "storage/QuestionRepository.h"
#include "TwoDepartments.h"
#include "support/TestDatabase.h"

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

namespace {
const QDateTime base(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC);
}

class TestQuestionCounts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsFollowInsertsAndTransitions();
    void countsFollowBulkWritesAndDeletes();
    void rolledBackWritesAreNotCounted();
    void migrationCountsTheQuestionsAlreadyThere();
    void otherFiltersAreCountedFromTheQuestions();
    void farPagesStartFromTheirPeriod();

private:
    void setUpCatalog();
    Question add(Status status, std::optional<Id> department, std::optional<Id> publishedRevision = std::nullopt,
                 const QDateTime& received = base);
    QList<Id> ids(const QuestionQuery& query, qint64 countsFrom = QuestionRepository::farOffset);
    QuestionRepository repo() { return QuestionRepository(m_backend.db->connection().value()); }
    QList<QuestionQuery> queries() const;
    qint64 expected(const QuestionQuery& query);
    void compareEveryQuery(const char* after);

    BackendUnderTest m_backend;
    Id m_deptA = 0;
    Id m_deptB = 0;
    Id m_author = 0;
};

void TestQuestionCounts::init()
{
    QVERIFY(m_backend.create());
    setUpCatalog();
}

void TestQuestionCounts::cleanup()
{
    m_backend.drop();
}

void TestQuestionCounts::setUpCatalog()
{
    const TwoDepartments catalog = TwoDepartments::addTo(*m_backend.db);
    m_deptA = catalog.deptA;
    m_deptB = catalog.deptB;
    m_author = catalog.clerk;
}

Question TestQuestionCounts::add(Status status, std::optional<Id> department, std::optional<Id> publishedRevision,
                                 const QDateTime& received)
{
    Question q;
    q.title = QStringLiteral("Câu hỏi");
    q.body = QStringLiteral("Nội dung");
    q.receivedAt = received;
    q.status = status;
    q.departmentId = department;
    q.publishedRevisionId = publishedRevision;
    const Result<void> ok = repo().insert(q, 2025, base);
    if (!ok.ok())
        qWarning("insert failed: %s", qPrintable(ok.error().message));
    return q;
}

// Every scope, with and without status and department filters.
QList<QuestionQuery> TestQuestionCounts::queries() const
{
    QList<VisibilityScope> scopes = {{VisibilityScope::Kind::Everything, std::nullopt},
                                     {VisibilityScope::Kind::DepartmentAndPublic, m_deptA},
                                     {VisibilityScope::Kind::DepartmentAndPublic, m_deptB},
                                     {VisibilityScope::Kind::DepartmentAndPublic, std::nullopt},
                                     {VisibilityScope::Kind::PublicOnly, std::nullopt},
                                     {VisibilityScope::Kind::Nothing, std::nullopt}};
    const QList<QList<Status>> statusSets = {{}, {Status::Received}, {Status::Published},
                                             {Status::Received, Status::Assigned, Status::Drafting}};
    const QList<std::optional<Id>> departments = {std::nullopt, m_deptA, m_deptB};
    QList<QuestionQuery> out;
    for (const VisibilityScope& scope : scopes)
        for (const QList<Status>& statuses : statusSets)
            for (const std::optional<Id>& department : departments) {
                QuestionQuery query;
                query.scope = scope;
                query.statuses = statuses;
                query.departmentId = department;
                out.append(query);
            }
    return out;
}

// The count the rules give, from the questions themselves.
qint64 TestQuestionCounts::expected(const QuestionQuery& query)
{
    QSqlQuery rows(m_backend.db->connection().value());
    if (!rows.exec(QStringLiteral("SELECT department_id, status, published_revision_id FROM questions")))
        qWarning("%s", qPrintable(rows.lastError().text()));
    qint64 n = 0;
    while (rows.next()) {
        const Id department = rows.value(0).toLongLong(); // 0: not routed (NULL)
        const Status status = statusFromName(rows.value(1).toString()).value();
        const bool published = !rows.value(2).isNull();
        bool visible = false;
        switch (query.scope.kind) {
        case VisibilityScope::Kind::Everything: visible = true; break;
        case VisibilityScope::Kind::DepartmentAndPublic:
            visible = published || (department != 0 && query.scope.departmentId == department);
            break;
        case VisibilityScope::Kind::PublicOnly: visible = published; break;
        case VisibilityScope::Kind::Nothing: break;
        }
        if (visible && (query.statuses.isEmpty() || query.statuses.contains(status))
            && (!query.departmentId || *query.departmentId == department))
            ++n;
    }
    return n;
}

void TestQuestionCounts::compareEveryQuery(const char* after)
{
    const QList<QuestionQuery> all = queries();
    for (int i = 0; i < all.size(); ++i) {
        QVERIFY(QuestionCounts::answers(all.at(i)));
        const Result<qint64> counted = repo().count(all.at(i));
        QVERIFY2(counted.ok(), qPrintable(counted.ok() ? QString() : counted.error().message));
        const qint64 want = expected(all.at(i));
        if (counted.value() != want)
            QFAIL(qPrintable(QStringLiteral("after %1, query %2 (scope %3, %4 statuses, department %5): counted %6, there are %7")
                                 .arg(QLatin1String(after)).arg(i).arg(int(all.at(i).scope.kind))
                                 .arg(all.at(i).statuses.size()).arg(all.at(i).departmentId.value_or(0))
                                 .arg(counted.value()).arg(want)));
    }
}

void TestQuestionCounts::countsFollowInsertsAndTransitions()
{
    compareEveryQuery("no questions");
    QList<Question> questions = {add(Status::Received, std::nullopt), add(Status::Received, std::nullopt),
                                 add(Status::Assigned, m_deptA), add(Status::Drafting, m_deptB),
                                 add(Status::Published, m_deptA, 901), add(Status::Published, m_deptB, 902)};
    compareEveryQuery("inserts");
    QVERIFY(questions.at(0).id > 0);
    Question& routed = questions[0];
    routed.status = Status::Assigned;
    routed.departmentId = m_deptB;
    QVERIFY(repo().update(routed, base).ok());
    compareEveryQuery("routing");
    Question& transferred = questions[2];
    transferred.departmentId = m_deptB;
    QVERIFY(repo().update(transferred, base).ok());
    compareEveryQuery("a transfer to another department");
    Question& published = questions[3];
    published.status = Status::Published;
    published.publishedRevisionId = 903;
    QVERIFY(repo().update(published, base).ok());
    compareEveryQuery("publishing");
    Question& unpublished = questions[4];
    unpublished.status = Status::Approved;
    unpublished.publishedRevisionId.reset();
    QVERIFY(repo().update(unpublished, base).ok());
    compareEveryQuery("unpublishing");
    Question& edited = questions[5];
    edited.title = QStringLiteral("Tiêu đề mới");
    QVERIFY(repo().update(edited, base).ok());
    compareEveryQuery("an edit that changes no count");
}

void TestQuestionCounts::countsFollowBulkWritesAndDeletes()
{
    add(Status::Received, std::nullopt);
    {
        Transaction tx(*m_backend.db);
        QVERIFY(tx.begin().ok());
        QuestionBulkWriter writer(tx.connection());
        QVERIFY(writer.prepare().ok());
        for (int i = 0; i < 6; ++i) {
            Question q;
            q.title = QStringLiteral("Nhập %1").arg(i);
            q.body = QStringLiteral("Nội dung");
            q.receivedAt = base.addSecs(i);
            q.status = i % 2 ? Status::Published : Status::Assigned;
            q.departmentId = i % 3 ? m_deptA : m_deptB;
            QList<AnswerRevision> revisions;
            if (q.status == Status::Published)
                revisions.append({0, 0, 1, QStringLiteral("Trả lời"), m_author, {}, base, RevisionState::Approved,
                                  std::nullopt, {}, base, {}});
            QList<AuditEvent> events;
            const Result<void> added = writer.add(q, 2025, revisions, events,
                                                  revisions.isEmpty() ? std::nullopt : std::optional(0));
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        }
        QVERIFY(writer.finish().ok());
        QVERIFY(tx.commit().ok());
    }
    compareEveryQuery("the bulk writer");
    QVERIFY(execSql(*m_backend.db, QStringLiteral("DELETE FROM answer_revisions")));
    QVERIFY(execSql(*m_backend.db, QStringLiteral("DELETE FROM questions WHERE status = 'published'")));
    compareEveryQuery("deletes");
    QVERIFY(execSql(*m_backend.db, QStringLiteral("UPDATE questions SET status = 'drafting' WHERE department_id = %1").arg(m_deptA)));
    compareEveryQuery("an update of many rows in one statement");
}

void TestQuestionCounts::rolledBackWritesAreNotCounted()
{
    add(Status::Received, m_deptA);
    {
        Transaction tx(*m_backend.db);
        QVERIFY(tx.begin().ok());
        add(Status::Received, m_deptA);
        add(Status::Published, m_deptB, 77);
        QVERIFY(execSql(*m_backend.db, QStringLiteral("UPDATE questions SET status = 'assigned'")));
        tx.rollback();
    }
    compareEveryQuery("a rolled back transaction");
    QuestionQuery all;
    all.scope.kind = VisibilityScope::Kind::Everything;
    QCOMPARE(repo().count(all).value(), qint64(1));
}

void TestQuestionCounts::migrationCountsTheQuestionsAlreadyThere()
{
    QVERIFY(m_backend.create(false));
    QVERIFY(Migrations::migrateTo(*m_backend.db, 7).ok());
    setUpCatalog();
    add(Status::Received, std::nullopt);
    add(Status::Assigned, m_deptA);
    add(Status::Assigned, m_deptA);
    add(Status::Published, m_deptB, 5);
    QVERIFY(!m_backend.db->connection()->tables().contains(QStringLiteral("question_counts")));
    QVERIFY(Migrations::migrateTo(*m_backend.db, 8).ok());
    compareEveryQuery("the migration to schema 8");
    add(Status::Assigned, m_deptA);
    compareEveryQuery("an insert after the migration");
}

// A filter the counts table does not hold (a clerk, a date range, the quick filter) is counted from the questions.
void TestQuestionCounts::otherFiltersAreCountedFromTheQuestions()
{
    add(Status::Assigned, m_deptA);
    Question q = add(Status::Assigned, m_deptA);
    q.assignedClerkId = m_author;
    QVERIFY(repo().update(q, base).ok());
    QuestionQuery mine;
    mine.scope.kind = VisibilityScope::Kind::Everything;
    mine.assignedClerkId = m_author;
    QVERIFY(!QuestionCounts::answers(mine));
    QCOMPARE(repo().count(mine).value(), qint64(1));
    QuestionQuery quick;
    quick.scope.kind = VisibilityScope::Kind::Everything;
    quick.quickFilter = QStringLiteral("không có");
    QVERIFY(!QuestionCounts::answers(quick));
    QCOMPARE(repo().count(quick).value(), qint64(0));
    QuestionQuery later = mine;
    later.assignedClerkId.reset();
    later.receivedFrom = base.addDays(1);
    QVERIFY(!QuestionCounts::answers(later));
    QCOMPARE(repo().count(later).value(), qint64(0));
}

QList<Id> TestQuestionCounts::ids(const QuestionQuery& query, qint64 countsFrom)
{
    QList<Id> out;
    const auto rows = repo().list(query, countsFrom);
    if (!rows.ok())
        qWarning("%s", qPrintable(rows.error().message));
    for (const Question& q : rows.value())
        out.append(q.id);
    return out;
}

// A page far down a list by date (or by status, then date) is read from the period of receipt (of that status) that
// holds it: the same rows as the walk from the top, at every offset, in both directions, across period boundaries,
// status boundaries and ties.
void TestQuestionCounts::farPagesStartFromTheirPeriod()
{
    const qint64 period = qint64(1) << 31;
    const qint64 first = (base.toMSecsSinceEpoch() / period) * period;
    QList<QDateTime> received;
    for (int i = 0; i < 40; ++i)
        received.append(QDateTime::fromMSecsSinceEpoch(first + i * period / 3 + (i % 4) * 1000, Qt::UTC));
    for (int k = 2; k < 5; ++k) { // both sides of a boundary, and a tie on it
        received.append(QDateTime::fromMSecsSinceEpoch(first + k * period - 1, Qt::UTC));
        received.append(QDateTime::fromMSecsSinceEpoch(first + k * period, Qt::UTC));
        received.append(QDateTime::fromMSecsSinceEpoch(first + k * period, Qt::UTC));
    }
    for (int i = 0; i < received.size(); ++i)
        add(i % 5 == 0 ? Status::Published : (i % 2 ? Status::Assigned : Status::Received), i % 3 ? m_deptA : m_deptB,
            i % 5 == 0 ? std::optional<Id>(1000 + i) : std::nullopt, received.at(i));
    QuestionQuery clerk;
    clerk.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_deptB};
    QuestionQuery assigned;
    assigned.scope.kind = VisibilityScope::Kind::Everything;
    assigned.statuses = {Status::Assigned, Status::Published};
    assigned.departmentId = m_deptA;
    QuestionQuery everything;
    everything.scope.kind = VisibilityScope::Kind::Everything;
    for (QuestionQuery query : {everything, clerk, assigned})
        for (const auto& [sort, descending] : {std::pair(QuestionQuery::Sort::Received, true), std::pair(QuestionQuery::Sort::Received, false),
                                               std::pair(QuestionQuery::Sort::Status, true), std::pair(QuestionQuery::Sort::Status, false)}) {
            query.sort = sort;
            query.descending = descending;
            query.limit = 7;
            const qint64 rows = repo().count(query).value();
            QVERIFY(rows > 10);
            for (int offset = 0; offset <= rows; ++offset) {
                query.offset = offset;
                const auto nearer = QuestionCounts(m_backend.db->connection().value()).nearerStart(query, 0);
                QVERIFY(nearer.ok());
                QCOMPARE(nearer.value().has_value(), offset < rows);
                const QList<Id> walked = ids(query); // below farOffset: walked from the top
                QCOMPARE(walked.size(), std::min<qint64>(7, rows - offset));
                if (nearer.value()) {
                    QVERIFY(nearer.value()->receivedFrom.isValid() != nearer.value()->receivedBefore.isValid());
                    QCOMPARE(nearer.value()->statuses.size() == 1, sort == QuestionQuery::Sort::Status);
                }
                // The page as list() reads it from its period (by status, going on into the next statuses).
                QCOMPARE(ids(query, 0), walked);
            }
        }
}

QTEST_GUILESS_MAIN(TestQuestionCounts)
#include "tst_questioncounts.moc"
