#include "WorkflowService.h"

#include "AuditService.h"
#include "CalendarService.h"
#include "PublicText.h"
#include "QuestionService.h"
#include "core/AuditNote.h"
#include "core/TextRules.h"
#include "core/Workflow.h"
#include "storage/CatalogRepository.h"
#include "storage/GuardedWrites.h"
#include "storage/PublicationRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/UserRepository.h"

namespace danhoi {

struct WorkflowService::Change {
    QSqlDatabase tx;
    Question question;
    std::optional<AnswerRevision> latest;
    QString note;
    TransitionWrite write; // what the action adds to the question's change
};

Result<Question> WorkflowService::perform(const QString& idOrReference, Action action, const ActionInput& input)
{
    auto reason = TextRules::clean(input.reason, QStringLiteral("reason"), tr("The reason"), TextRules::maxReasonLength,
                                   false);
    if (!reason)
        return reason.error();
    return inTransaction<Question>(*m_context.db, [&](QSqlDatabase tx) -> Result<Question> {
        // The actor as stored now: a disabled account or a changed role takes effect at once.
        auto actor = UserRepository(tx).byId(m_actor.id);
        if (!actor)
            return actor.error();
        if (!actor.value())
            return Error{ErrorKind::Authentication, tr("Your account no longer exists."), {}};
        m_actor = *actor.value();

        QuestionService finder(m_context, m_actor);
        auto visible = finder.find(idOrReference);
        if (!visible)
            return visible.error();
        auto stored = QuestionRepository(tx).byId(visible->id);
        if (!stored)
            return stored.error();
        Change change{tx, *stored.value(), std::nullopt, reason.value(), {}};
        if (input.expectedVersion && *input.expectedVersion != change.question.version)
            return Error::conflict(tr("Question %1 was changed by someone else in the meantime; it has been reloaded.")
                                       .arg(change.question.ref));
        auto latest = RevisionRepository(tx).latest(change.question.id);
        if (!latest)
            return latest.error();
        change.latest = latest.value();

        WorkflowSubject subject{change.question.status, change.question.departmentId, std::nullopt};
        if (change.latest && change.latest->state == RevisionState::Submitted)
            subject.reviewedRevisionAuthorId = change.latest->authorId;
        auto next = Workflow::check(m_actor, action, subject, reason.value());
        if (!next)
            return next.error();
        const Status from = change.question.status;

        Result<void> applied;
        switch (action) {
        case Action::Route: applied = applyRoute(change, input); break;
        case Action::Reject: applied = applyReject(change, input); break;
        case Action::Draft: applied = applyDraft(change, input); break;
        case Action::Submit:
        case Action::Approve:
        case Action::Return:
        case Action::Publish:
        case Action::Unpublish: applied = applyReview(change, action, input); break;
        case Action::TransferRequest: break;
        }
        if (!applied)
            return applied.error();
        change.question.status = next.value();
        TransitionWrite& write = change.write;
        write.question = change.question;
        write.action = action;
        write.from = from;
        write.reason = reason.value();
        write.note = change.note;
        write.actor = m_actor.username;
        write.at = m_context.now();
        if (auto ok = GuardedWrites::of(tx)->transition(write); !ok)
            return ok.error();
        change.question = write.question;
        return change.question;
    });
}

Result<void> WorkflowService::applyRoute(Change& change, const ActionInput& input)
{
    CatalogRepository catalog(change.tx);
    if (input.departmentCode.trimmed().isEmpty())
        return Error::invalid(tr("Choose the department to route the question to."), QStringLiteral("department"));
    auto department = catalog.departmentByCode(input.departmentCode.trimmed().toUpper());
    if (!department)
        return department.error();
    if (!department.value())
        return Error::notFound(tr("There is no department with the code %1.").arg(input.departmentCode));
    if (!department.value()->active)
        return Error::conflict(tr("The department %1 is retired; choose the department that took over its work.")
                                   .arg(department.value()->code));
    std::optional<Category> category;
    if (!input.categoryName.trimmed().isEmpty()) {
        auto found = catalog.categoryByName(input.categoryName.trimmed());
        if (!found)
            return found.error();
        if (!found.value())
            return Error::notFound(tr("There is no category %1.").arg(input.categoryName));
        if (!found.value()->active && found.value()->id != change.question.categoryId)
            return Error::conflict(tr("The category %1 is no longer offered; choose another.").arg(found.value()->name));
        category = found.value();
    } else if (change.question.categoryId) {
        auto found = catalog.categoryById(*change.question.categoryId);
        if (!found)
            return found.error();
        category = found.value();
    }
    auto settings = catalog.agencySettings();
    if (!settings)
        return settings.error();
    const QDate today = AgencyTime(settings->timeZone).today(*m_context.clock);
    if (input.dueDate) {
        if (!input.dueDate->isValid() || *input.dueDate < today)
            return Error::invalid(tr("The due date must be today or later."), QStringLiteral("due"));
        change.question.dueDate = input.dueDate;
    } else {
        const int days = category ? category->answerDays : settings->defaultAnswerDays;
        // The calendar as stored now, so holidays another client just set count at once.
        auto calendar = CalendarService::load(change.tx);
        if (!calendar)
            return calendar.error();
        change.question.dueDate = calendar->addWorkingDays(today, days);
    }
    if (change.question.departmentId != department.value()->id) {
        change.question.assignedClerkId.reset();
        change.question.assignedClerkUsername.clear();
    }
    change.question.departmentId = department.value()->id;
    change.question.departmentCode = department.value()->code;
    if (category) {
        change.question.categoryId = category->id;
        change.question.categoryName = category->name;
    }
    change.note = QStringLiteral("%1, %2").arg(department.value()->code, change.question.dueDate->toString(Qt::ISODate));
    return {};
}

Result<void> WorkflowService::applyReject(Change& change, const ActionInput& input)
{
    change.question.rejectionReason = change.note;
    change.question.duplicateOfId.reset();
    if (!input.duplicateOf.trimmed().isEmpty()) {
        auto original = QuestionService(m_context, m_actor).find(input.duplicateOf);
        if (!original)
            return original.error();
        if (original->id == change.question.id)
            return Error::invalid(tr("A question cannot duplicate itself."), QStringLiteral("duplicate_of"));
        change.question.duplicateOfId = original->id;
        change.note = QStringLiteral("%1 (%2)").arg(change.note, original->ref);
    }
    return {};
}

Result<void> WorkflowService::applyDraft(Change& change, const ActionInput& input)
{
    auto text = TextRules::clean(input.text, QStringLiteral("text"), tr("The answer"), maxAnswerLength, true);
    if (!text)
        return text.error();
    AnswerRevision revision;
    revision.questionId = change.question.id;
    revision.body = text.value();
    revision.authorId = m_actor.id;
    revision.createdAt = m_context.now();
    revision.number = change.latest ? change.latest->number + 1 : 1;
    change.write.newRevision = revision;
    change.note = AuditNote::revision(revision.number);
    return {};
}

Result<void> WorkflowService::applyReview(Change& change, Action action, const ActionInput& input)
{
    if (!change.latest)
        return Error::conflict(tr("Question %1 has no answer yet.").arg(change.question.ref));
    AnswerRevision revision = *change.latest;
    switch (action) {
    case Action::Submit:
        if (revision.state != RevisionState::Draft)
            return Error::conflict(tr("Write a new revision of the answer before submitting it again."));
        revision.state = RevisionState::Submitted;
        change.note = AuditNote::revision(revision.number);
        break;
    case Action::Approve:
    case Action::Return:
        if (revision.state != RevisionState::Submitted)
            return Error::conflict(tr("No revision of question %1 is awaiting approval.").arg(change.question.ref));
        revision.state = action == Action::Approve ? RevisionState::Approved : RevisionState::Returned;
        revision.reviewerId = m_actor.id;
        revision.reviewedAt = m_context.now();
        revision.comment = change.note;
        change.note = AuditNote::revision(revision.number, change.note);
        break;
    case Action::Publish:
        if (revision.state != RevisionState::Approved)
            return Error::conflict(tr("Question %1 has no approved answer to publish.").arg(change.question.ref));
        change.question.publishedRevisionId = revision.id;
        change.note = AuditNote::revision(revision.number);
        return preparePublicVersion(change, revision);
    case Action::Unpublish:
        change.question.publishedRevisionId.reset();
        return {};
    default:
        return {};
    }
    Q_UNUSED(input);
    change.write.reviewedRevision = revision;
    return {};
}

// What the portal and other departments will see, as PublishService shows it in the review: the redacted text of
// the question and of the revision being published.
Result<void> WorkflowService::preparePublicVersion(Change& change, const AnswerRevision& revision)
{
    auto text = PublicText::load(change.tx);
    if (!text)
        return text.error();
    auto manual = PublicationRepository(change.tx).allManualRedactions(QList<Id>{change.question.id});
    if (!manual)
        return manual.error();
    PublishedQuestion published;
    published.id = change.question.id;
    published.ref = change.question.ref;
    published.title = change.question.title;
    published.body = change.question.body;
    published.asker = change.question.asker;
    published.answer = revision.body;
    const PublicItem item = text->itemOf(published, manual->value(change.question.id));
    change.write.publicVersion = PublicVersion{item.title, item.question, item.askerLine, item.answerMarkdown};
    return {};
}

} // namespace danhoi
