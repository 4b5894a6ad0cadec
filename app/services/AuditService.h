#pragma once

#include "ServiceContext.h"
#include "core/AuditChain.h"

namespace danhoi {

class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)
public:
    AuditService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    // The events of one question (for those who see it in full) or of everything (admins, coordinators).
    Result<QList<AuditEvent>> list(std::optional<Id> questionId = std::nullopt);
    Result<AuditChain::Verdict> verify();

    // Appends one event inside the caller's transaction.
    static Result<void> record(QSqlDatabase tx, const QDateTime& at, const QString& username,
                               std::optional<Id> questionId, const QString& action, const QString& from = {},
                               const QString& to = {}, const QString& note = {});

private:
    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
