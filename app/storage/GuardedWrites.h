#pragma once

#include "Database.h"
#include "core/Domain.h"

namespace danhoi {

// The text other departments and the portal see of a published question (already redacted).
struct PublicVersion {
    QString title;
    QString question;
    QString askerLine;
    QString answer; // Markdown
};

// One status change as the workflow rules prepared it.
struct TransitionWrite {
    Question question;                               // after the change; version as it was read
    Action action = Action::Route;
    Status from = Status::Received;
    QString reason;                                  // as the actor gave it (reject, return, transfer, unpublish)
    QString note;                                    // the audit event's note
    std::optional<AnswerRevision> newRevision;       // draft: filled with its id and number once written
    std::optional<AnswerRevision> reviewedRevision;  // submit, approve, return: the latest with its new state
    std::optional<PublicVersion> publicVersion;      // publish
    QString actor;                                   // user name
    QDateTime at;                                    // the program's clock (the server uses its own)
};

// The writes the database guards on PostgreSQL: status changes with their revisions and audit event, and audit
// events. On SQLite the program writes the rows itself; on PostgreSQL the server's SECURITY DEFINER functions
// (app/storage/postgres) write them after checking the same rules, as the connected login. Chosen by the
// connection's engine, so the services keep one code path.
class GuardedWrites
{
public:
    static std::unique_ptr<GuardedWrites> of(QSqlDatabase tx);
    virtual ~GuardedWrites() = default;

    // Writes the change; afterwards write.question.version is the stored one.
    virtual Result<void> transition(TransitionWrite& write) = 0;
    // Appends the event to the audit chain (seq set afterwards).
    virtual Result<void> appendAudit(AuditEvent& event) = 0;
    // Rewrites the kept public versions of published questions after what they are made from changed, all or none.
    // PostgreSQL keeps them (public_questions: what other departments read), rewritten a few hundred per statement;
    // SQLite makes them whenever they are read and keeps nothing.
    virtual Result<void> rewritePublicVersions(const QList<std::pair<Id, PublicVersion>>& versions) = 0;
};

} // namespace danhoi
