// The workflow table, checked exhaustively: every actor × action × status × department × reason × author.
// The expectations below are written from DESIGN.md's table, not read from Workflow::table().

#include "core/Workflow.h"
#include "support/TestPrinting.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(danhoi::User)

using namespace danhoi;

namespace {

constexpr Id deptA = 1;
constexpr Id deptB = 2;
constexpr Id someoneElse = 99;

User makeUser(Id id, const QString& name, Roles roles, std::optional<Id> department, bool active = true)
{
    User user;
    user.id = id;
    user.username = name;
    user.roles = roles;
    user.departmentId = department;
    user.active = active;
    return user;
}

QList<User> actors()
{
    return {
        makeUser(1, QStringLiteral("admin"), Role::Admin, std::nullopt),
        makeUser(2, QStringLiteral("coordinator"), Role::Coordinator, std::nullopt),
        makeUser(3, QStringLiteral("clerkA"), Role::Clerk, deptA),
        makeUser(4, QStringLiteral("supervisorA"), Role::Supervisor, deptA),
        makeUser(5, QStringLiteral("coordinatorClerkA"), Roles(Role::Coordinator) | Role::Clerk, deptA),
        makeUser(6, QStringLiteral("clerkB"), Role::Clerk, deptB),
        makeUser(7, QStringLiteral("supervisorB"), Role::Supervisor, deptB),
        makeUser(8, QStringLiteral("disabledSupervisorA"), Role::Supervisor, deptA, false),
        makeUser(9, QStringLiteral("disabledCoordinator"), Role::Coordinator, std::nullopt, false),
        makeUser(10, QStringLiteral("coordinatorSupervisorA"), Roles(Role::Coordinator) | Role::Supervisor, deptA),
        makeUser(11, QStringLiteral("clerkWithoutDepartment"), Role::Clerk, std::nullopt),
        makeUser(12, QStringLiteral("adminClerkA"), Roles(Role::Admin) | Role::Clerk, deptA),
        makeUser(13, QStringLiteral("noRoles"), Roles(), deptA),
    };
}

// DESIGN.md, "Workflow", one case per row.
struct Rule {
    QList<Status> from;
    Status to;
    Roles who;
    bool departmentBound;
    bool reasonRequired;
    bool notOwnRevision;
};

Rule designRule(Action action)
{
    using S = Status;
    const Roles coordinator = Role::Coordinator;
    const Roles clerkOrSupervisor = Roles(Role::Clerk) | Role::Supervisor;
    const Roles supervisor = Role::Supervisor;
    switch (action) {
    case Action::Route: return {{S::Received, S::TransferRequested}, S::Assigned, coordinator, false, false, false};
    case Action::Reject:
        return {{S::Received, S::Assigned, S::TransferRequested}, S::Rejected, coordinator, false, true, false};
    case Action::Draft:
        return {{S::Assigned, S::Drafting, S::Published}, S::Drafting, clerkOrSupervisor, true, false, false};
    case Action::Submit: return {{S::Drafting}, S::PendingApproval, clerkOrSupervisor, true, false, false};
    case Action::Approve: return {{S::PendingApproval}, S::Approved, supervisor, true, false, true};
    case Action::Return: return {{S::PendingApproval}, S::Drafting, supervisor, true, true, false};
    case Action::TransferRequest:
        return {{S::Assigned, S::Drafting}, S::TransferRequested, clerkOrSupervisor, true, true, false};
    case Action::Publish: return {{S::Approved}, S::Published, coordinator, false, false, false};
    case Action::Unpublish: return {{S::Published}, S::Approved, coordinator, false, true, false};
    }
    return {};
}

struct Expected {
    std::optional<Status> to;
    ErrorKind kind = ErrorKind::Other;
};

// Who may do it first, then whether it fits the question's state, then the input, then self-approval.
Expected expectedOutcome(const User& actor, Action action, Status status, std::optional<Id> department,
                         bool reasonGiven, std::optional<Id> author)
{
    const Rule rule = designRule(action);
    if (!actor.active)
        return {std::nullopt, ErrorKind::Forbidden};
    if (!(actor.roles & rule.who))
        return {std::nullopt, ErrorKind::Forbidden};
    if (rule.departmentBound && (!actor.departmentId || !department || *actor.departmentId != *department))
        return {std::nullopt, ErrorKind::Forbidden};
    if (!rule.from.contains(status))
        return {std::nullopt, ErrorKind::Conflict};
    if (rule.reasonRequired && !reasonGiven)
        return {std::nullopt, ErrorKind::Invalid};
    if (rule.notOwnRevision && author == actor.id)
        return {std::nullopt, ErrorKind::Forbidden};
    return {rule.to, ErrorKind::Other};
}

QString describe(const User& actor, Action action, Status status, std::optional<Id> department, const QString& reason,
                 std::optional<Id> author)
{
    return QStringLiteral("%1 %2 on %3 (dept %4, reason '%5', author %6)")
        .arg(actor.username, actionName(action), statusName(status),
             department ? QString::number(*department) : QStringLiteral("none"), reason,
             author ? QString::number(*author) : QStringLiteral("none"));
}

const QList<Status> everyStatus = {Status::Received, Status::Assigned,  Status::Drafting, Status::PendingApproval,
                                   Status::Approved, Status::Published, Status::Rejected, Status::TransferRequested};
const QList<Action> everyAction = {Action::Route,   Action::Reject,          Action::Draft,
                                   Action::Submit,  Action::Approve,         Action::Return,
                                   Action::TransferRequest, Action::Publish, Action::Unpublish};

// "action:status" pairs an actor may take on a question of department A (reason given, someone else's revision).
QSet<QString> allowedPairs(const User& actor)
{
    QSet<QString> out;
    for (Action action : everyAction)
        for (Status status : everyStatus) {
            WorkflowSubject subject{status, deptA, someoneElse};
            if (Workflow::check(actor, action, subject, QStringLiteral("lý do")).ok())
                out.insert(actionName(action) + QLatin1Char(':') + statusName(status));
        }
    return out;
}

QSet<QString> pairs(std::initializer_list<const char*> list)
{
    QSet<QString> out;
    for (const char* item : list)
        out.insert(QString::fromLatin1(item));
    return out;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void namesAreTheInterfaceNames();
    void exhaustive_data();
    void exhaustive();
    void allowedPairsPerRole();
    void nothingOutsideTheDepartment();
    void selfApprovalForbiddenEvenForCoordinatorSupervisor();
    void availableActions();
    void assignment();
};

void TestWorkflow::namesAreTheInterfaceNames()
{
    const QStringList statusNames = {QStringLiteral("received"), QStringLiteral("assigned"),
                                     QStringLiteral("drafting"), QStringLiteral("pending_approval"),
                                     QStringLiteral("approved"), QStringLiteral("published"),
                                     QStringLiteral("rejected"), QStringLiteral("transfer_requested")};
    QCOMPARE(allStatuses().size(), statusNames.size());
    for (int i = 0; i < everyStatus.size(); ++i) {
        QCOMPARE(statusName(everyStatus.at(i)), statusNames.at(i));
        QCOMPARE(statusFromName(statusNames.at(i)), std::optional(everyStatus.at(i)));
    }
    QVERIFY(!statusFromName(QStringLiteral("Received")));
    QVERIFY(!statusFromName(QString()));
    const QStringList actionNames = {QStringLiteral("route"),  QStringLiteral("reject"),
                                     QStringLiteral("draft"),  QStringLiteral("submit"),
                                     QStringLiteral("approve"), QStringLiteral("return"),
                                     QStringLiteral("transfer-request"), QStringLiteral("publish"),
                                     QStringLiteral("unpublish")};
    QCOMPARE(allActions().size(), actionNames.size());
    for (int i = 0; i < everyAction.size(); ++i) {
        QCOMPARE(actionName(everyAction.at(i)), actionNames.at(i));
        QCOMPARE(actionFromName(actionNames.at(i)), std::optional(everyAction.at(i)));
    }
    QCOMPARE(rolesFromNames({QStringLiteral("clerk"), QStringLiteral("supervisor")}),
             std::optional(Roles(Role::Clerk) | Role::Supervisor));
    QVERIFY(!rolesFromNames({QStringLiteral("clerk"), QStringLiteral("boss")}));
}

void TestWorkflow::exhaustive_data()
{
    QTest::addColumn<User>("actor");
    for (const User& actor : actors())
        QTest::newRow(qPrintable(actor.username)) << actor;
}

void TestWorkflow::exhaustive()
{
    QFETCH(User, actor);
    const QList<std::optional<Id>> departments = {deptA, deptB, std::nullopt};
    const QStringList reasons = {QString(), QStringLiteral("   \t"), QStringLiteral("Câu hỏi trùng lặp")};
    const QList<std::optional<Id>> authors = {std::nullopt, actor.id, someoneElse};
    QStringList mismatches;
    int checked = 0;
    for (Action action : everyAction)
        for (Status status : everyStatus)
            for (const std::optional<Id>& department : departments)
                for (const QString& reason : reasons)
                    for (const std::optional<Id>& author : authors) {
                        const Expected expected = expectedOutcome(actor, action, status, department,
                                                                  !reason.trimmed().isEmpty(), author);
                        const WorkflowSubject subject{status, department, author};
                        const Result<Status> actual = Workflow::check(actor, action, subject, reason);
                        ++checked;
                        const QString what = describe(actor, action, status, department, reason, author);
                        if (expected.to) {
                            if (!actual.ok())
                                mismatches << what + QStringLiteral(": refused (%1: %2), expected → %3")
                                                         .arg(int(actual.error().kind))
                                                         .arg(actual.error().message, statusName(*expected.to));
                            else if (actual.value() != *expected.to)
                                mismatches << what + QStringLiteral(": → %1, expected → %2")
                                                         .arg(statusName(actual.value()), statusName(*expected.to));
                        } else if (actual.ok()) {
                            mismatches << what + QStringLiteral(": allowed, expected error kind %1")
                                                     .arg(int(expected.kind));
                        } else if (actual.error().kind != expected.kind) {
                            mismatches << what + QStringLiteral(": error kind %1 (%2), expected %3")
                                                     .arg(int(actual.error().kind))
                                                     .arg(actual.error().message)
                                                     .arg(int(expected.kind));
                        } else if (actual.error().message.isEmpty()) {
                            mismatches << what + QStringLiteral(": refused without a message");
                        }
                    }
    QCOMPARE(checked, 9 * 8 * 3 * 3 * 3);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.mid(0, 20).join(QLatin1Char('\n'))));
}

// The same table, spelled out as literal lists for the main roles.
void TestWorkflow::allowedPairsPerRole()
{
    const QList<User> all = actors();
    auto actor = [&](const char* name) {
        for (const User& user : all)
            if (user.username == QLatin1String(name))
                return user;
        return User();
    };
    const QSet<QString> coordinator = pairs({"route:received", "route:transfer_requested", "reject:received",
                                             "reject:assigned", "reject:transfer_requested", "publish:approved",
                                             "unpublish:published"});
    const QSet<QString> clerk = pairs({"draft:assigned", "draft:drafting", "draft:published", "submit:drafting",
                                       "transfer-request:assigned", "transfer-request:drafting"});
    const QSet<QString> supervisor = clerk + pairs({"approve:pending_approval", "return:pending_approval"});

    QCOMPARE(allowedPairs(actor("admin")), QSet<QString>());
    QCOMPARE(allowedPairs(actor("coordinator")), coordinator);
    QCOMPARE(allowedPairs(actor("clerkA")), clerk);
    QCOMPARE(allowedPairs(actor("supervisorA")), supervisor);
    QCOMPARE(allowedPairs(actor("coordinatorClerkA")), coordinator + clerk);
    QCOMPARE(allowedPairs(actor("coordinatorSupervisorA")), coordinator + supervisor);
    QCOMPARE(allowedPairs(actor("adminClerkA")), clerk);
    QCOMPARE(allowedPairs(actor("clerkB")), QSet<QString>());
    QCOMPARE(allowedPairs(actor("supervisorB")), QSet<QString>());
    QCOMPARE(allowedPairs(actor("disabledSupervisorA")), QSet<QString>());
    QCOMPARE(allowedPairs(actor("disabledCoordinator")), QSet<QString>());
    QCOMPARE(allowedPairs(actor("clerkWithoutDepartment")), QSet<QString>());
    QCOMPARE(allowedPairs(actor("noRoles")), QSet<QString>());
}

void TestWorkflow::nothingOutsideTheDepartment()
{
    // A clerk without a department must not match a question without one.
    const User orphan = makeUser(20, QStringLiteral("orphan"), Roles(Role::Clerk) | Role::Supervisor, std::nullopt);
    for (Action action : {Action::Draft, Action::Submit, Action::Approve, Action::Return, Action::TransferRequest}) {
        const Result<Status> result = Workflow::check(orphan, action, {Status::Drafting, std::nullopt, std::nullopt},
                                                      QStringLiteral("lý do"));
        QVERIFY2(!result.ok(), qPrintable(actionName(action)));
        QCOMPARE(result.error().kind, ErrorKind::Forbidden);
    }
    // Staff of department B on a published question of department A: no amendment.
    const User clerkB = makeUser(6, QStringLiteral("clerkB"), Role::Clerk, deptB);
    const Result<Status> amend = Workflow::check(clerkB, Action::Draft, {Status::Published, deptA, std::nullopt});
    QVERIFY(!amend.ok());
    QCOMPARE(amend.error().kind, ErrorKind::Forbidden);
}

void TestWorkflow::selfApprovalForbiddenEvenForCoordinatorSupervisor()
{
    const User boss = makeUser(10, QStringLiteral("boss"), Roles(Role::Coordinator) | Role::Supervisor | Role::Admin,
                               deptA);
    const Result<Status> own = Workflow::check(boss, Action::Approve, {Status::PendingApproval, deptA, boss.id});
    QVERIFY(!own.ok());
    QCOMPARE(own.error().kind, ErrorKind::Forbidden);
    QVERIFY(!own.error().message.isEmpty());
    // Returning one's own revision is allowed (with a comment), approving someone else's too.
    QCOMPARE(Workflow::check(boss, Action::Return, {Status::PendingApproval, deptA, boss.id}, QStringLiteral("sửa"))
                 .value(),
             Status::Drafting);
    QCOMPARE(Workflow::check(boss, Action::Approve, {Status::PendingApproval, deptA, someoneElse}).value(),
             Status::Approved);
    // The missing comment is named as the field at fault.
    const Result<Status> noComment = Workflow::check(boss, Action::Return, {Status::PendingApproval, deptA, boss.id});
    QCOMPARE(noComment.error().kind, ErrorKind::Invalid);
    QCOMPARE(noComment.error().field, QStringLiteral("reason"));
}

void TestWorkflow::availableActions()
{
    const User supervisor = makeUser(4, QStringLiteral("supervisorA"), Role::Supervisor, deptA);
    const User coordinator = makeUser(2, QStringLiteral("coordinator"), Role::Coordinator, std::nullopt);
    const User clerk = makeUser(3, QStringLiteral("clerkA"), Role::Clerk, deptA);
    using L = QList<Action>;
    QCOMPARE(Workflow::availableActions(supervisor, {Status::PendingApproval, deptA, supervisor.id}),
             L({Action::Return}));
    QCOMPARE(Workflow::availableActions(supervisor, {Status::PendingApproval, deptA, clerk.id}),
             L({Action::Approve, Action::Return}));
    QCOMPARE(Workflow::availableActions(coordinator, {Status::Received, std::nullopt, std::nullopt}),
             L({Action::Route, Action::Reject}));
    QCOMPARE(Workflow::availableActions(coordinator, {Status::Published, deptA, std::nullopt}),
             L({Action::Unpublish}));
    QCOMPARE(Workflow::availableActions(clerk, {Status::Published, deptA, std::nullopt}), L({Action::Draft}));
    QCOMPARE(Workflow::availableActions(clerk, {Status::Published, deptB, std::nullopt}), L());
    QCOMPARE(Workflow::availableActions(clerk, {Status::Rejected, deptA, std::nullopt}), L());
}

void TestWorkflow::assignment()
{
    const User coordinator = makeUser(2, QStringLiteral("coordinator"), Role::Coordinator, std::nullopt);
    const User supervisorA = makeUser(4, QStringLiteral("supervisorA"), Role::Supervisor, deptA);
    const User supervisorB = makeUser(7, QStringLiteral("supervisorB"), Role::Supervisor, deptB);
    const User clerkA = makeUser(3, QStringLiteral("clerkA"), Role::Clerk, deptA);
    const User disabled = makeUser(8, QStringLiteral("off"), Role::Coordinator, std::nullopt, false);
    const WorkflowSubject routed{Status::Assigned, deptA, std::nullopt};
    QVERIFY(Workflow::checkAssign(coordinator, routed).ok());
    QVERIFY(Workflow::checkAssign(supervisorA, routed).ok());
    QCOMPARE(Workflow::checkAssign(supervisorB, routed).error().kind, ErrorKind::Forbidden);
    QCOMPARE(Workflow::checkAssign(clerkA, routed).error().kind, ErrorKind::Forbidden);
    QCOMPARE(Workflow::checkAssign(disabled, routed).error().kind, ErrorKind::Forbidden);
    QCOMPARE(Workflow::checkAssign(coordinator, {Status::Received, std::nullopt, std::nullopt}).error().kind,
             ErrorKind::Conflict);
    QCOMPARE(Workflow::checkAssign(coordinator, {Status::Rejected, deptA, std::nullopt}).error().kind,
             ErrorKind::Conflict);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
