#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

class RevisionRepository
{
public:
    explicit RevisionRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Appends the next revision of the question; fills id and number.
    Result<void> append(AnswerRevision& revision);
    Result<void> review(const AnswerRevision& revision); // state, reviewer, reviewed_at, comment
    Result<QList<AnswerRevision>> ofQuestion(Id questionId);
    Result<std::optional<AnswerRevision>> latest(Id questionId);
    Result<std::optional<AnswerRevision>> byId(Id id);

private:
    QSqlDatabase m_db;
};

class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Chains the event after the recorded head (fills seq, prevHash, hash) and moves the head.
    // Must run inside the transaction of the change it records.
    Result<void> append(AuditEvent& event);
    Result<QList<AuditEvent>> list(std::optional<Id> questionId = std::nullopt, int limit = -1);
    // Up to `limit` events after `seq`, in seq order (the chain read a batch at a time).
    Result<QList<AuditEvent>> after(qint64 seq, int limit);
    Result<std::pair<qint64, QString>> head();
    // The newest event with one of `actions` whose note starts with `notePrefix` (who last changed a catalogue row).
    Result<std::optional<AuditEvent>> latest(const QStringList& actions, const QString& notePrefix);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
