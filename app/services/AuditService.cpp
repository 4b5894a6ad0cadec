#include "AuditService.h"

#include "core/Visibility.h"
#include "storage/GuardedWrites.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"

namespace danhoi {

Result<void> AuditService::record(QSqlDatabase tx, const QDateTime& at, const QString& username,
                                  std::optional<Id> questionId, const QString& action, const QString& from,
                                  const QString& to, const QString& note)
{
    AuditEvent event;
    event.at = at;
    event.username = username;
    event.questionId = questionId;
    event.action = action;
    event.fromStatus = from;
    event.toStatus = to;
    event.note = note;
    return GuardedWrites::of(tx)->appendAudit(event);
}

Result<QList<AuditEvent>> AuditService::list(std::optional<Id> questionId)
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    if (questionId) {
        auto question = QuestionRepository(connection.value()).byId(*questionId);
        if (!question)
            return question.error();
        if (!question.value() || Visibility::accessTo(m_actor, *question.value()) != Access::Full)
            return Error::notFound(tr("There is no question with id %1 that you may see.").arg(*questionId));
    } else if (!m_actor.seesEverything()) {
        return Error::forbidden(tr("Only administrators and coordinators may read the whole audit log."));
    }
    return AuditRepository(connection.value()).list(questionId);
}

Result<AuditChain::Verdict> AuditService::verify()
{
    if (!m_actor.seesEverything())
        return Error::forbidden(tr("Only administrators and coordinators may verify the audit log."));
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    // One read transaction, so the head and the events are from the same moment.
    AuditRepository audit(connection.value());
    QSqlQuery begin(connection.value());
    begin.exec(QStringLiteral("BEGIN"));
    auto head = audit.head();
    auto events = audit.list();
    QSqlQuery end(connection.value());
    end.exec(QStringLiteral("COMMIT"));
    if (!head)
        return head.error();
    if (!events)
        return events.error();
    return AuditChain::verify(events.value(), head->second, head->first);
}

} // namespace danhoi
