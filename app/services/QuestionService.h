#pragma once

#include "ServiceContext.h"
#include "core/Visibility.h"
#include "storage/QuestionRepository.h"

namespace danhoi {

struct NewQuestion {
    QString title;
    QString body;
    Channel channel = Channel::Portal;
    QString categoryName;
    Asker asker;
    QDateTime receivedAt; // invalid = now
    QString externalId;
};

struct QuestionDetails {
    Question question;
    Access access = Access::None;
    QList<AnswerRevision> revisions; // all with full access; only the published one otherwise
    QList<AuditEvent> history;       // empty unless full access
    QHash<QString, QString> names;   // the display names of the people above (clerk, authors, history), by login
    QList<Action> availableActions;
    bool mayAssign = false; // the user may put the question on a clerk's desk
    std::optional<int> workingDaysLeft;
};

// Recording, finding and listing questions, within what the user may see.
class QuestionService
{
    Q_DECLARE_TR_FUNCTIONS(QuestionService)
public:
    QuestionService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    Result<Question> add(const NewQuestion& input);
    // The question behind a numeric id or a reference (HD-2025-000123), as this user may see it.
    Result<Question> find(const QString& idOrReference);
    Result<QuestionDetails> details(const QString& idOrReference);
    // Visibility is always the actor's, whatever scope the query carries.
    Result<QList<Question>> list(QuestionQuery query);
    Result<qint64> count(QuestionQuery query);
    // Counts for several lists at once (queue badges), in one aggregate query, within the actor's visibility.
    Result<QList<qint64>> countEach(QList<QuestionQuery> queries);
    // The statuses of questions still being worked on (overdue queues, days left).
    static QList<Status> openStatuses() { return QuestionRepository::openStatuses(); }
    // Puts a routed question on a clerk's desk (audited, no status change).
    Result<Question> assign(const QString& idOrReference, const QString& clerkUsername);

    // Validated, normalised copy of the input (exposed for the intake form and importers).
    Result<NewQuestion> validate(const NewQuestion& input) const;
    // Shown when a question does not exist or the user may not see it (the same words for both).
    static Error notFound(const QString& idOrReference);
    // The public version: no personal data of the asker beyond the locality.
    static Question publicVersion(Question question);

private:
    // Replaces the title, question and (given) answers of rows seen only in their public version by the redacted
    // public text, in one query for all of them.
    Result<void> applyPublicText(QList<Question>& questions, QList<AnswerRevision>* revisions = nullptr) const;
    // SQLite: the same for rows just read from the table, askers included (a list's page): made from what was read
    // (PublicText::madeFrom, only the rules and manual choices read again), not from the questions and answers read
    // once more. The rows the actor sees in full are left as read.
    Result<void> makePublicFromRead(QSqlDatabase db, QList<Question>& rows) const;

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
