#pragma once

#include "services/QuestionService.h"

#include <QCoreApplication>

namespace danhoi {

// The work queues on the left of the main window; each one is a QuestionQuery.
class Queues
{
    Q_DECLARE_TR_FUNCTIONS(Queues)
public:
    enum class Kind { ToRoute, MyDepartment, AssignedToMe, Drafts, AwaitingApproval, ReturnedToMe, ToPublish, Overdue, All };

    // The queues that make sense for the user's roles, in display order.
    static QList<Kind> forUser(const User& user);
    // `calendar` sets where "due soon" ends for the Overdue queue (overdue, or at most 2 working days left).
    static QuestionQuery query(Kind kind, const User& user, const QDate& today, const WorkingCalendar& calendar);
    static QString label(Kind kind);
    static QString objectName(Kind kind);
};

} // namespace danhoi
