#pragma once

#include "ServiceContext.h"

namespace danhoi {

// The inputs an action may need; each action reads only its own.
struct ActionInput {
    QString departmentCode;        // route
    QString categoryName;          // route
    std::optional<QDate> dueDate;  // route; default from the category or the agency
    QString reason;                // reject, return (comment), transfer-request, unpublish
    QString duplicateOf;           // reject: id or reference of the original question
    QString text;                  // draft: the answer in Markdown
    std::optional<int> expectedVersion; // refuse when the question changed since the caller read it
};

// Every status change: authorise through the workflow table, one transaction, change, audit event.
class WorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
public:
    static constexpr int maxAnswerLength = 50000;

    WorkflowService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    Result<Question> perform(const QString& idOrReference, Action action, const ActionInput& input = {});

private:
    struct Change;
    Result<void> applyRoute(Change& change, const ActionInput& input);
    Result<void> applyReject(Change& change, const ActionInput& input);
    Result<void> applyDraft(Change& change, const ActionInput& input);
    Result<void> applyReview(Change& change, Action action, const ActionInput& input);
    Result<void> preparePublicVersion(Change& change, const AnswerRevision& revision);

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
