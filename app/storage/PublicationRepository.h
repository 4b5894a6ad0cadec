#pragma once

#include "Database.h"
#include "GuardedWrites.h"
#include "core/Domain.h"
#include "core/Redaction.h"

#include <QHash>

namespace danhoi {

// A published question with the revision that is online, as read for the portal bundle (full data: the caller
// redacts before anything leaves).
struct PublishedQuestion {
    Id id = 0;
    QString ref;
    QString title;
    QString body;
    Asker asker;
    QString departmentCode;
    QString departmentName;
    QString categoryName;
    QDateTime receivedAt;
    QDateTime publishedAt;
    Id revisionId = 0;
    int revisionNumber = 0;
    QString answer;         // Markdown
    QDateTime approvedAt;
};

struct PublishedKey {
    Id id = 0;
    QString ref;
    QDateTime publishedAt;
};

// The public version PostgreSQL keeps of a published question (public_questions): what desks that may not read the
// question itself are shown. Already redacted.
struct KeptPublicVersion {
    Id questionId = 0;
    QString ref;
    PublicVersion text;
    QString departmentCode;
    QString departmentName;
    QString categoryName;
    QDateTime receivedAt;
    QDateTime answeredAt;
    QDateTime publishedAt;
};

// One item waiting to be (or already) posted to the portal endpoint.
struct PortalPush {
    QString key;            // idempotency key: one per question and published revision
    Id questionId = 0;
    Id revisionId = 0;
    QString state;          // pending, done, failed
    int attempts = 0;
    QString lastError;
};

// Publication state beside the questions table: publication times, manual redactions, import fingerprints, pushes.
class PublicationRepository
{
public:
    explicit PublicationRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    Result<void> setPublishedAt(Id questionId, const std::optional<QDateTime>& at);
    // The id, reference and publication time of every published question, in no order: what the portal bundle is
    // sorted by before its items are read a chunk at a time (published(ids)).
    Result<QList<PublishedKey>> publishedKeys();
    // Those of `ids` that have a published revision, in one statement (a chunk of the bundle: some hundred ids).
    Result<QList<PublishedQuestion>> published(const QList<Id>& ids);

    // PostgreSQL only: the kept public versions of those of `ids` that are published.
    Result<QList<KeptPublicVersion>> keptPublicVersions(const QList<Id>& ids);

    Result<QList<ManualRedaction>> manualRedactions(Id questionId);
    // The manual choices of each question that has any (or of those of `only`): a coordinator's few, not one per question.
    Result<QHash<Id, QList<ManualRedaction>>> allManualRedactions(const std::optional<QList<Id>>& only);
    Result<bool> addManualRedaction(Id questionId, const ManualRedaction& redaction); // false: already there
    Result<bool> removeManualRedaction(Id questionId, ManualRedaction::Kind kind, const QString& text);

    Result<void> queuePush(const PortalPush& push, const QDateTime& at); // no-op when the key is known
    Result<QList<PortalPush>> pendingPushes();
    Result<void> updatePush(const PortalPush& push, const QDateTime& at);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
