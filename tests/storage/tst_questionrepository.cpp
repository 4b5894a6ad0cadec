// Question lists: paging, filters, sorting and counts in SQL; reference numbering; optimistic versions.

#include "storage/KeptStatements.h"
#include "storage/Migrations.h"
#include "storage/QuestionRepository.h"
#include "storage/RoutingRepository.h"
#include "TwoDepartments.h"
#include "support/TestDatabase.h"

#include <QSet>
#include <algorithm>
#include <functional>
#include <QTemporaryDir>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

namespace {
const QDateTime base(QDate(2025, 3, 3), QTime(2, 0), Qt::UTC);
}

class TestQuestionRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void referencesNumberedPerYear();
    void pagingAndCount();
    void filters();
    void quickFilterIsLiteral();
    void visibilityScopes();
    void sorting();
    void staleUpdateIsRefused();
    void countEachMatchesCount();
    void aClerksCountsEqualTheirLists();
    void pagingAfterTheLastRowSeen();
    void sortingByDepartmentPagesAcrossParts();
    void receivedRange();
    void keptStatementsListOnlyTheirOwnQuery();
    void routedQuestionsComePageByPage();

private:
    Question add(const QString& title, Status status = Status::Received, std::optional<Id> department = std::nullopt,
                 int minutes = 0, int year = 2025);
    QuestionRepository repo() { return QuestionRepository(m_db->connection().value()); }
    QuestionQuery everything() const
    {
        QuestionQuery query;
        query.scope.kind = VisibilityScope::Kind::Everything;
        return query;
    }
    QStringList titles(const QuestionQuery& query)
    {
        QStringList out;
        const auto rows = repo().list(query);
        if (!rows.ok())
            qWarning("%s", qPrintable(rows.error().message));
        for (const Question& q : rows.value())
            out << q.title;
        return out;
    }

    BackendUnderTest m_backend;
    std::shared_ptr<Database> m_db;
    Id m_deptA = 0;
    Id m_deptB = 0;
    Id m_clerk = 0;
};

void TestQuestionRepository::init()
{
    QVERIFY(m_backend.create());
    m_db = m_backend.db;
    const TwoDepartments catalog = TwoDepartments::addTo(*m_db);
    m_deptA = catalog.deptA;
    m_deptB = catalog.deptB;
    m_clerk = catalog.clerk;
}

void TestQuestionRepository::cleanup()
{
    m_db.reset();
    m_backend.drop();
}

Question TestQuestionRepository::add(const QString& title, Status status, std::optional<Id> department, int minutes,
                                     int year)
{
    Question q;
    q.title = title;
    q.body = QStringLiteral("Nội dung");
    q.receivedAt = base.addSecs(60 * minutes);
    q.status = status;
    q.departmentId = department;
    const Result<void> ok = repo().insert(q, year, base);
    if (!ok.ok())
        qWarning("insert failed: %s", qPrintable(ok.error().message));
    return q;
}

// What the department suggester learns from, read a page at a time newest first: the pages together are the one
// read, rejected and unrouted questions left out.
void TestQuestionRepository::routedQuestionsComePageByPage()
{
    QList<Id> routed;
    for (int i = 0; i < 7; ++i) {
        const Question q = add(QStringLiteral("Câu hỏi %1").arg(i), i % 2 ? Status::Drafting : Status::Assigned,
                               i % 3 ? m_deptA : m_deptB, i);
        routed.prepend(q.id);
        if (i == 2)
            add(QStringLiteral("Bị từ chối"), Status::Rejected, m_deptA, i);
        if (i == 4)
            add(QStringLiteral("Chưa chuyển"), Status::Received, std::nullopt, i);
    }
    RoutingRepository routing(m_db->connection().value());
    auto all = routing.routedQuestions(100);
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    QList<Id> ids;
    for (const RoutedText& text : all.value())
        ids.append(text.questionId);
    QCOMPARE(ids, routed);
    QCOMPARE(all->at(0).departmentCode, QStringLiteral("SGD")); // "Câu hỏi 6"
    QCOMPARE(all->at(1).departmentCode, QStringLiteral("SVH")); // "Câu hỏi 5"
    QVERIFY(all->first().text.startsWith(QStringLiteral("Câu hỏi 6\n")));

    QList<Id> paged;
    std::optional<Id> before;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = routing.routedQuestions(3, before);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QVERIFY(page->size() <= 3);
        for (const RoutedText& text : page.value())
            paged.append(text.questionId);
        if (page->size() < 3)
            break;
        before = page->last().questionId;
    }
    QCOMPARE(paged, routed);
}

void TestQuestionRepository::referencesNumberedPerYear()
{
    QCOMPARE(add(QStringLiteral("a")).ref, QStringLiteral("HD-2025-000001"));
    QCOMPARE(add(QStringLiteral("b")).ref, QStringLiteral("HD-2025-000002"));
    QCOMPARE(add(QStringLiteral("c"), Status::Received, std::nullopt, 0, 2026).ref, QStringLiteral("HD-2026-000001"));
    QCOMPARE(add(QStringLiteral("d"), Status::Received, std::nullopt, 0, 2026).ref, QStringLiteral("HD-2026-000002"));
    QCOMPARE(add(QStringLiteral("e")).ref, QStringLiteral("HD-2025-000003"));
    const auto found = repo().byReference(QStringLiteral(" hd-2026-000002 "));
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->title, QStringLiteral("d"));
    QVERIFY(!repo().byReference(QStringLiteral("HD-2027-000001")).value());
}

void TestQuestionRepository::pagingAndCount()
{
    for (int i = 0; i < 25; ++i)
        add(QStringLiteral("q%1").arg(i, 2, 10, QLatin1Char('0')), Status::Received, std::nullopt, i);
    QuestionQuery query = everything();
    query.limit = 10;
    QSet<QString> seen;
    QStringList first;
    for (int offset = 0; offset < 30; offset += 10) {
        query.offset = offset;
        const QStringList page = titles(query);
        QCOMPARE(page.size(), offset < 20 ? 10 : 5);
        if (offset == 0)
            first = page;
        for (const QString& t : page)
            seen.insert(t);
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(first.first(), QStringLiteral("q24")); // newest received first
    QCOMPARE(first.last(), QStringLiteral("q15"));
    QCOMPARE(repo().count(query).value(), 25); // limit and offset do not apply to the count
    query.offset = 100;
    QCOMPARE(titles(query), QStringList());
}

void TestQuestionRepository::filters()
{
    add(QStringLiteral("received"), Status::Received);
    Question a1 = add(QStringLiteral("A assigned"), Status::Assigned, m_deptA);
    add(QStringLiteral("A drafting"), Status::Drafting, m_deptA);
    add(QStringLiteral("B assigned"), Status::Assigned, m_deptB);
    Question a2 = add(QStringLiteral("A published late"), Status::Published, m_deptA);
    Question b2 = add(QStringLiteral("B pending late"), Status::PendingApproval, m_deptB);
    Question b3 = add(QStringLiteral("B due today"), Status::Assigned, m_deptB);
    a1.assignedClerkId = m_clerk;
    a1.dueDate = QDate(2025, 3, 20);
    QVERIFY(repo().update(a1, base).ok());
    a2.dueDate = QDate(2025, 3, 1);
    QVERIFY(repo().update(a2, base).ok());
    b2.dueDate = QDate(2025, 3, 9);
    QVERIFY(repo().update(b2, base).ok());
    b3.dueDate = QDate(2025, 3, 10);
    QVERIFY(repo().update(b3, base).ok());

    QuestionQuery query = everything();
    query.statuses = {Status::Assigned};
    QCOMPARE(repo().count(query).value(), 3);
    query.statuses = {Status::Assigned, Status::Drafting};
    QCOMPARE(repo().count(query).value(), 4);
    query.departmentId = m_deptA;
    QCOMPARE(titles(query).size(), 2);
    query = everything();
    query.departmentId = m_deptB;
    QCOMPARE(repo().count(query).value(), 3);
    query = everything();
    query.assignedClerkId = m_clerk;
    QCOMPARE(titles(query), QStringList{QStringLiteral("A assigned")});
    // Overdue as of 10 March: open and due before that day; a published question is never overdue.
    query = everything();
    query.overdueAsOf = QDate(2025, 3, 10);
    QCOMPARE(titles(query), QStringList{QStringLiteral("B pending late")});
    QCOMPARE(repo().count(query).value(), 1);
    query.overdueAsOf = QDate(2025, 3, 21);
    QCOMPARE(repo().count(query).value(), 3);
}

void TestQuestionRepository::quickFilterIsLiteral()
{
    add(QStringLiteral("Giảm 100% học phí"));
    add(QStringLiteral("Giảm 100 nghìn học phí"));
    add(QStringLiteral("mã a_b"));
    add(QStringLiteral("mã axb"));
    add(QStringLiteral("đường dẫn C:\\temp"));
    QuestionQuery query = everything();
    query.quickFilter = QStringLiteral("100%");
    QCOMPARE(titles(query), QStringList{QStringLiteral("Giảm 100% học phí")});
    query.quickFilter = QStringLiteral("a_b");
    QCOMPARE(titles(query), QStringList{QStringLiteral("mã a_b")});
    QCOMPARE(repo().count(query).value(), 1);
    query.quickFilter = QStringLiteral("%");
    QCOMPARE(repo().count(query).value(), 1);
    query.quickFilter = QStringLiteral("_");
    QCOMPARE(repo().count(query).value(), 1);
    query.quickFilter = QStringLiteral(":\\t");
    QCOMPARE(titles(query), QStringList{QStringLiteral("đường dẫn C:\\temp")});
    query.quickFilter = QStringLiteral("HD-2025-000004");
    QCOMPARE(titles(query), QStringList{QStringLiteral("mã axb")});
    query.quickFilter = QStringLiteral("'; DROP TABLE questions; --");
    QCOMPARE(repo().count(query).value(), 0);
    query.quickFilter = QStringLiteral("   ");
    QCOMPARE(repo().count(query).value(), 5);
}

void TestQuestionRepository::visibilityScopes()
{
    add(QStringLiteral("unrouted"));
    add(QStringLiteral("A open"), Status::Assigned, m_deptA);
    add(QStringLiteral("B open"), Status::Assigned, m_deptB);
    Question published = add(QStringLiteral("B published"), Status::Published, m_deptB);
    published.publishedRevisionId = 1;
    QVERIFY(repo().update(published, base).ok());

    QuestionQuery query;
    query.sort = QuestionQuery::Sort::Title;
    query.descending = false;
    query.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_deptA};
    QCOMPARE(titles(query), (QStringList{QStringLiteral("A open"), QStringLiteral("B published")}));
    QCOMPARE(repo().count(query).value(), 2);
    query.scope = {VisibilityScope::Kind::PublicOnly, std::nullopt};
    QCOMPARE(titles(query), QStringList{QStringLiteral("B published")});
    query.scope = {VisibilityScope::Kind::Nothing, std::nullopt};
    QCOMPARE(repo().count(query).value(), 0);
    query.scope = QuestionQuery().scope; // default: nothing
    QCOMPARE(repo().count(query).value(), 0);
    query.scope = {VisibilityScope::Kind::Everything, std::nullopt};
    QCOMPARE(repo().count(query).value(), 4);
}

void TestQuestionRepository::sorting()
{
    add(QStringLiteral("Bò"), Status::Received, std::nullopt, 5);
    add(QStringLiteral("An"), Status::Received, std::nullopt, 1);
    add(QStringLiteral("Cá"), Status::Received, std::nullopt, 3);
    add(QStringLiteral("An"), Status::Received, std::nullopt, 9);
    QuestionQuery query = everything();
    query.sort = QuestionQuery::Sort::Title;
    query.descending = false;
    QCOMPARE(titles(query), (QStringList{QStringLiteral("An"), QStringLiteral("An"), QStringLiteral("Bò"),
                                         QStringLiteral("Cá")}));
    query.sort = QuestionQuery::Sort::Received;
    QCOMPARE(titles(query), (QStringList{QStringLiteral("An"), QStringLiteral("Cá"), QStringLiteral("Bò"),
                                         QStringLiteral("An")}));
    query.sort = QuestionQuery::Sort::Reference;
    query.descending = true;
    QCOMPARE(titles(query), (QStringList{QStringLiteral("An"), QStringLiteral("Cá"), QStringLiteral("An"),
                                         QStringLiteral("Bò")}));
    // Ties are broken by id, so pages never overlap.
    query.sort = QuestionQuery::Sort::Status;
    query.limit = 2;
    QStringList refs;
    for (int offset = 0; offset < 4; offset += 2) {
        query.offset = offset;
        const auto page = repo().list(query);
        QVERIFY(page.ok());
        for (const Question& q : page.value())
            refs << q.ref;
    }
    QCOMPARE(QSet<QString>(refs.begin(), refs.end()).size(), 4);
}

void TestQuestionRepository::staleUpdateIsRefused()
{
    const Question original = add(QStringLiteral("Gốc"));
    QCOMPARE(original.version, 1);
    Question mine = repo().byId(original.id).value().value();
    Question theirs = repo().byId(original.id).value().value();
    mine.title = QStringLiteral("Của tôi");
    QVERIFY(repo().update(mine, base).ok());
    QCOMPARE(mine.version, 2);
    theirs.title = QStringLiteral("Của họ");
    const Result<void> stale = repo().update(theirs, base);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    QVERIFY(stale.error().message.contains(original.ref));
    QCOMPARE(theirs.version, 1);
    const Question stored = repo().byId(original.id).value().value();
    QCOMPARE(stored.title, QStringLiteral("Của tôi"));
    QCOMPARE(stored.version, 2);
    // Updating a question that does not exist is not silently accepted either.
    Question ghost = stored;
    ghost.id = 9999;
    QVERIFY(!repo().update(ghost, base).ok());
}

void TestQuestionRepository::countEachMatchesCount()
{
    add(QStringLiteral("x 100%"), Status::Received);
    add(QStringLiteral("y"), Status::Assigned, m_deptA);
    add(QStringLiteral("z"), Status::Assigned, m_deptB);
    QList<QuestionQuery> queries;
    QuestionQuery q1 = everything();
    q1.statuses = {Status::Assigned};
    QuestionQuery q2 = everything();
    q2.departmentId = m_deptB;
    QuestionQuery q3 = everything();
    q3.quickFilter = QStringLiteral("100%");
    QuestionQuery q4;
    q4.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_deptA};
    queries << q1 << q2 << q3 << q4 << everything();
    QList<qint64> expected;
    for (const QuestionQuery& q : queries)
        expected << repo().count(q).value();
    QCOMPARE(expected, (QList<qint64>{2, 1, 1, 1, 3}));
    QCOMPARE(repo().countEach(queries).value(), expected);
}


// A clerk's counts (their department's questions and the others' published ones) with every filter a queue or the
// desk sets: each equals the list it counts and the rule worked out here, before and after questions change
// department and publication (on SQLite the counts read indexes that carry both, schema 13).
void TestQuestionRepository::aClerksCountsEqualTheirLists()
{
    const QDate today(2025, 3, 10);
    const QList<std::optional<Id>> departments{m_deptA, m_deptB, std::nullopt};
    const QList<Status> statuses{Status::Received, Status::Assigned, Status::Drafting, Status::PendingApproval,
                                 Status::Published};
    QList<Question> stored;
    int n = 0;
    for (const std::optional<Id>& department : departments)
        for (Status status : statuses)
            for (int variant = 0; variant < 4; ++variant) {
                Question q = add(QStringLiteral("q%1").arg(n), status, department, n);
                ++n;
                q.dueDate = today.addDays(variant % 2 == 0 ? -3 : 5);
                if (variant >= 2)
                    q.assignedClerkId = m_clerk;
                if (status == Status::Published || (variant == 3 && department == m_deptB))
                    q.publishedRevisionId = 1; // and an open one published before, as when an answer is corrected
                QVERIFY(repo().update(q, base).ok());
                stored.append(q);
            }
    const QList<Status> open = QuestionRepository::openStatuses();
    const auto mayRead = [&](const Question& q) { return q.departmentId == m_deptA || q.isPublic(); };
    struct Filter {
        const char* name;
        std::function<void(QuestionQuery&)> set;
        std::function<bool(const Question&)> keeps;
    };
    const QList<Filter> filters{
        {"none", [](QuestionQuery&) {}, [](const Question&) { return true; }},
        {"overdue", [&](QuestionQuery& q) { q.overdueAsOf = today; },
         [&](const Question& q) { return open.contains(q.status) && q.dueDate && *q.dueDate < today; }},
        {"due soon", [&](QuestionQuery& q) { q.dueBetween = {today, today.addDays(7)}; },
         [&](const Question& q) {
             return open.contains(q.status) && q.dueDate && *q.dueDate >= today && *q.dueDate <= today.addDays(7);
         }},
        {"assigned to me", [&](QuestionQuery& q) { q.assignedClerkId = m_clerk; q.statuses = open; },
         [&](const Question& q) { return q.assignedClerkId == m_clerk && open.contains(q.status); }},
        {"received from", [&](QuestionQuery& q) { q.receivedFrom = base.addSecs(60 * 20); },
         [&](const Question& q) { return q.receivedAt >= base.addSecs(60 * 20); }},
        {"quick filter", [](QuestionQuery& q) { q.quickFilter = QStringLiteral("q1"); },
         [](const Question& q) { return q.title.contains(QLatin1String("q1")); }},
        {"department B, drafting", [&](QuestionQuery& q) { q.departmentId = m_deptB; q.statuses = {Status::Drafting}; },
         [&](const Question& q) { return q.departmentId == m_deptB && q.status == Status::Drafting; }},
    };
    const auto check = [&](const char* when) {
        for (const Filter& filter : filters) {
            QuestionQuery query;
            query.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_deptA};
            query.limit = 1000;
            filter.set(query);
            const qint64 expected = std::count_if(stored.cbegin(), stored.cend(),
                                                  [&](const Question& q) { return mayRead(q) && filter.keeps(q); });
            const QByteArray what = QByteArray(when) + ", " + filter.name;
            QVERIFY2(repo().count(query).ok(), what.constData());
            QCOMPARE(repo().count(query).value(), expected);
            QCOMPARE(qint64(repo().list(query).value().size()), expected);
            QCOMPARE(repo().countEach({query}).value(), QList<qint64>{expected});
        }
    };
    check("as written");
    // Questions move between departments, are published and withdrawn: the counts follow.
    for (Question& q : stored) {
        if (q.departmentId == m_deptB && q.status == Status::Drafting)
            q.departmentId = m_deptA;
        else if (q.departmentId == m_deptA && q.status == Status::Assigned)
            q.departmentId = m_deptB;
        else if (q.departmentId == m_deptB && q.status == Status::Published)
            q.publishedRevisionId.reset();
        else if (!q.departmentId && q.status == Status::Received)
            q.publishedRevisionId = 1;
        else
            continue;
        QVERIFY(repo().update(q, base).ok());
    }
    check("after changes");
}

void TestQuestionRepository::pagingAfterTheLastRowSeen()
{
    // Ties on the date: the id decides, and no row is skipped or repeated across pages.
    for (int i = 0; i < 23; ++i)
        add(QStringLiteral("q%1").arg(i, 2, 10, QLatin1Char('0')), Status::Received, std::nullopt, i / 3);
    for (const bool descending : {true, false}) {
        QuestionQuery query = everything();
        query.descending = descending;
        query.limit = 23;
        const QStringList all = titles(query);
        QCOMPARE(all.size(), 23);
        query.limit = 5;
        QStringList paged;
        for (int page = 0; page < 6; ++page) {
            const auto rows = repo().list(query);
            QVERIFY(rows.ok());
            for (const Question& q : rows.value())
                paged << q.title;
            if (rows->isEmpty())
                break;
            query.afterReceived = std::pair(rows->last().receivedAt, rows->last().id);
        }
        QCOMPARE(paged, all);
    }
}

void TestQuestionRepository::sortingByDepartmentPagesAcrossParts()
{
    // Departments by code (SGD before SVH), by id within one; no department first ascending, last descending.
    const Question a1 = add(QStringLiteral("a1"), Status::Assigned, m_deptA);
    const Question none1 = add(QStringLiteral("none1"));
    const Question b1 = add(QStringLiteral("b1"), Status::Assigned, m_deptB);
    const Question a2 = add(QStringLiteral("a2"), Status::Assigned, m_deptA);
    const Question none2 = add(QStringLiteral("none2"));
    const Question b2 = add(QStringLiteral("b2"), Status::Drafting, m_deptB);
    const QStringList ascending = {none1.title, none2.title, b1.title, b2.title, a1.title, a2.title};
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    for (const bool desc : {false, true}) {
        QuestionQuery query = everything();
        query.sort = QuestionQuery::Sort::Department;
        query.descending = desc;
        QCOMPARE(titles(query), desc ? descending : ascending);
        // Every page size and start, so pages cross from one part to the other and start past the first part.
        for (int limit = 1; limit <= 4; ++limit) {
            query.limit = limit;
            for (int offset = 0; offset <= 7; ++offset) {
                query.offset = offset;
                QCOMPARE(titles(query), (desc ? descending : ascending).mid(offset, limit));
            }
        }
        query.limit = 100;
        query.offset = 0;
        query.statuses = {Status::Received, Status::Drafting};
        QCOMPARE(titles(query), desc ? (QStringList{b2.title, none2.title, none1.title})
                                     : (QStringList{none1.title, none2.title, b2.title}));
    }
}

void TestQuestionRepository::receivedRange()
{
    for (int i = 0; i < 10; ++i)
        add(QStringLiteral("q%1").arg(i), Status::Received, std::nullopt, i);
    QuestionQuery query = everything();
    query.descending = false;
    query.receivedFrom = base.addSecs(60 * 3);
    query.receivedBefore = base.addSecs(60 * 6);
    QCOMPARE(titles(query), (QStringList{QStringLiteral("q3"), QStringLiteral("q4"), QStringLiteral("q5")}));
    QCOMPARE(repo().count(query).value(), 3);
}


// SQLite keeps a list's statements prepared on the connection (storage/KeptStatements.h). Each filter, scope and sort
// in turn, the same statement text with other values among them, must list its own rows, twice over (the second time
// nothing is prepared again), and a question written since is listed by the kept statements.
void TestQuestionRepository::keptStatementsListOnlyTheirOwnQuery()
{
    add(QStringLiteral("A received"), Status::Received, m_deptA, 1);
    add(QStringLiteral("A assigned"), Status::Assigned, m_deptA, 2);
    add(QStringLiteral("B assigned"), Status::Assigned, m_deptB, 3);
    add(QStringLiteral("B drafting"), Status::Drafting, m_deptB, 4);
    Question published = add(QStringLiteral("B published"), Status::Published, m_deptB, 5);
    published.publishedRevisionId = 1;
    QVERIFY(repo().update(published, base).ok());

    struct Step {
        std::function<void(QuestionQuery&)> change;
        QStringList titles;
    };
    const QList<Step> steps = {
        {[](QuestionQuery& q) { q.statuses = {Status::Assigned}; }, {QStringLiteral("B assigned"), QStringLiteral("A assigned")}},
        {[](QuestionQuery& q) { q.statuses = {Status::Drafting}; }, {QStringLiteral("B drafting")}},
        {[](QuestionQuery& q) { q.statuses = {Status::Received, Status::Assigned}; },
         {QStringLiteral("B assigned"), QStringLiteral("A assigned"), QStringLiteral("A received")}},
        {[&](QuestionQuery& q) { q.departmentId = m_deptA; }, {QStringLiteral("A assigned"), QStringLiteral("A received")}},
        {[&](QuestionQuery& q) { q.departmentId = m_deptB; },
         {QStringLiteral("B published"), QStringLiteral("B drafting"), QStringLiteral("B assigned")}},
        {[&](QuestionQuery& q) { q.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_deptA}; },
         {QStringLiteral("B published"), QStringLiteral("A assigned"), QStringLiteral("A received")}},
        {[&](QuestionQuery& q) { q.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_deptB}; },
         {QStringLiteral("B published"), QStringLiteral("B drafting"), QStringLiteral("B assigned")}},
        {[](QuestionQuery& q) { q.scope = {VisibilityScope::Kind::PublicOnly, std::nullopt}; }, {QStringLiteral("B published")}},
        {[](QuestionQuery& q) { q.sort = QuestionQuery::Sort::Title; q.descending = false; },
         {QStringLiteral("A assigned"), QStringLiteral("A received"), QStringLiteral("B assigned"), QStringLiteral("B drafting"),
          QStringLiteral("B published")}},
        {[](QuestionQuery& q) { q.sort = QuestionQuery::Sort::Title; q.offset = 2; },
         {QStringLiteral("B assigned"), QStringLiteral("A received"), QStringLiteral("A assigned")}},
        {[](QuestionQuery& q) { q.sort = QuestionQuery::Sort::Status; q.descending = false; q.statuses = {Status::Assigned, Status::Published}; },
         {QStringLiteral("A assigned"), QStringLiteral("B assigned"), QStringLiteral("B published")}},
    };
    qint64 prepared = 0;
    for (int round = 0; round < 2; ++round) {
        if (round == 1)
            prepared = kept_statements::preparedSoFar();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QuestionQuery query = everything();
            steps.at(i).change(query);
            QCOMPARE(titles(query), steps.at(i).titles);
        }
    }
    if (!m_backend.isPostgres())
        QCOMPARE(kept_statements::preparedSoFar(), prepared);
    add(QStringLiteral("A assigned later"), Status::Assigned, m_deptA, 6);
    QuestionQuery query = everything();
    steps.first().change(query);
    QCOMPARE(titles(query), QStringList{QStringLiteral("A assigned later")} + steps.first().titles);
}

QTEST_GUILESS_MAIN(TestQuestionRepository)
#include "tst_questionrepository.moc"
