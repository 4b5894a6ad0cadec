#include "Queues.h"

#include "services/CalendarService.h"

namespace danhoi {

QList<Queues::Kind> Queues::forUser(const User& user)
{
    QList<Kind> out;
    if (user.hasRole(Role::Coordinator))
        out << Kind::ToRoute;
    if (user.isDepartmentStaff() && user.departmentId)
        out << Kind::MyDepartment << Kind::AssignedToMe << Kind::Drafts;
    if (user.hasRole(Role::Supervisor) && user.departmentId)
        out << Kind::AwaitingApproval;
    if (user.isDepartmentStaff() && user.departmentId)
        out << Kind::ReturnedToMe;
    if (user.hasRole(Role::Coordinator))
        out << Kind::ToPublish;
    out << Kind::Overdue << Kind::All;
    return out;
}

QuestionQuery Queues::query(Kind kind, const User& user, const QDate& today, const WorkingCalendar& calendar)
{
    QuestionQuery query;
    switch (kind) {
    case Kind::ToRoute:
        query.statuses = {Status::Received, Status::TransferRequested};
        query.sort = QuestionQuery::Sort::Received;
        query.descending = false; // oldest first: they wait longest
        break;
    case Kind::MyDepartment:
        query.departmentId = user.departmentId.value_or(-1);
        query.statuses = QuestionService::openStatuses();
        query.sort = QuestionQuery::Sort::Due;
        query.descending = false;
        break;
    case Kind::AssignedToMe:
        query.assignedClerkId = user.id;
        query.statuses = QuestionService::openStatuses();
        query.sort = QuestionQuery::Sort::Due;
        query.descending = false;
        break;
    case Kind::Drafts:
        query.statuses = {Status::Drafting};
        query.lastRevisionAuthorId = user.id;
        query.lastRevisionState = RevisionState::Draft;
        break;
    case Kind::AwaitingApproval:
        query.departmentId = user.departmentId.value_or(-1);
        query.statuses = {Status::PendingApproval};
        query.sort = QuestionQuery::Sort::Due;
        query.descending = false;
        break;
    case Kind::ReturnedToMe:
        query.statuses = {Status::Drafting};
        query.lastRevisionAuthorId = user.id;
        query.lastRevisionState = RevisionState::Returned;
        break;
    case Kind::ToPublish:
        query.statuses = {Status::Approved};
        break;
    case Kind::Overdue:
        // Open questions due before the day after the last "due soon" day: the late and the nearly late.
        query.overdueAsOf = calendar.addWorkingDays(today, CalendarService::dueSoonWorkingDays).addDays(1);
        query.sort = QuestionQuery::Sort::Due;
        query.descending = false;
        break;
    case Kind::All:
        break;
    }
    return query;
}

QString Queues::label(Kind kind)
{
    switch (kind) {
    case Kind::ToRoute: return tr("To route");
    case Kind::MyDepartment: return tr("My department");
    case Kind::AssignedToMe: return tr("Assigned to me");
    case Kind::Drafts: return tr("Drafts");
    case Kind::AwaitingApproval: return tr("Awaiting my approval");
    case Kind::ReturnedToMe: return tr("Returned to me");
    case Kind::ToPublish: return tr("Approved – to publish");
    case Kind::Overdue: return tr("Overdue or due soon");
    case Kind::All: return tr("All questions");
    }
    return {};
}

QString Queues::objectName(Kind kind)
{
    switch (kind) {
    case Kind::ToRoute: return QStringLiteral("queueToRoute");
    case Kind::MyDepartment: return QStringLiteral("queueMyDepartment");
    case Kind::AssignedToMe: return QStringLiteral("queueAssignedToMe");
    case Kind::Drafts: return QStringLiteral("queueDrafts");
    case Kind::AwaitingApproval: return QStringLiteral("queueAwaitingApproval");
    case Kind::ReturnedToMe: return QStringLiteral("queueReturnedToMe");
    case Kind::ToPublish: return QStringLiteral("queueToPublish");
    case Kind::Overdue: return QStringLiteral("queueOverdue");
    case Kind::All: return QStringLiteral("queueAll");
    }
    return {};
}

} // namespace danhoi
