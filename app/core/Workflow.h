#pragma once

#include "Domain.h"
#include "Result.h"

namespace danhoi {

// One row of the workflow: an action, the states it starts from, where it leads and who may take it.
struct Transition {
    Action action;
    QList<Status> from;
    Status to;
    Roles roles;               // any one of these roles suffices
    bool departmentBound;      // clerks and supervisors act only on their department's questions
    bool reasonRequired;       // a reason or comment must be given
    bool forbidsOwnRevision;   // the actor must not be the author of the revision under review
};

// What the rules need to know about a question.
struct WorkflowSubject {
    Status status = Status::Received;
    std::optional<Id> departmentId;
    std::optional<Id> reviewedRevisionAuthorId; // author of the revision awaiting approval
};

class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    static const QList<Transition>& table();
    static const Transition& transition(Action action);

    // The status the action leads to, or why the actor may not take it now.
    static Result<Status> check(const User& actor, Action action, const WorkflowSubject& subject,
                                const QString& reason = {});
    // Actions the actor may take on the subject now (reasons aside).
    static QList<Action> availableActions(const User& actor, const WorkflowSubject& subject);

    // Whether the actor may put a question of this department on a clerk's desk.
    static Result<void> checkAssign(const User& actor, const WorkflowSubject& subject);
};

} // namespace danhoi
