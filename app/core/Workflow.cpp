#include "Workflow.h"

namespace danhoi {

const QList<Transition>& Workflow::table()
{
    const Roles coordinator = Role::Coordinator;
    const Roles staff = Roles(Role::Clerk) | Role::Supervisor;
    const Roles supervisor = Role::Supervisor;
    using S = Status;
    static const QList<Transition> rows = {
        {Action::Route, {S::Received, S::TransferRequested}, S::Assigned, coordinator, false, false, false},
        {Action::Reject, {S::Received, S::Assigned, S::TransferRequested}, S::Rejected, coordinator, false, true, false},
        {Action::Draft, {S::Assigned, S::Drafting, S::Published}, S::Drafting, staff, true, false, false},
        {Action::Submit, {S::Drafting}, S::PendingApproval, staff, true, false, false},
        {Action::Approve, {S::PendingApproval}, S::Approved, supervisor, true, false, true},
        {Action::Return, {S::PendingApproval}, S::Drafting, supervisor, true, true, false},
        {Action::TransferRequest, {S::Assigned, S::Drafting}, S::TransferRequested, staff, true, true, false},
        {Action::Publish, {S::Approved}, S::Published, coordinator, false, false, false},
        {Action::Unpublish, {S::Published}, S::Approved, coordinator, false, true, false},
    };
    return rows;
}

const Transition& Workflow::transition(Action action)
{
    for (const Transition& row : table())
        if (row.action == action)
            return row;
    Q_UNREACHABLE();
}

Result<Status> Workflow::check(const User& actor, Action action, const WorkflowSubject& subject, const QString& reason)
{
    const Transition& row = transition(action);
    if (!actor.active)
        return Error::forbidden(tr("The account %1 is disabled.").arg(actor.username));
    if (!(actor.roles & row.roles))
        return Error::forbidden(tr("Your roles do not allow the action \"%1\".").arg(DomainLabels::action(action)));
    if (row.departmentBound && (!actor.departmentId || actor.departmentId != subject.departmentId))
        return Error::forbidden(
            tr("Only staff of the question's department may take the action \"%1\".").arg(DomainLabels::action(action)));
    if (!row.from.contains(subject.status))
        return Error::conflict(tr("The action \"%1\" is not possible while the question is \"%2\".")
                                   .arg(DomainLabels::action(action), DomainLabels::status(subject.status)));
    if (row.reasonRequired && reason.trimmed().isEmpty())
        return Error::invalid(tr("The action \"%1\" needs a reason.").arg(DomainLabels::action(action)),
                              QStringLiteral("reason"));
    if (row.forbidsOwnRevision && subject.reviewedRevisionAuthorId == actor.id)
        return Error::forbidden(tr("You wrote this revision, so another supervisor must approve it."));
    return row.to;
}

QList<Action> Workflow::availableActions(const User& actor, const WorkflowSubject& subject)
{
    QList<Action> out;
    for (const Transition& row : table())
        if (check(actor, row.action, subject, QStringLiteral("-")).ok())
            out.append(row.action);
    return out;
}

Result<void> Workflow::checkAssign(const User& actor, const WorkflowSubject& subject)
{
    if (!actor.active)
        return Error::forbidden(tr("The account %1 is disabled.").arg(actor.username));
    if (!subject.departmentId)
        return Error::conflict(tr("The question has not been routed to a department yet."));
    if (subject.status == Status::Rejected)
        return Error::conflict(tr("A rejected question cannot be assigned."));
    if (actor.hasRole(Role::Coordinator))
        return {};
    if (actor.hasRole(Role::Supervisor) && actor.departmentId == subject.departmentId)
        return {};
    return Error::forbidden(tr("Only a coordinator or a supervisor of the question's department may assign it."));
}

} // namespace danhoi
