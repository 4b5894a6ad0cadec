// A clerk's and a supervisor's lists on PostgreSQL (desk_questions, postgres/7-grants.sql): their department's
// questions in full and every other published question in its public version, read through desk_public_rows so that
// a page walks indexes. The lists must be exactly those of the layer-2 view (a security_barrier join of questions and
// public_questions, kept below as the oracle) in every sort, and never show another department's unpublished
// question or an asker's details.

#include "DeskLogins.h"
#include "support/TestDatabase.h"
#include "storage/GuardedWrites.h"
#include "storage/PostgresSecurity.h"
#include "storage/QuestionRepository.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

namespace {

// desk_questions as layer 2 made it: the oracle of what a desk's list shows.
const char* const layer2View =
    "CREATE VIEW desk_questions WITH (security_barrier) AS"
    " SELECT q.id, q.ref, q.ref_year, q.ref_seq, q.channel, q.received_at,"
    " CASE WHEN v.full THEN q.title ELSE p.title END AS title, CASE WHEN v.full THEN q.body ELSE p.question END AS body,"
    " CASE WHEN v.full THEN q.asker_name ELSE '' END AS asker_name, q.asker_locality,"
    " CASE WHEN v.full THEN q.asker_phone ELSE '' END AS asker_phone,"
    " CASE WHEN v.full THEN q.asker_email ELSE '' END AS asker_email,"
    " CASE WHEN v.full THEN q.asker_address ELSE '' END AS asker_address,"
    " CASE WHEN v.full THEN q.asker_id_number ELSE '' END AS asker_id_number, q.category_id, q.department_id,"
    " CASE WHEN v.full THEN q.assigned_clerk_id END AS assigned_clerk_id, q.status, q.due_date, q.duplicate_of_id,"
    " CASE WHEN v.full THEN q.rejection_reason ELSE '' END AS rejection_reason, q.published_revision_id, q.published_at,"
    " CASE WHEN v.full THEN q.external_id END AS external_id, q.created_at, q.updated_at, q.version"
    " FROM questions q CROSS JOIN LATERAL (SELECT (SELECT danhoi_owns(session_user)) OR (SELECT danhoi_sees_all())"
    " OR q.department_id = (SELECT danhoi_staff_department()) AS full) v"
    " LEFT JOIN public_questions p ON p.question_id = q.id WHERE v.full OR q.published_revision_id IS NOT NULL";

// Everything a list row shows, as one line.
QString shown(const Question& q)
{
    return QStringList{QString::number(q.id), q.ref, q.title, q.body, q.asker.name, q.asker.locality, q.asker.phone,
                       q.asker.email, q.asker.address, q.asker.idNumber, q.departmentCode,
                       QString::number(q.assignedClerkId.value_or(0)), statusName(q.status),
                       q.dueDate ? q.dueDate->toString(Qt::ISODate) : QString(), q.rejectionReason, q.externalId,
                       QString::number(q.publishedRevisionId.value_or(0)), QString::number(q.version)}
        .join(u'|');
}

} // namespace

class TestDeskLists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsEqualTheLayer2ViewInEverySort_data();
    void listsEqualTheLayer2ViewInEverySort();
    void listsHoldWhatTheDeskReadsInTheirOrder();
    void aClerkNeverReadsAnotherDepartmentsUnpublishedRowOrAsker();
    void publicRowsFollowTheirQuestionWhoeverChangesIt();
    void publicTextsAreRewrittenTogetherOrNotAtAll();
    void draftsAndReturnedCountEqualTheirLists();
    void upgradeFromLayer2FillsThePublicRows();

private:
    QSqlDatabase desk(const QString& username) { return m_logins.desk(username); }
    QVariant ownerValue(const QString& sql);
    // Every page of `query` as `username`, 7 rows a page, and the count.
    QStringList pages(const QString& username, QuestionQuery query);

    BackendUnderTest m_backend;
    QSqlDatabase m_owner;
    DeskLogins m_logins{m_backend};
    Id m_law = 0;
    Id m_building = 0;
    Id m_clerkUser = 0;
};

void TestDeskLists::initTestCase()
{
    QVERIFY2(BackendUnderTest::isPostgres(), "runs on PostgreSQL only (registered with the pg_cluster fixture)");
    QVERIFY(m_backend.create());
    m_owner = m_backend.db->connection().value();
    QVERIFY(m_logins.addTwoDepartments(m_owner, m_law, m_building));
    m_clerkUser = ownerValue(QStringLiteral("SELECT id FROM users WHERE username = 'clerk.tp'")).toLongLong();
    // 60 questions over both departments and none, as the owner writes them (dev generate): titles, localities,
    // dates and due dates with ties, every status, two in three published with a public text of their own.
    const QStringList titles = {QStringLiteral("Hộ tịch"), QStringLiteral("Đất đai"), QStringLiteral("Xây dựng"),
                                QStringLiteral("Cấp phép"), QStringLiteral("hộ khẩu"), QStringLiteral("Ân hạn")};
    const QStringList statuses = {QStringLiteral("received"), QStringLiteral("assigned"), QStringLiteral("drafting"),
                                  QStringLiteral("approved"), QStringLiteral("published")};
    for (int i = 1; i <= 60; ++i) {
        const QString department = i % 5 == 0 ? QStringLiteral("NULL") : QString::number(i % 2 ? m_law : m_building);
        const bool published = i % 3 != 0 && i % 5 != 0;
        // A published question stays so while its answer is redrafted, and on through a transfer and a new routing.
        const QString status = published ? (i % 8 == 4 ? QStringLiteral("drafting")
                                                        : (i % 8 == 0 ? QStringLiteral("assigned") : QStringLiteral("published")))
                                         : statuses.at(i % 4);
        exec(m_owner, QStringLiteral(
            "INSERT INTO questions (id, ref, ref_year, ref_seq, channel, received_at, title, body, asker_name,"
            " asker_locality, asker_phone, asker_email, asker_address, asker_id_number, department_id,"
            " assigned_clerk_id, status, due_date, rejection_reason, external_id, created_at, updated_at)"
            " OVERRIDING SYSTEM VALUE VALUES (%1, 'HD-%2-%3', %2, %1, 'portal', %4, '%5 %6', 'Câu hỏi %1', 'Người hỏi %1',"
            " '%7', '0912%1', 'nguoi%1@example.vn', 'Số %1 đường Lê Lợi', '0380%1', %8, %9, '%10', %11, '', 'ext-%1', 0, 0)")
                         .arg(i).arg(2020 + i % 3).arg(i, 6, 10, QLatin1Char('0'))
                         .arg(qint64(i % 7) * 86'400'000)
                         .arg(titles.at(i % titles.size())).arg(i % 4)
                         .arg(i % 6 ? QStringLiteral("Vinh") : QStringLiteral("Cửa Lò"))
                         .arg(department)
                         .arg(i % 2 ? QString::number(m_clerkUser) : QStringLiteral("NULL"))
                         .arg(status)
                         .arg(i % 4 ? QStringLiteral("'2026-12-%1'").arg(10 + i % 9) : QStringLiteral("NULL")));
        if (!published)
            continue;
        exec(m_owner, QStringLiteral("INSERT INTO answer_revisions (id, question_id, number, body, author_id, created_at,"
                                     " state) OVERRIDING SYSTEM VALUE VALUES (%1, %1, 1, 'Trả lời %1', %2, 0, 'approved')")
                          .arg(i).arg(m_clerkUser));
        exec(m_owner, QStringLiteral("INSERT INTO public_questions (question_id, revision_id, ref, title, question,"
                                     " asker_line, answer, received_at, published_at)"
                                     " SELECT id, id, ref, 'Công khai ' || title, 'Câu hỏi công khai ' || id, 'Ông N.',"
                                     " 'Trả lời ' || id, received_at, 0 FROM questions WHERE id = %1").arg(i));
        exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = %1, published_at = 0 WHERE id = %1").arg(i));
    }
    exec(m_owner, QStringLiteral("SELECT setval(pg_get_serial_sequence('questions', 'id'), 1000)"));
    exec(m_owner, QStringLiteral("SELECT setval(pg_get_serial_sequence('answer_revisions', 'id'), 1000)"));
}

void TestDeskLists::cleanupTestCase()
{
    m_owner = {};
    m_logins.clear();
    m_backend.drop();
}

QVariant TestDeskLists::ownerValue(const QString& sql)
{
    QSqlQuery q(m_owner);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList TestDeskLists::pages(const QString& username, QuestionQuery query)
{
    QStringList out;
    QuestionRepository questions(desk(username));
    query.limit = 7;
    for (query.offset = 0;; query.offset += query.limit) {
        auto page = questions.list(query);
        if (!page) {
            out.append(page.error().message);
            break;
        }
        for (const Question& q : page.value())
            out.append(shown(q));
        if (page->size() < query.limit)
            break;
    }
    auto counted = questions.count(query);
    out.append(counted ? QString::number(counted.value()) : counted.error().message);
    return out;
}

void TestDeskLists::listsEqualTheLayer2ViewInEverySort_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<int>("filter");
    using Sort = QuestionQuery::Sort;
    const QList<std::pair<const char*, Sort>> sorts = {{"received", Sort::Received}, {"reference", Sort::Reference},
                                                       {"title", Sort::Title},       {"locality", Sort::Locality},
                                                       {"department", Sort::Department}, {"status", Sort::Status},
                                                       {"due", Sort::Due}};
    const QStringList filters = {QStringLiteral("all"), QStringLiteral("status"), QStringLiteral("quick"),
                                 QStringLiteral("clerk")};
    for (const char* user : {"clerk.tp", "sup.xd"})
        for (const auto& [name, sort] : sorts)
            for (bool descending : {true, false})
                for (int filter = 0; filter < filters.size(); ++filter)
                    QTest::addRow("%s %s %s %s", user, name, descending ? "desc" : "asc", qPrintable(filters.at(filter)))
                        << QString::fromLatin1(user) << int(sort) << descending << filter;
}

void TestDeskLists::listsEqualTheLayer2ViewInEverySort()
{
    QFETCH(QString, user);
    QFETCH(int, sort);
    QFETCH(bool, descending);
    QFETCH(int, filter);
    const Id department = user == QLatin1String("clerk.tp") ? m_law : m_building;
    QuestionQuery query;
    query.scope = {VisibilityScope::Kind::DepartmentAndPublic, department};
    query.sort = QuestionQuery::Sort(sort);
    query.descending = descending;
    if (filter == 1)
        query.statuses = {Status::Published, Status::Drafting};
    else if (filter == 2)
        query.quickFilter = QStringLiteral("Công khai h"); // a public title only
    else if (filter == 3)
        query.assignedClerkId = m_clerkUser; // never another department's rows: their clerk is not shown
    const QStringList now = pages(user, query);
    QVERIFY(now.size() > 1 || filter >= 2); // TP's clerk has no rows in XD

    exec(m_owner, QStringLiteral("ALTER VIEW desk_questions RENAME TO desk_questions_now"));
    exec(m_owner, QString::fromLatin1(layer2View));
    exec(m_owner, QStringLiteral("GRANT SELECT ON desk_questions TO %1_desk").arg(PostgresSecurity::rolePrefix(m_backend.name)));
    const auto restore = qScopeGuard([&] {
        exec(m_owner, QStringLiteral("DROP VIEW desk_questions"));
        exec(m_owner, QStringLiteral("ALTER VIEW desk_questions_now RENAME TO desk_questions"));
    });
    QCOMPARE(now, pages(user, query));
}

// Each page of a clerk's or supervisor's list, read in parts (QuestionRepository::partsOf), against the rows of
// desk_questions itself (what the desk may read, whole), filtered and sorted by the server: every sort, both
// directions, by status (including published questions back in "assigned" or "drafting") and by department.
void TestDeskLists::listsHoldWhatTheDeskReadsInTheirOrder()
{
    using Sort = QuestionQuery::Sort;
    const QList<std::pair<Sort, QString>> sorts = {
        {Sort::Received, QStringLiteral("q.received_at %1")}, {Sort::Reference, QStringLiteral("q.ref_year %1, q.ref_seq %1")},
        {Sort::Title, QStringLiteral("q.title %1")},          {Sort::Locality, QStringLiteral("q.asker_locality %1")},
        {Sort::Status, QStringLiteral("q.status %1, q.received_at %1")}, {Sort::Due, QStringLiteral("q.due_date %1")},
        // Questions with no department first going up, last going down (QuestionRepository::idsByDepartment).
        {Sort::Department, QStringLiteral("d.code %1 NULLS %2")}};
    struct Filter {
        const char* name;
        QList<Status> statuses;
        bool otherDepartment;
    };
    const QList<Filter> filters = {{"all", {}, false},
                                   {"received or assigned", {Status::Received, Status::Assigned}, false},
                                   {"drafting", {Status::Drafting}, false},
                                   {"the other department's", {}, true}};
    int otherPublishedAssigned = 0;
    for (const QString user : {QStringLiteral("clerk.tp"), QStringLiteral("sup.xd")}) {
        const Id department = user == QLatin1String("clerk.tp") ? m_law : m_building;
        const Id other = department == m_law ? m_building : m_law;
        QuestionRepository questions(desk(user));
        for (const auto& [sort, order] : sorts)
            for (bool descending : {false, true})
                for (const Filter& filter : filters) {
                    QuestionQuery query;
                    query.scope = {VisibilityScope::Kind::DepartmentAndPublic, department};
                    query.sort = sort;
                    query.descending = descending;
                    query.statuses = filter.statuses;
                    if (filter.otherDepartment)
                        query.departmentId = other;
                    query.limit = 7;
                    QList<Id> listed;
                    for (query.offset = 0;; query.offset += query.limit) {
                        const auto page = questions.list(query);
                        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
                        for (const Question& q : page.value())
                            listed.append(q.id);
                        if (page->size() < query.limit)
                            break;
                    }
                    QStringList conditions = {QStringLiteral("TRUE")};
                    QStringList names;
                    for (Status status : filter.statuses)
                        names.append(QStringLiteral("'%1'").arg(statusName(status)));
                    if (!names.isEmpty())
                        conditions.append(QStringLiteral("q.status IN (%1)").arg(names.join(u',')));
                    if (filter.otherDepartment)
                        conditions.append(QStringLiteral("q.department_id = %1").arg(other));
                    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
                    QSqlQuery read(desk(user));
                    QVERIFY2(read.exec(QStringLiteral("SELECT q.id, q.status, q.department_id FROM desk_questions q"
                                                      " LEFT JOIN departments d ON d.id = q.department_id WHERE %1"
                                                      " ORDER BY %2, q.id %3")
                                           .arg(conditions.join(QStringLiteral(" AND ")),
                                                order.arg(direction, descending ? QStringLiteral("LAST") : QStringLiteral("FIRST")),
                                                direction)),
                             qPrintable(read.lastError().text()));
                    QList<Id> readable;
                    while (read.next()) {
                        readable.append(read.value(0).toLongLong());
                        otherPublishedAssigned += read.value(1).toString() == QLatin1String("assigned")
                            && read.value(2).toLongLong() == other;
                    }
                    const QString what = QStringLiteral("%1, sort %2 %3, %4").arg(user).arg(int(sort)).arg(direction,
                                                                                              QLatin1String(filter.name));
                    QVERIFY2(!readable.isEmpty(), qPrintable(what));
                    QVERIFY2(listed == readable, qPrintable(what));
                    const auto counted = questions.count(query);
                    QVERIFY2(counted.ok() && counted.value() == readable.size(), qPrintable(what));
                }
    }
    QVERIFY(otherPublishedAssigned > 0); // the case a list by status must not lose
}

void TestDeskLists::aClerkNeverReadsAnotherDepartmentsUnpublishedRowOrAsker()
{
    QSqlQuery q(desk(QStringLiteral("clerk.tp")));
    const QString others = QStringLiteral("department_id IS DISTINCT FROM %1").arg(m_law);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE published_revision_id IS NULL"
                                  " OR asker_name || asker_phone || asker_email || asker_address || asker_id_number"
                                  " || rejection_reason <> '' OR assigned_clerk_id IS NOT NULL OR external_id IS NOT NULL"
                                  " OR title NOT LIKE 'Công khai %') FROM desk_questions WHERE %1").arg(others)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), ownerValue(QStringLiteral("SELECT count(*) FROM questions WHERE %1"
                                                                " AND published_revision_id IS NOT NULL").arg(others)).toLongLong());
    QCOMPARE(q.value(1).toLongLong(), 0);
    // Its own department: every row, in full, once.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), count(*) FILTER (WHERE asker_name = '')"
                                  " FROM desk_questions WHERE department_id = %1").arg(m_law)));
    QVERIFY(q.next());
    const qint64 own = ownerValue(QStringLiteral("SELECT count(*) FROM questions WHERE department_id = %1").arg(m_law)).toLongLong();
    QCOMPARE(q.value(0).toLongLong(), own);
    QCOMPARE(q.value(1).toLongLong(), own);
    QCOMPARE(q.value(2).toLongLong(), 0);
    // desk_public_rows holds published questions only.
    QVERIFY(q.exec(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM desk_public_rows r"
                                  " WHERE NOT EXISTS (SELECT 1 FROM public_questions p WHERE p.question_id = r.id)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString());
    // No desk writes it, not even a coordinator.
    for (const QString& write : {QStringLiteral("DELETE FROM desk_public_rows"), QStringLiteral("UPDATE desk_public_rows SET title = 'x'"),
                                 QStringLiteral("INSERT INTO desk_public_rows SELECT * FROM desk_public_rows")}) {
        QVERIFY2(!QSqlQuery(desk(QStringLiteral("clerk.tp"))).exec(write), qPrintable(write));
        QVERIFY2(!QSqlQuery(desk(QStringLiteral("coord"))).exec(write), qPrintable(write));
    }
    // A coordinator and the owner read every question once, in full.
    const qint64 all = ownerValue(QStringLiteral("SELECT count(*) FROM questions")).toLongLong();
    QSqlQuery coordinator(desk(QStringLiteral("coord")));
    QVERIFY(coordinator.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE asker_name = '') FROM desk_questions")));
    QVERIFY(coordinator.next());
    QCOMPARE(coordinator.value(0).toLongLong(), all);
    QCOMPARE(coordinator.value(1).toLongLong(), 0);
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM desk_questions")).toLongLong(), all);
}

void TestDeskLists::publicRowsFollowTheirQuestionWhoeverChangesIt()
{
    const Id own = ownerValue(QStringLiteral("SELECT min(id) FROM questions WHERE department_id = %1"
                                             " AND published_revision_id IS NOT NULL").arg(m_law)).toLongLong();
    QVERIFY(own > 0);
    auto seenBySupervisor = [&](const QString& column) {
        QSqlQuery q(desk(QStringLiteral("sup.xd")));
        if (!q.exec(QStringLiteral("SELECT %1 FROM desk_questions WHERE id = %2").arg(column).arg(own)) || !q.next())
            return QVariant();
        return q.value(0);
    };
    // The clerk of its department edits it: the other department's list shows the new locality at once.
    exec(desk(QStringLiteral("clerk.tp")),
         QStringLiteral("UPDATE questions SET asker_locality = 'Nghi Lộc', version = version + 1 WHERE id = %1").arg(own));
    QCOMPARE(seenBySupervisor(QStringLiteral("asker_locality")).toString(), QStringLiteral("Nghi Lộc"));
    QCOMPARE(seenBySupervisor(QStringLiteral("asker_name")).toString(), QString());
    // Its public text is rewritten (danhoi_public_text), then it is unpublished by the owner.
    exec(desk(QStringLiteral("coord")),
         QStringLiteral("SELECT danhoi_public_text(%1, '{\"title\": \"Tiêu đề mới\", \"answer\": \"Trả lời\"}')").arg(own));
    QCOMPARE(seenBySupervisor(QStringLiteral("title")).toString(), QStringLiteral("Tiêu đề mới"));
    exec(m_owner, QStringLiteral("DELETE FROM public_questions WHERE question_id = %1").arg(own));
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = NULL, published_at = NULL WHERE id = %1").arg(own));
    QVERIFY(!seenBySupervisor(QStringLiteral("id")).isValid());
    exec(m_owner, QStringLiteral("INSERT INTO public_questions (question_id, revision_id, ref, title, question, answer,"
                                 " received_at, published_at) SELECT id, id, ref, 'Công khai lại', '', 'Trả lời', 0, 0"
                                 " FROM questions WHERE id = %1").arg(own));
    exec(m_owner, QStringLiteral("UPDATE questions SET published_revision_id = %1, published_at = 0 WHERE id = %1").arg(own));
    QCOMPARE(seenBySupervisor(QStringLiteral("title")).toString(), QStringLiteral("Công khai lại"));
}

// PublicText::rewriteKept's writes (an asker line or allowlist changed): one statement for many questions, refused
// whole when one of them is not the writer's to rewrite.
void TestDeskLists::publicTextsAreRewrittenTogetherOrNotAtAll()
{
    QList<Id> own, theirs;
    QSqlQuery ids(m_owner);
    QVERIFY(ids.exec(QStringLiteral("SELECT id, department_id FROM questions WHERE published_revision_id IS NOT NULL"
                                    " AND department_id IS NOT NULL ORDER BY id")));
    while (ids.next())
        (ids.value(1).toLongLong() == m_law ? own : theirs).append(ids.value(0).toLongLong());
    QVERIFY(own.size() >= 3 && !theirs.isEmpty());
    auto versions = [](const QList<Id>& of, const QString& title) {
        QList<std::pair<Id, PublicVersion>> out;
        for (Id id : of)
            out.append({id, {QStringLiteral("%1 %2").arg(title).arg(id), QStringLiteral("Hỏi"), QStringLiteral("Bà H."),
                             QStringLiteral("Đáp")}});
        return out;
    };
    auto titles = [&](const QList<Id>& of) {
        QStringList out;
        for (Id id : of)
            out.append(ownerValue(QStringLiteral("SELECT p.title || '/' || r.title FROM public_questions p"
                                                 " JOIN desk_public_rows r ON r.id = p.question_id WHERE p.question_id = %1")
                                      .arg(id))
                           .toString());
        return out;
    };
    const QStringList before = titles(own);
    // As PublicText::rewriteKept: inside the writer's transaction (the calls run in savepoints).
    auto rewrite = [&](const QString& user, const QList<std::pair<Id, PublicVersion>>& texts) {
        QSqlDatabase db = desk(user);
        db.transaction();
        auto done = GuardedWrites::of(db)->rewritePublicVersions(texts);
        if (done)
            db.commit();
        else
            db.rollback();
        return done;
    };
    // The clerk may not rewrite another department's question: nothing of the call is written.
    auto refused = rewrite(QStringLiteral("clerk.tp"), versions(own + theirs.mid(0, 1), QStringLiteral("Sai")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().kind == ErrorKind::Forbidden, qPrintable(refused.error().message));
    QCOMPARE(titles(own), before);
    const QList<std::pair<Id, PublicVersion>> untitled = {
        {own.first(), {QStringLiteral(" "), QStringLiteral("Hỏi"), QString(), QStringLiteral("Đáp")}}};
    auto empty = rewrite(QStringLiteral("clerk.tp"), untitled);
    QVERIFY(!empty.ok());
    QVERIFY2(empty.error().kind == ErrorKind::Invalid, qPrintable(empty.error().message));
    // Their own, together: public_questions and the rows other departments list both follow.
    QVERIFY(rewrite(QStringLiteral("clerk.tp"), versions(own, QStringLiteral("Mới"))).ok());
    for (qsizetype i = 0; i < own.size(); ++i)
        QCOMPARE(titles(own).at(i), QStringLiteral("Mới %1/Mới %1").arg(own.at(i)));
    QVERIFY(rewrite(QStringLiteral("coord"), versions(theirs, QStringLiteral("Điều phối"))).ok());
    QCOMPARE(titles(theirs.mid(0, 1)), QStringList{QStringLiteral("Điều phối %1/Điều phối %1").arg(theirs.first())});
}

// A desk's "Drafts" and "Returned to me" (Queues: drafting questions whose latest revision the user wrote, a draft or
// returned): the badge's count is its list, and both hold exactly the questions whose revisions the desk may read —
// never one of another department, not even with the desk's own revision on it.
void TestDeskLists::draftsAndReturnedCountEqualTheirLists()
{
    const Id supervisor = ownerValue(QStringLiteral("SELECT id FROM users WHERE username = 'sup.xd'")).toLongLong();
    // The fixture's drafting questions are all XD's or unrouted: some of TP's, published or not, are drafted too.
    QList<std::pair<Id, QString>> statuses;
    QSqlQuery law(m_owner);
    QVERIFY(law.exec(QStringLiteral("SELECT id, status FROM questions WHERE department_id = %1"
                                    " AND status IN ('assigned', 'published') AND id < 40").arg(m_law)));
    while (law.next())
        statuses.append({law.value(0).toLongLong(), law.value(1).toString()});
    QVERIFY(statuses.size() >= 4);
    const auto restored = qScopeGuard([&] {
        exec(m_owner, QStringLiteral("DELETE FROM answer_revisions WHERE id >= 2000"));
        for (const auto& [id, status] : std::as_const(statuses))
            exec(m_owner, QStringLiteral("UPDATE questions SET status = '%1' WHERE id = %2").arg(status).arg(id));
    });
    for (const auto& [id, status] : std::as_const(statuses))
        exec(m_owner, QStringLiteral("UPDATE questions SET status = 'drafting' WHERE id = %1").arg(id));
    // Each drafting question gets a latest revision by the clerk or the supervisor, a draft or returned, in turn within
    // its department; one in two over an older one of the other user in the other state (which must not count).
    QSqlQuery ids(m_owner);
    QVERIFY(ids.exec(QStringLiteral("SELECT id, COALESCE(department_id, 0) FROM questions WHERE status = 'drafting'"
                                    " ORDER BY id")));
    QList<std::pair<Id, int>> drafting; // with its turn in its department
    QHash<Id, int> turns;
    while (ids.next())
        drafting.append({ids.value(0).toLongLong(), turns[ids.value(1).toLongLong()]++});
    Id revision = 2000;
    for (const auto& [question, k] : std::as_const(drafting)) {
        const bool byClerk = k % 3 != 2;
        const bool draft = k % 2 == 0;
        auto add = [&](int number, bool clerk, bool asDraft) {
            exec(m_owner, QStringLiteral("INSERT INTO answer_revisions (id, question_id, number, body, author_id,"
                                         " created_at, state) OVERRIDING SYSTEM VALUE VALUES (%1, %2, %3, 'Dự thảo', %4, 0, '%5')")
                              .arg(revision++).arg(question).arg(number)
                              .arg(clerk ? m_clerkUser : supervisor)
                              .arg(asDraft ? QStringLiteral("draft") : QStringLiteral("returned")));
        };
        if (k % 4 < 2)
            add(10, !byClerk, !draft);
        add(11, byClerk, draft);
    }
    struct Desk {
        QString user;
        Id id;
        VisibilityScope scope;
        QString reads; // the questions whose revisions the desk reads
    };
    const QList<Desk> desks = {
        {QStringLiteral("clerk.tp"), m_clerkUser, {VisibilityScope::Kind::DepartmentAndPublic, m_law},
         QStringLiteral("q.department_id = %1").arg(m_law)},
        {QStringLiteral("sup.xd"), supervisor, {VisibilityScope::Kind::DepartmentAndPublic, m_building},
         QStringLiteral("q.department_id = %1").arg(m_building)},
        {QStringLiteral("coord"), m_clerkUser, {VisibilityScope::Kind::Everything, std::nullopt}, QStringLiteral("true")},
        {QStringLiteral("coord"), supervisor, {VisibilityScope::Kind::Everything, std::nullopt}, QStringLiteral("true")}};
    int hidden = 0;
    for (const Desk& d : desks) {
        // The revisions the desk reads (the policy on answer_revisions): those of the questions it reads in full.
        QSqlQuery read(desk(d.user));
        QVERIFY(read.exec(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM answer_revisions")) && read.next());
        QCOMPARE(read.value(0).toString(),
                 ownerValue(QStringLiteral("SELECT string_agg(r.id::text, ',' ORDER BY r.id) FROM answer_revisions r"
                                           " JOIN questions q ON q.id = r.question_id WHERE %1").arg(d.reads)).toString());
        for (const RevisionState state : {RevisionState::Draft, RevisionState::Returned}) {
            const QString latest = QStringLiteral("(SELECT r.author_id = %1 AND r.state = '%2' FROM answer_revisions r"
                                                  " WHERE r.question_id = q.id ORDER BY r.number DESC LIMIT 1)")
                                       .arg(d.id)
                                       .arg(revisionStateName(state));
            const QString expected = ownerValue(QStringLiteral("SELECT string_agg(q.id::text, ',' ORDER BY q.id) FROM questions q"
                                                               " WHERE q.status = 'drafting' AND %1 AND %2")
                                                    .arg(latest, d.reads)).toString();
            hidden += ownerValue(QStringLiteral("SELECT count(*) FROM questions q WHERE q.status = 'drafting' AND %1"
                                                " AND NOT (%2)").arg(latest, d.reads)).toInt();
            QVERIFY2(!expected.isEmpty(), qPrintable(d.user));
            QuestionQuery query;
            query.scope = d.scope;
            query.statuses = {Status::Drafting};
            query.lastRevisionAuthorId = d.id;
            query.lastRevisionState = state;
            QStringList listed = pages(d.user, query);
            const QString counted = listed.takeLast();
            QList<Id> listedIds;
            for (const QString& row : std::as_const(listed))
                listedIds.append(row.section(u'|', 0, 0).toLongLong());
            std::sort(listedIds.begin(), listedIds.end());
            QStringList shownIds;
            for (Id id : std::as_const(listedIds))
                shownIds.append(QString::number(id));
            const QString context = d.user + QLatin1Char(' ') + revisionStateName(state);
            QVERIFY2(shownIds.join(u',') == expected, qPrintable(context + QStringLiteral(": ") + shownIds.join(u',')
                                                                  + QStringLiteral(" against ") + expected));
            QVERIFY2(counted == QString::number(listed.size()), qPrintable(context + QStringLiteral(": ") + counted));
        }
    }
    QVERIFY(hidden > 0); // each department's desk has the other's drafting questions with its own revisions on them
}

// A database whose layer had no desk_public_rows (layer 2): db upgrade makes and fills it.
void TestDeskLists::upgradeFromLayer2FillsThePublicRows()
{
    QuestionQuery query;
    query.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_building};
    query.sort = QuestionQuery::Sort::Title;
    const QStringList before = pages(QStringLiteral("sup.xd"), query);
    exec(m_owner, QStringLiteral("DROP VIEW desk_questions"));
    exec(m_owner, QStringLiteral("DROP VIEW desk_public_questions"));
    exec(m_owner, QStringLiteral("DROP TABLE desk_public_rows"));
    exec(m_owner, QStringLiteral("DROP FUNCTION danhoi_desk_public_rows_follow() CASCADE"));
    exec(m_owner, QStringLiteral("DROP FUNCTION danhoi_desk_public_row(bigint)"));
    exec(m_owner, QString::fromLatin1(layer2View));
    exec(m_owner, QStringLiteral("CREATE OR REPLACE FUNCTION danhoi_layer_version() RETURNS integer LANGUAGE sql AS 'SELECT 2'"));
    m_logins.clear();
    QVERIFY(!PostgresSecurity::requireCurrentLayer(desk(QStringLiteral("sup.xd"))).ok()); // a desk refuses it
    m_logins.clear();
    QVERIFY(m_backend.upgrade());
    QCOMPARE(ownerValue(QStringLiteral("SELECT danhoi_layer_version()")).toInt(), PostgresSecurity::layerVersion);
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM desk_public_rows")).toLongLong(),
             ownerValue(QStringLiteral("SELECT count(*) FROM questions WHERE published_revision_id IS NOT NULL")).toLongLong());
    m_logins.clear();
    QCOMPARE(pages(QStringLiteral("sup.xd"), query), before);
}

QTEST_GUILESS_MAIN(TestDeskLists)
#include "tst_desklists.moc"
