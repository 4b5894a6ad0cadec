// Questions through the services: a whole life, permissions, visibility, audit and tampering, bad inputs,
// due dates in agency time.

#include "ServicesFixture.h"
#include "services/AuditService.h"
#include "services/PublicText.h"
#include "services/PublishService.h"
#include "services/QuestionService.h"
#include "services/SearchService.h"
#include "services/WorkflowService.h"
#include "storage/Migrations.h"

#include <QRegularExpression>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestQuestionLife : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wholeLife();
    void supervisorCannotApproveOwnRevision();
    void permissionsThroughServices();
    void visibilityInListAndFind();
    void publicVersionIsRedacted();
    void listShowsThePortalsText();
    void badInputsChangeNothing();
    void dueDatesInAgencyTime();
    void staleVersionIsAConflict();
    void staleCategoryIsRefusedNamingWhoChangedIt();
    void tamperingIsDetected();

private:
    Question addQuestion(const QString& title);
    Question routed(const QString& title, const QString& department);
    Result<Question> act(const User& who, const Question& q, Action action, ActionInput input = {})
    {
        return WorkflowService(m_agency.contextOf(who), who).perform(q.ref, action, input);
    }
    static ActionInput text(const QString& body)
    {
        ActionInput input;
        input.text = body;
        return input;
    }
    static ActionInput reason(const QString& why)
    {
        ActionInput input;
        input.reason = why;
        return input;
    }
    struct Counts {
        qint64 questions, revisions, events;
        bool operator==(const Counts&) const = default;
    };
    Counts counts()
    {
        return {m_agency.rows(QStringLiteral("questions")), m_agency.rows(QStringLiteral("answer_revisions")),
                m_agency.rows(QStringLiteral("audit_events"))};
    }

    Agency m_agency;
    User m_coordinator, m_clerkA, m_supA, m_supA2, m_clerkB, m_supB;
};

void TestQuestionLife::initTestCase()
{
    QVERIFY(m_agency.open());
    AdminService admin(m_agency.context, m_agency.admin);
    QVERIFY(admin.addDepartment(QStringLiteral("SVH"), QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"), {}).ok());
    QVERIFY(admin.addDepartment(QStringLiteral("SGD"), QStringLiteral("Sở Giáo dục và Đào tạo"), {}).ok());
    QVERIFY(admin.addCategory(QStringLiteral("Lễ hội"), QStringLiteral("SVH"), 3).ok());
    m_coordinator = m_agency.addUser(QStringLiteral("dieuphoi"), Role::Coordinator);
    m_clerkA = m_agency.addUser(QStringLiteral("clerka"), Role::Clerk, QStringLiteral("SVH"), QStringLiteral("Nguyễn Thị Lan"));
    m_supA = m_agency.addUser(QStringLiteral("supa"), Role::Supervisor, QStringLiteral("SVH"), QStringLiteral("Trần Quốc Minh"));
    m_supA2 = m_agency.addUser(QStringLiteral("supa2"), Role::Supervisor, QStringLiteral("SVH"));
    m_clerkB = m_agency.addUser(QStringLiteral("clerkb"), Role::Clerk, QStringLiteral("SGD"));
    m_supB = m_agency.addUser(QStringLiteral("supb"), Role::Supervisor, QStringLiteral("SGD"));
    for (const User* user : {&m_coordinator, &m_clerkA, &m_supA, &m_supA2, &m_clerkB, &m_supB})
        QVERIFY(user->id > 0);
}

Question TestQuestionLife::addQuestion(const QString& title)
{
    NewQuestion input;
    input.title = title;
    input.body = QStringLiteral("Xin hỏi về %1?").arg(title);
    input.channel = Channel::Email;
    input.asker = {QStringLiteral("Nguyễn Văn A"), QStringLiteral("Phường 1"), QStringLiteral("0912 345 678"),
                   QStringLiteral("a@example.vn"), QStringLiteral("12 Lê Lợi"), QStringLiteral("001234567890")};
    auto added = QuestionService(m_agency.contextOf(m_coordinator), m_coordinator).add(input);
    if (!added)
        qWarning("add: %s", qPrintable(added.error().message));
    return added.ok() ? added.value() : Question();
}

Question TestQuestionLife::routed(const QString& title, const QString& department)
{
    ActionInput input;
    input.departmentCode = department;
    auto done = act(m_coordinator, addQuestion(title), Action::Route, input);
    if (!done)
        qWarning("route: %s", qPrintable(done.error().message));
    return done.ok() ? done.value() : Question();
}

void TestQuestionLife::wholeLife()
{
    Question q = addQuestion(QStringLiteral("Lịch lễ hội Đền Hùng"));
    QVERIFY(q.id > 0);
    QVERIFY(q.ref.startsWith(QLatin1String("HD-2025-")));
    QCOMPARE(q.status, Status::Received);
    auto step = [&](const User& who, Action action, ActionInput input, Status expected) {
        auto done = act(who, q, action, input);
        QVERIFY2(done.ok(), qPrintable(actionName(action) + QStringLiteral(": ") + done.error().message));
        QCOMPARE(done->status, expected);
        q = done.value();
    };
    ActionInput route;
    route.departmentCode = QStringLiteral("svh");
    step(m_coordinator, Action::Route, route, Status::Assigned);
    QCOMPARE(q.departmentCode, QStringLiteral("SVH"));
    step(m_clerkA, Action::Draft, text(QStringLiteral("Bản nháp 1")), Status::Drafting);
    step(m_clerkA, Action::Submit, {}, Status::PendingApproval);
    QCOMPARE(act(m_supA, q, Action::Return, {}).error().kind, ErrorKind::Invalid); // a comment is required
    step(m_supA, Action::Return, reason(QStringLiteral("Bổ sung căn cứ pháp lý")), Status::Drafting);
    QCOMPARE(act(m_clerkA, q, Action::Submit, {}).error().kind, ErrorKind::Conflict); // the returned text again
    step(m_clerkA, Action::Draft, text(QStringLiteral("Bản nháp 2")), Status::Drafting);
    step(m_clerkA, Action::Submit, {}, Status::PendingApproval);
    step(m_supA, Action::Approve, {}, Status::Approved);
    step(m_coordinator, Action::Publish, {}, Status::Published);
    QVERIFY(q.publishedRevisionId);
    const Id published = *q.publishedRevisionId;
    // An amendment goes through approval again while the published text stays online.
    step(m_clerkA, Action::Draft, text(QStringLiteral("Bản sửa đổi")), Status::Drafting);
    QCOMPARE(q.publishedRevisionId, std::optional<Id>(published));

    auto details = QuestionService(m_agency.contextOf(m_clerkA), m_clerkA).details(q.ref);
    QVERIFY(details.ok());
    QCOMPARE(details->revisions.size(), 3);
    QCOMPARE(details->revisions.at(0).state, RevisionState::Returned);
    QCOMPARE(details->revisions.at(0).comment, QStringLiteral("Bổ sung căn cứ pháp lý"));
    QCOMPARE(details->revisions.at(1).state, RevisionState::Approved);
    QCOMPARE(details->revisions.at(1).id, published);
    QCOMPARE(details->revisions.at(1).reviewerId, std::optional<Id>(m_supA.id));
    QCOMPARE(details->revisions.at(2).state, RevisionState::Draft);
    // The people are shown by name: the authors, the reviewer and everyone in the history; a login without a
    // display name of its own (the coordinator's is their login) keeps it.
    QCOMPARE(details->names.value(QStringLiteral("clerka")), QStringLiteral("Nguyễn Thị Lan"));
    QCOMPARE(details->names.value(QStringLiteral("supa")), QStringLiteral("Trần Quốc Minh"));
    QCOMPARE(details->names.value(QStringLiteral("dieuphoi")), QStringLiteral("dieuphoi"));
    QCOMPARE(details->names.size(), 3);
    // Someone of another department sees only the published revision.
    auto outside = QuestionService(m_agency.contextOf(m_clerkB), m_clerkB).details(q.ref);
    QVERIFY(outside.ok());
    QCOMPARE(outside->revisions.size(), 1);
    QCOMPARE(outside->revisions.first().body, QStringLiteral("Bản nháp 2"));
    QVERIFY(outside->history.isEmpty());

    // Every transition wrote its event, in order, with who, from and to.
    auto events = AuditService(m_agency.context, m_agency.admin).list(q.id);
    QVERIFY(events.ok());
    QStringList trail;
    for (const AuditEvent& e : events.value())
        trail << QStringLiteral("%1 %2 %3>%4").arg(e.username, e.action, e.fromStatus, e.toStatus);
    const QStringList expected = {
        QStringLiteral("dieuphoi record >received"),
        QStringLiteral("dieuphoi route received>assigned"),
        QStringLiteral("clerka draft assigned>drafting"),
        QStringLiteral("clerka submit drafting>pending_approval"),
        QStringLiteral("supa return pending_approval>drafting"),
        QStringLiteral("clerka draft drafting>drafting"),
        QStringLiteral("clerka submit drafting>pending_approval"),
        QStringLiteral("supa approve pending_approval>approved"),
        QStringLiteral("dieuphoi publish approved>published"),
        QStringLiteral("clerka draft published>drafting"),
    };
    QCOMPARE(trail, expected);
    QVERIFY2(events->at(4).note.contains(QStringLiteral("Bổ sung căn cứ pháp lý")), qPrintable(events->at(4).note));
    auto verdict = AuditService(m_agency.context, m_agency.admin).verify();
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    QCOMPARE(verdict->checked, m_agency.rows(QStringLiteral("audit_events")));
    QCOMPARE(AuditService(m_agency.contextOf(m_clerkA), m_clerkA).verify().error().kind, ErrorKind::Forbidden);
}

void TestQuestionLife::supervisorCannotApproveOwnRevision()
{
    Question q = routed(QStringLiteral("Giờ mở cửa bảo tàng"), QStringLiteral("SVH"));
    QVERIFY(act(m_supA, q, Action::Draft, text(QStringLiteral("Tôi viết"))).ok());
    q = act(m_supA, q, Action::Submit).value();
    const Counts before = counts();
    auto own = act(m_supA, q, Action::Approve);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().kind, ErrorKind::Forbidden);
    QVERIFY(counts() == before);
    QCOMPARE(QuestionService(m_agency.contextOf(m_supA), m_supA).find(q.ref)->status, Status::PendingApproval);
    auto other = act(m_supA2, q, Action::Approve);
    QVERIFY2(other.ok(), qPrintable(other.error().message));
    QCOMPARE(other->status, Status::Approved);
}

void TestQuestionLife::permissionsThroughServices()
{
    const Question open = routed(QStringLiteral("Tuyển sinh lớp 10"), QStringLiteral("SVH"));
    const Counts before = counts();
    // Staff of another department do not even see an unpublished question.
    QCOMPARE(act(m_clerkB, open, Action::Draft, text(QStringLiteral("x"))).error().kind, ErrorKind::NotFound);
    QCOMPARE(act(m_supB, open, Action::TransferRequest, reason(QStringLiteral("y"))).error().kind,
             ErrorKind::NotFound);
    // Roles.
    QCOMPARE(act(m_clerkA, open, Action::Reject, reason(QStringLiteral("spam"))).error().kind, ErrorKind::Forbidden);
    QCOMPARE(act(m_coordinator, open, Action::Draft, text(QStringLiteral("x"))).error().kind, ErrorKind::Forbidden);
    QCOMPARE(act(m_agency.admin, open, Action::Draft, text(QStringLiteral("x"))).error().kind, ErrorKind::Forbidden);
    // State.
    QCOMPARE(act(m_supA, open, Action::Approve).error().kind, ErrorKind::Conflict);
    QCOMPARE(act(m_coordinator, open, Action::Publish).error().kind, ErrorKind::Conflict);
    QVERIFY(counts() == before);

    // A published question of department A is visible to B's staff, but not theirs to amend.
    Question q = routed(QStringLiteral("Vé tham quan"), QStringLiteral("SVH"));
    QVERIFY(act(m_clerkA, q, Action::Draft, text(QStringLiteral("Miễn phí"))).ok());
    QVERIFY(act(m_clerkA, q, Action::Submit).ok());
    QVERIFY(act(m_supA, q, Action::Approve).ok());
    QVERIFY(act(m_coordinator, q, Action::Publish).ok());
    const Counts published = counts();
    QCOMPARE(act(m_clerkB, q, Action::Draft, text(QStringLiteral("x"))).error().kind, ErrorKind::Forbidden);
    QVERIFY(counts() == published);

    // A disabled account is refused at once, even with a User value from before.
    const User temp = m_agency.addUser(QStringLiteral("tamthoi"), Role::Clerk, QStringLiteral("SVH"));
    QVERIFY(m_agency.contextOf(temp).db); // signed in before (on PostgreSQL a disabled login cannot connect anew)
    QVERIFY(AdminService(m_agency.context, m_agency.admin).disableUser(QStringLiteral("tamthoi")).ok());
    const Counts disabled = counts();
    QCOMPARE(act(temp, open, Action::Draft, text(QStringLiteral("x"))).error().kind, ErrorKind::NotFound);
    QVERIFY(counts() == disabled);
}

void TestQuestionLife::visibilityInListAndFind()
{
    const Question ownOpen = routed(QStringLiteral("SVH chưa trả lời"), QStringLiteral("SVH"));
    const Question otherOpen = routed(QStringLiteral("SGD chưa trả lời"), QStringLiteral("SGD"));
    Question otherPublished = routed(QStringLiteral("SGD đã công bố"), QStringLiteral("SGD"));
    QVERIFY(act(m_clerkB, otherPublished, Action::Draft, text(QStringLiteral("Trả lời"))).ok());
    QVERIFY(act(m_clerkB, otherPublished, Action::Submit).ok());
    QVERIFY(act(m_supB, otherPublished, Action::Approve).ok());
    QVERIFY(act(m_coordinator, otherPublished, Action::Publish).ok());
    const Question unrouted = addQuestion(QStringLiteral("Chưa phân công"));

    QuestionService asClerkA(m_agency.contextOf(m_clerkA), m_clerkA);
    QuestionQuery query;
    query.scope = {VisibilityScope::Kind::Everything, std::nullopt}; // ignored: the actor's visibility applies
    query.limit = 1000;
    auto listed = asClerkA.list(query);
    QVERIFY(listed.ok());
    QHash<QString, Question> byRef;
    for (const Question& q : listed.value())
        byRef.insert(q.ref, q);
    QCOMPARE(asClerkA.count(query).value(), qint64(listed->size()));
    QVERIFY(byRef.contains(ownOpen.ref));
    QVERIFY(byRef.contains(otherPublished.ref));
    QVERIFY(!byRef.contains(otherOpen.ref));
    QVERIFY(!byRef.contains(unrouted.ref));
    for (const Question& q : listed.value())
        QVERIFY2(q.departmentCode == QLatin1String("SVH") || q.publishedRevisionId, qPrintable(q.ref));

    const Question own = byRef.value(ownOpen.ref);
    QVERIFY(own.askerVisible);
    QCOMPARE(own.asker.phone, QStringLiteral("0912 345 678"));
    QCOMPARE(own.asker.email, QStringLiteral("a@example.vn"));
    const Question pub = byRef.value(otherPublished.ref);
    QVERIFY(!pub.askerVisible);
    for (const QString& field : {pub.asker.name, pub.asker.phone, pub.asker.email, pub.asker.address,
                                 pub.asker.idNumber})
        QVERIFY2(field.isEmpty(), qPrintable(field));

    auto found = asClerkA.find(otherPublished.ref);
    QVERIFY(found.ok());
    QVERIFY(!found->askerVisible);
    QVERIFY(found->asker.phone.isEmpty() && found->asker.email.isEmpty() && found->asker.address.isEmpty()
            && found->asker.idNumber.isEmpty());
    QCOMPARE(asClerkA.find(otherOpen.ref).error().kind, ErrorKind::NotFound);
    QCOMPARE(asClerkA.find(QString::number(otherOpen.id)).error().kind, ErrorKind::NotFound);
    QCOMPARE(asClerkA.find(unrouted.ref).error().kind, ErrorKind::NotFound);
    // The same words as for a question that does not exist.
    QCOMPARE(asClerkA.find(otherOpen.ref).error().message, QuestionService::notFound(otherOpen.ref).message);
    auto full = asClerkA.find(ownOpen.ref);
    QVERIFY(full.ok() && full->askerVisible);
    QCOMPARE(full->asker.idNumber, QStringLiteral("001234567890"));
    // Coordinators see everything.
    QuestionService asCoordinator(m_agency.contextOf(m_coordinator), m_coordinator);
    QCOMPARE(asCoordinator.count(query).value(), m_agency.rows(QStringLiteral("questions")));
    QVERIFY(asCoordinator.find(otherOpen.ref)->askerVisible);
    // Audit history follows visibility too.
    QCOMPARE(AuditService(m_agency.contextOf(m_clerkA), m_clerkA).list(otherOpen.id).error().kind, ErrorKind::NotFound);
    QCOMPARE(AuditService(m_agency.contextOf(m_clerkA), m_clerkA).list().error().kind, ErrorKind::Forbidden);
}

void TestQuestionLife::publicVersionIsRedacted()
{
    // Another department's published question reaches a clerk only as the portal shows it.
    NewQuestion input;
    input.title = QStringLiteral("Học phí lớp 10, gọi 0987.654.321");
    input.body = QStringLiteral("Tôi ở 12 Lê Lợi, số điện thoại 0912 345 678, e-mail a@example.vn, CCCD 001234567890. "
                                "Theo Nghị định 81/2021/NĐ-CP học phí là 360.000 đồng?");
    input.asker = {QStringLiteral("Nguyễn Văn A"), QStringLiteral("Phường 1"), QStringLiteral("0912 345 678"),
                   QStringLiteral("a@example.vn"), QStringLiteral("12 Lê Lợi"), QStringLiteral("001234567890")};
    auto added = QuestionService(m_agency.contextOf(m_coordinator), m_coordinator).add(input);
    QVERIFY(added.ok());
    ActionInput route;
    route.departmentCode = QStringLiteral("SGD");
    QVERIFY(act(m_coordinator, added.value(), Action::Route, route).ok());
    QVERIFY(act(m_clerkB, added.value(), Action::Draft,
                text(QStringLiteral("Phụ huynh liên hệ 0912 345 678 hoặc đường dây nóng 1022.")))
                .ok());
    QVERIFY(act(m_clerkB, added.value(), Action::Submit).ok());
    QVERIFY(act(m_supB, added.value(), Action::Approve).ok());
    QVERIFY(act(m_coordinator, added.value(), Action::Publish).ok());

    const QStringList secrets{QStringLiteral("0912 345 678"), QStringLiteral("0987.654.321"),
                              QStringLiteral("a@example.vn"), QStringLiteral("001234567890"), QStringLiteral("12 Lê Lợi")};
    auto leaks = [&](const QString& text) {
        for (const QString& secret : secrets)
            if (text.contains(secret))
                return secret;
        return QString();
    };
    QuestionService asClerkA(m_agency.contextOf(m_clerkA), m_clerkA);
    auto found = asClerkA.find(added->ref);
    QVERIFY(found.ok());
    QVERIFY2(leaks(found->title + found->body).isEmpty(), qPrintable(found->title + found->body));
    QVERIFY(found->body.contains(QStringLiteral("81/2021/NĐ-CP")));
    QVERIFY(found->body.contains(QStringLiteral("360.000 đồng")));
    QuestionQuery query;
    query.limit = 1000;
    bool listed = false;
    const auto rows = asClerkA.list(query);
    QVERIFY(rows.ok());
    for (const Question& q : rows.value()) {
        if (q.id != added->id)
            continue;
        listed = true;
        QVERIFY2(leaks(q.title + q.body).isEmpty(), qPrintable(q.body));
    }
    QVERIFY(listed);
    auto details = asClerkA.details(added->ref);
    QVERIFY(details.ok());
    QCOMPARE(details->revisions.size(), 1);
    QVERIFY2(leaks(details->revisions.first().body).isEmpty(), qPrintable(details->revisions.first().body));
    QVERIFY(details->revisions.first().body.contains(QStringLiteral("1022")));
    // Its own department still sees what the citizen wrote.
    auto own = QuestionService(m_agency.contextOf(m_clerkB), m_clerkB).find(added->ref);
    QVERIFY(own.ok());
    QVERIFY(own->body.contains(QStringLiteral("0912 345 678")));

    // Search and similar questions find it for the other department, in its public version.
    SearchService clerkASearch(m_agency.contextOf(m_clerkA), m_clerkA);
    SearchRequest request;
    request.text = QStringLiteral("học phí");
    auto hits = clerkASearch.search(request);
    QVERIFY2(hits.ok(), qPrintable(hits.error().message));
    auto hitOf = [&](const QList<SearchResult>& results) {
        return std::find_if(results.cbegin(), results.cend(), [&](const SearchResult& r) { return r.id == added->id; });
    };
    QVERIFY(hitOf(hits.value()) != hits->cend());
    QVERIFY2(leaks(hitOf(hits.value())->title + hitOf(hits.value())->snippet).isEmpty(),
             qPrintable(hitOf(hits.value())->snippet));
    auto similar = clerkASearch.similarToText(QStringLiteral("Học phí lớp 10 năm nay"),
                                              QStringLiteral("Học phí lớp 10 theo Nghị định 81/2021/NĐ-CP là bao nhiêu?"));
    QVERIFY2(similar.ok(), qPrintable(similar.error().message));
    QVERIFY(std::any_of(similar->cbegin(), similar->cend(), [&](const SimilarQuestion& s) { return s.id == added->id; }));

    // A choice made after publication reaches the other department at once: the text is hidden and no longer found.
    auto hidden = PublishService(m_agency.contextOf(m_coordinator), m_coordinator)
                      .addManualRedaction(added->ref, ManualRedaction::Kind::Hide, QStringLiteral("360.000 đồng"));
    QVERIFY2(hidden.ok(), qPrintable(hidden.error().message));
    auto after = asClerkA.find(added->ref);
    QVERIFY(after.ok());
    QVERIFY2(!after->body.contains(QStringLiteral("360.000")), qPrintable(after->body));
    QVERIFY(after->body.contains(QStringLiteral("81/2021/NĐ-CP")));
    request.text = QStringLiteral("360.000");
    hits = clerkASearch.search(request);
    QVERIFY(hits.ok());
    QVERIFY(hitOf(hits.value()) == hits->cend());
    QVERIFY(QuestionService(m_agency.contextOf(m_clerkB), m_clerkB).find(added->ref)->body.contains(
        QStringLiteral("360.000 đồng")));
}

void TestQuestionLife::listShowsThePortalsText()
{
    // Another department's published rows in a clerk's list carry the portal's title and question, exactly: the
    // asker's details, the names when the asker line hides them, and the manual choices, in every sort.
    NewQuestion input;
    input.title = QStringLiteral("Bà Trần Thị Hoa hỏi thuê nhà văn hóa, gọi 0987.654.321");
    input.body = QStringLiteral("Tôi là Trần Thị Hoa, ở 12 Lê Lợi, e-mail hoa@example.vn, CCCD 001234567890. "
                                "Phí thuê hội trường 500.000 đồng một buổi, đúng không?");
    input.asker = {QStringLiteral("Trần Thị Hoa"), QStringLiteral("Phường 2"), QStringLiteral("0987 654 321"),
                   QStringLiteral("hoa@example.vn"), QStringLiteral("12 Lê Lợi"), QStringLiteral("001234567890")};
    auto added = QuestionService(m_agency.contextOf(m_coordinator), m_coordinator).add(input);
    QVERIFY(added.ok());
    ActionInput route;
    route.departmentCode = QStringLiteral("SGD");
    QVERIFY(act(m_coordinator, added.value(), Action::Route, route).ok());
    QVERIFY(act(m_clerkB, added.value(), Action::Draft, text(QStringLiteral("Xin liên hệ 0987 654 321."))).ok());
    QVERIFY(act(m_clerkB, added.value(), Action::Submit).ok());
    QVERIFY(act(m_supB, added.value(), Action::Approve).ok());
    QVERIFY(act(m_coordinator, added.value(), Action::Publish).ok());
    PublishService publishing(m_agency.contextOf(m_coordinator), m_coordinator);
    QVERIFY(publishing.addManualRedaction(added->ref, ManualRedaction::Kind::Hide, QStringLiteral("500.000 đồng")).ok());

    QuestionService asClerkA(m_agency.contextOf(m_clerkA), m_clerkA);
    // The same clerk's list read on a connection that reads every question (the owner's, on a server): the texts
    // there are the department's own, so the portal's are put in their place.
    QuestionService asClerkAOnTheOwners(m_agency.context, m_clerkA);
    auto listedAs = [&](QuestionQuery::Sort sort, QuestionService& service) -> std::optional<Question> {
        QuestionQuery query;
        query.sort = sort;
        query.limit = 1000;
        auto rows = service.list(query);
        if (!rows)
            return std::nullopt;
        for (const Question& q : rows.value())
            if (q.id == added->id)
                return q;
        return std::nullopt;
    };
    for (const AskerLineStyle style : {AskerLineStyle::FullName, AskerLineStyle::Initials}) {
        QVERIFY(PublishService(m_agency.context, m_agency.admin)
                    .saveSetting(QLatin1String(PublicText::askerLineKey), askerLineStyleName(style))
                    .ok());
        auto connection = m_agency.context.db->connection();
        QVERIFY(connection.ok());
        auto portal = PublicText::of(connection.value(), {added->id}); // as the portal shows it
        QVERIFY(portal.ok());
        QVERIFY(portal->contains(added->id));
        const PublicItem item = portal->value(added->id);
        QVERIFY(!item.question.contains(QStringLiteral("500.000")));
        QVERIFY(!item.question.contains(QStringLiteral("hoa@example.vn")));
        QCOMPARE(item.title.contains(QStringLiteral("Trần Thị Hoa")), style == AskerLineStyle::FullName);
        for (const QuestionQuery::Sort sort : {QuestionQuery::Sort::Received, QuestionQuery::Sort::Title,
                                               QuestionQuery::Sort::Department, QuestionQuery::Sort::Status})
            for (QuestionService* service : {&asClerkA, &asClerkAOnTheOwners}) {
                const std::optional<Question> listed = listedAs(sort, *service);
                QVERIFY(listed);
                QVERIFY(!listed->askerVisible);
                QCOMPARE(listed->title, item.title);
                QCOMPARE(listed->body, item.question);
                QCOMPARE(listed->asker.locality, QStringLiteral("Phường 2"));
                for (const QString& field : {listed->asker.name, listed->asker.phone, listed->asker.email,
                                             listed->asker.address, listed->asker.idNumber})
                    QVERIFY2(field.isEmpty(), qPrintable(field));
            }
    }
    QVERIFY(PublishService(m_agency.context, m_agency.admin)
                .saveSetting(QLatin1String(PublicText::askerLineKey), askerLineStyleName(AskerLineStyle::FullName))
                .ok());
    // Its own department lists what the citizen wrote.
    QuestionQuery query;
    query.limit = 1000;
    auto own = QuestionService(m_agency.contextOf(m_clerkB), m_clerkB).list(query);
    QVERIFY(own.ok());
    QVERIFY(std::any_of(own->cbegin(), own->cend(), [&](const Question& q) {
        return q.id == added->id && q.title == input.title && q.body == input.body && q.askerVisible;
    }));
}

void TestQuestionLife::badInputsChangeNothing()
{
    const Question q = routed(QStringLiteral("Đầu vào sai"), QStringLiteral("SVH"));
    const Counts before = counts();
    QuestionService intake(m_agency.contextOf(m_coordinator), m_coordinator);
    auto expectInvalid = [&](NewQuestion input, ErrorKind kind, const char* what) {
        if (input.title.isNull())
            input.title = QStringLiteral("Tiêu đề");
        if (input.body.isNull())
            input.body = QStringLiteral("Nội dung");
        auto added = intake.add(input);
        QVERIFY2(!added.ok(), what);
        QCOMPARE(added.error().kind, kind);
        QVERIFY2(!added.error().message.isEmpty(), what);
    };
    NewQuestion input;
    input.title = QStringLiteral("   ");
    expectInvalid(input, ErrorKind::Invalid, "blank title");
    input = {};
    input.body = QString();
    input.title = QString(501, QChar(u'ệ'));
    expectInvalid(input, ErrorKind::Invalid, "long title");
    input = {};
    input.body = QString(20001, QLatin1Char('x'));
    expectInvalid(input, ErrorKind::Invalid, "long body");
    input = {};
    input.body = QStringLiteral("bad ") + QChar(0xD800);
    expectInvalid(input, ErrorKind::Invalid, "unpaired surrogate");
    input = {};
    input.asker.phone = QStringLiteral("gọi tôi");
    expectInvalid(input, ErrorKind::Invalid, "phone");
    input = {};
    input.asker.email = QStringLiteral("not-an-email");
    expectInvalid(input, ErrorKind::Invalid, "email");
    input = {};
    input.categoryName = QStringLiteral("Không có");
    expectInvalid(input, ErrorKind::NotFound, "category");
    input = {};
    input.receivedAt = m_agency.clock->now().addDays(2);
    expectInvalid(input, ErrorKind::Invalid, "future");
    QCOMPARE(QuestionService(m_agency.contextOf(m_clerkA), m_clerkA).add({QStringLiteral("t"), QStringLiteral("b")}).error().kind,
             ErrorKind::Forbidden);

    ActionInput unknownDepartment;
    unknownDepartment.departmentCode = QStringLiteral("NOPE");
    const Question fresh = addQuestion(QStringLiteral("Chưa định tuyến"));
    const Counts withFresh = counts();
    QCOMPARE(act(m_coordinator, fresh, Action::Route, unknownDepartment).error().kind, ErrorKind::NotFound);
    ActionInput pastDue;
    pastDue.departmentCode = QStringLiteral("SVH");
    pastDue.dueDate = QDate(2025, 3, 1);
    QCOMPARE(act(m_coordinator, fresh, Action::Route, pastDue).error().kind, ErrorKind::Invalid);
    QCOMPARE(act(m_coordinator, fresh, Action::Reject, reason(QStringLiteral(" "))).error().kind, ErrorKind::Invalid);
    ActionInput selfDuplicate = reason(QStringLiteral("trùng"));
    selfDuplicate.duplicateOf = fresh.ref;
    QCOMPARE(act(m_coordinator, fresh, Action::Reject, selfDuplicate).error().kind, ErrorKind::Invalid);
    QCOMPARE(act(m_clerkA, q, Action::Draft, text(QStringLiteral("  "))).error().kind, ErrorKind::Invalid);
    QCOMPARE(act(m_clerkA, q, Action::Draft, text(QString(WorkflowService::maxAnswerLength + 1, QLatin1Char('x'))))
                 .error()
                 .kind,
             ErrorKind::Invalid);
    QCOMPARE(act(m_clerkA, q, Action::TransferRequest, reason(QString(3000, QLatin1Char('x')))).error().kind,
             ErrorKind::Invalid);
    QCOMPARE(act(m_coordinator, q, Action::Route, {}).error().kind, ErrorKind::Conflict);
    QCOMPARE(WorkflowService(m_agency.contextOf(m_coordinator), m_coordinator).perform(QStringLiteral("HD-2025-999999"), Action::Route)
                 .error()
                 .kind,
             ErrorKind::NotFound);
    QCOMPARE(counts().questions, before.questions + 1);
    QVERIFY(counts() == withFresh);
    QCOMPARE(QuestionService(m_agency.contextOf(m_coordinator), m_coordinator).find(fresh.ref)->status, Status::Received);

    // Text that merely looks hostile is stored as typed.
    NewQuestion hostile;
    hostile.title = QStringLiteral("<script>alert(1)</script>");
    hostile.body = QStringLiteral("lương < 5 triệu & \"phụ cấp\"");
    auto kept = intake.add(hostile);
    QVERIFY2(kept.ok(), qPrintable(kept.error().message));
    const Question stored = intake.find(kept->ref).value();
    QCOMPARE(stored.title, hostile.title);
    QCOMPARE(stored.body, hostile.body);
}

void TestQuestionLife::dueDatesInAgencyTime()
{
    const QDateTime saved = m_agency.clock->now();
    // Sunday 9 March 17:30 UTC is already Monday 10 March in Hanoi.
    m_agency.clock->set(QDateTime(QDate(2025, 3, 9), QTime(17, 30), Qt::UTC));
    ActionInput route;
    route.departmentCode = QStringLiteral("SVH");
    auto byDefault = act(m_coordinator, addQuestion(QStringLiteral("Hạn mặc định")), Action::Route, route);
    QVERIFY(byDefault.ok());
    QCOMPARE(byDefault->dueDate, std::optional(QDate(2025, 3, 24))); // 10 working days from Monday, not Sunday
    route.categoryName = QStringLiteral("Lễ hội");
    auto byCategory = act(m_coordinator, addQuestion(QStringLiteral("Hạn theo lĩnh vực")), Action::Route, route);
    QVERIFY(byCategory.ok());
    QCOMPARE(byCategory->dueDate, std::optional(QDate(2025, 3, 13))); // 3 working days from Monday
    QCOMPARE(byCategory->categoryName, QStringLiteral("Lễ hội"));
    // Sunday is already yesterday in Hanoi.
    route.categoryName.clear();
    route.dueDate = QDate(2025, 3, 9);
    QCOMPARE(act(m_coordinator, addQuestion(QStringLiteral("Hạn hôm qua")), Action::Route, route).error().kind,
             ErrorKind::Invalid);
    route.dueDate = QDate(2025, 3, 10);
    QVERIFY(act(m_coordinator, addQuestion(QStringLiteral("Hạn hôm nay")), Action::Route, route).ok());
    // Days left count from the agency's today.
    auto details = QuestionService(m_agency.contextOf(m_coordinator), m_coordinator).details(byDefault->ref);
    QCOMPARE(details->workingDaysLeft, std::optional(10));

    // The reference year follows the date in Hanoi: 31 December 17:30 UTC is New Year's Day there.
    m_agency.clock->set(QDateTime(QDate(2025, 12, 31), QTime(17, 30), Qt::UTC));
    const Question newYear = addQuestion(QStringLiteral("Năm mới"));
    QCOMPARE(newYear.ref, QStringLiteral("HD-2026-000001"));
    m_agency.clock->set(QDateTime(QDate(2025, 12, 31), QTime(16, 59), Qt::UTC));
    QVERIFY(addQuestion(QStringLiteral("Cuối năm")).ref.startsWith(QLatin1String("HD-2025-")));
    m_agency.clock->set(saved);
}

void TestQuestionLife::staleVersionIsAConflict()
{
    const Question q = routed(QStringLiteral("Hai người cùng sửa"), QStringLiteral("SVH"));
    ActionInput first = text(QStringLiteral("Của tôi"));
    first.expectedVersion = q.version;
    QVERIFY(act(m_clerkA, q, Action::Draft, first).ok());
    const Counts before = counts();
    ActionInput second = text(QStringLiteral("Của người khác"));
    second.expectedVersion = q.version;
    QCOMPARE(act(m_supA, q, Action::Draft, second).error().kind, ErrorKind::Conflict);
    QVERIFY(counts() == before);
}

void TestQuestionLife::staleCategoryIsRefusedNamingWhoChangedIt()
{
    auto created = AdminService(m_agency.context, m_agency.admin)
                       .addUser({QStringLiteral("quantri2"), QStringLiteral("Trần Thị Quản"), Role::Admin, {},
                                 QStringLiteral("pass-quantri2-x")});
    QVERIFY(created.ok());
    const User otherAdmin = created.value();
    AdminService first(m_agency.context, m_agency.admin);
    AdminService second(m_agency.context, otherAdmin);
    auto added = first.addCategory(QStringLiteral("Đất đai"), QStringLiteral("SVH"), 10);
    QVERIFY(added.ok());
    Category mine = added.value(); // both admins opened the same row
    Category theirs = added.value();
    theirs.name = QStringLiteral("Đất đai, nhà ở");
    theirs.answerDays = 15;
    auto saved = second.updateCategory(theirs);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->version, added->version + 1);

    const Counts before = counts();
    mine.answerDays = 20;
    auto refused = first.updateCategory(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(refused.error().field, QStringLiteral("version"));
    const QString message = refused.error().message;
    // When, in the agency's time: the fixed clock's on SQLite; on PostgreSQL the server stamps its audit events.
    const QRegularExpression when(BackendUnderTest::isPostgres() ? QStringLiteral("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")
                                                                 : QStringLiteral("03/03/2025 09:00"));
    // Who, as colleagues know them: the display name, with the account to tell two of the same name apart.
    QVERIFY2(message.contains(QStringLiteral("Trần Thị Quản (quantri2)")) && message.contains(QStringLiteral("Đất đai, nhà ở"))
                 && message.contains(when),
             qPrintable(message));
    QVERIFY(counts() == before);

    // Their change stands; from the reloaded row the first admin's change goes through.
    std::optional<Category> reloaded;
    const auto all = first.categories();
    QVERIFY(all.ok());
    for (const Category& c : all.value())
        if (c.id == mine.id)
            reloaded = c;
    QVERIFY(reloaded);
    QCOMPARE(reloaded->answerDays, 15);
    QCOMPARE(reloaded->version, saved->version);
    reloaded->answerDays = 20;
    auto again = first.updateCategory(*reloaded);
    QVERIFY(again.ok());
    QCOMPARE(again->answerDays, 20);
    QCOMPARE(again->version, saved->version + 1);
}

void TestQuestionLife::tamperingIsDetected()
{
    struct Tamper {
        const char* name;
        QString sql;
    };
    const qint64 last = m_agency.rows(QStringLiteral("audit_events"));
    QVERIFY(last > 5);
    const QList<Tamper> attacks = {
        {"edited note", QStringLiteral("UPDATE audit_events SET note = 'sửa lén' WHERE seq = 3")},
        {"edited user", QStringLiteral("UPDATE audit_events SET username = 'ke_gian' WHERE seq = 4")},
        {"deleted event", QStringLiteral("DELETE FROM audit_events WHERE seq = 3")},
        {"deleted last event", QStringLiteral("DELETE FROM audit_events WHERE seq = %1").arg(last)},
        {"reordered", QStringLiteral("UPDATE audit_events SET seq = CASE seq WHEN 3 THEN 4 ELSE 3 END"
                                     " WHERE seq IN (3, 4)")},
    };
    if (BackendUnderTest::isPostgres()) {
        // No file to copy: the events are kept aside, each attack is verified, then the events are put back.
        Database& db = *m_agency.context.db;
        QVERIFY(execSql(db, QStringLiteral("CREATE TEMPORARY TABLE kept_events AS SELECT * FROM audit_events")));
        for (const Tamper& attack : attacks) {
            if (QByteArray(attack.name) == "reordered") {
                QVERIFY(execSql(db, QStringLiteral("UPDATE audit_events SET seq = -3 WHERE seq = 3")));
                QVERIFY(execSql(db, QStringLiteral("UPDATE audit_events SET seq = 3 WHERE seq = 4")));
                QVERIFY(execSql(db, QStringLiteral("UPDATE audit_events SET seq = 4 WHERE seq = -3")));
            } else {
                QVERIFY(execSql(db, attack.sql));
            }
            auto verdict = AuditService(m_agency.context, m_agency.admin).verify();
            QVERIFY(verdict.ok());
            QVERIFY2(!verdict->ok, attack.name);
            QVERIFY2(!verdict->reason.isEmpty(), attack.name);
            QVERIFY2(verdict->firstBadSeq >= 3, attack.name);
            QVERIFY(execSql(db, QStringLiteral("DELETE FROM audit_events")));
            QVERIFY(execSql(db, QStringLiteral("INSERT INTO audit_events SELECT * FROM kept_events")));
            QVERIFY2(AuditService(m_agency.context, m_agency.admin).verify()->ok, attack.name);
        }
        return;
    }
    int index = 0;
    for (const Tamper& attack : attacks) {
        const QString copyPath = m_agency.dir.filePath(QStringLiteral("tampered-%1.sqlite").arg(index++));
        QVERIFY(Migrations::copyTo(*m_agency.context.db, copyPath).ok());
        auto opened = DatabaseOpener::open(copyPath, true);
        QVERIFY(opened.ok());
        ServiceContext copy;
        copy.db = opened->db;
        copy.clock = m_agency.clock;
        QVERIFY2(AuditService(copy, m_agency.admin).verify()->ok, attack.name);
        if (QByteArray(attack.name) == "reordered") {
            // seq is UNIQUE: swap through a free value.
            QVERIFY(execSql(*copy.db, QStringLiteral("UPDATE audit_events SET seq = -3 WHERE seq = 3")));
            QVERIFY(execSql(*copy.db, QStringLiteral("UPDATE audit_events SET seq = 3 WHERE seq = 4")));
            QVERIFY(execSql(*copy.db, QStringLiteral("UPDATE audit_events SET seq = 4 WHERE seq = -3")));
        } else {
            QVERIFY(execSql(*copy.db, attack.sql));
        }
        auto verdict = AuditService(copy, m_agency.admin).verify();
        QVERIFY(verdict.ok());
        QVERIFY2(!verdict->ok, attack.name);
        QVERIFY2(!verdict->reason.isEmpty(), attack.name);
        QVERIFY2(verdict->firstBadSeq >= 3, attack.name);
    }
    // The original still verifies.
    QVERIFY(AuditService(m_agency.context, m_agency.admin).verify()->ok);
}

QTEST_GUILESS_MAIN(TestQuestionLife)
#include "tst_questionlife.moc"
