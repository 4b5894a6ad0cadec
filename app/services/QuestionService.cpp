#include "QuestionService.h"

#include "AuditService.h"
#include "PublicText.h"
#include "core/TextRules.h"
#include "core/Workflow.h"
#include "storage/CatalogRepository.h"
#include "storage/PostgresSecurity.h"
#include "storage/RevisionRepository.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace danhoi {

Error QuestionService::notFound(const QString& idOrReference)
{
    return Error::notFound(tr("There is no question %1 that you may see.").arg(idOrReference));
}

Question QuestionService::publicVersion(Question question)
{
    question.asker = Asker{{}, question.asker.locality, {}, {}, {}, {}};
    question.askerVisible = false;
    question.assignedClerkId.reset();
    question.assignedClerkUsername.clear();
    question.externalId.clear();
    return question;
}

Result<void> QuestionService::makePublicFromRead(QSqlDatabase db, QList<Question>& rows) const
{
    QList<PublishedQuestion> published;
    for (const Question& question : rows) {
        if (Visibility::accessTo(m_actor, question) == Access::Full || !question.publishedRevisionId)
            continue;
        PublishedQuestion read;
        read.id = question.id;
        read.ref = question.ref;
        read.title = question.title;
        read.body = question.body;
        read.asker = question.asker;
        published.append(read);
    }
    auto items = PublicText::madeFrom(db, published);
    if (!items)
        return items.error();
    for (Question& question : rows) {
        if (Visibility::accessTo(m_actor, question) == Access::Full)
            continue;
        question = publicVersion(question);
        const auto item = items->constFind(question.id);
        // Not published (any more): nothing of it is public.
        question.title = item == items->cend() ? QString() : item->title;
        question.body = item == items->cend() ? QString() : item->question;
    }
    return {};
}

Result<void> QuestionService::applyPublicText(QList<Question>& questions, QList<AnswerRevision>* revisions) const
{
    QList<Id> ids;
    for (const Question& question : questions)
        if (!question.askerVisible)
            ids.append(question.id);
    if (ids.isEmpty())
        return {};
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto items = PublicText::of(connection.value(), ids);
    if (!items)
        return items.error();
    for (Question& question : questions) {
        if (question.askerVisible)
            continue;
        const auto item = items->constFind(question.id);
        if (item == items->cend()) {
            // Not published (any more): nothing of it is public.
            question.title.clear();
            question.body.clear();
            continue;
        }
        question.title = item->title;
        question.body = item->question;
        if (revisions)
            for (AnswerRevision& revision : *revisions)
                if (revision.questionId == question.id)
                    revision.body = item->answerMarkdown;
    }
    return {};
}

Result<NewQuestion> QuestionService::validate(const NewQuestion& input) const
{
    NewQuestion out = input;
    struct Field {
        QString* value;
        const char* key;
        QString label;
        int max;
        bool required;
    };
    const QList<Field> fields = {
        {&out.title, "title", tr("The title"), TextRules::maxTitleLength, true},
        {&out.body, "body", tr("The question"), TextRules::maxBodyLength, true},
        {&out.asker.name, "asker_name", tr("The asker's name"), TextRules::maxShortFieldLength, false},
        {&out.asker.locality, "asker_locality", tr("The asker's locality"), TextRules::maxShortFieldLength, false},
        {&out.asker.phone, "asker_phone", tr("The phone number"), 40, false},
        {&out.asker.email, "asker_email", tr("The e-mail address"), TextRules::maxShortFieldLength, false},
        {&out.asker.address, "asker_address", tr("The address"), TextRules::maxShortFieldLength * 2, false},
        {&out.asker.idNumber, "asker_id_number", tr("The ID number"), 20, false},
        {&out.categoryName, "category", tr("The category"), TextRules::maxShortFieldLength, false},
        {&out.externalId, "external_id", tr("The external id"), TextRules::maxShortFieldLength, false},
    };
    for (const Field& field : fields) {
        auto clean = TextRules::clean(*field.value, QLatin1String(field.key), field.label, field.max, field.required);
        if (!clean)
            return clean.error();
        *field.value = clean.value();
    }
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 .()\\-]{6,25}$"));
    if (!out.asker.phone.isEmpty() && !phone.match(out.asker.phone).hasMatch())
        return Error::invalid(tr("The phone number %1 is not valid: use digits, spaces, dots or dashes.").arg(out.asker.phone),
                              QStringLiteral("asker_phone"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!out.asker.email.isEmpty() && !email.match(out.asker.email).hasMatch())
        return Error::invalid(tr("The e-mail address %1 is not valid.").arg(out.asker.email), QStringLiteral("asker_email"));
    static const QRegularExpression idNumber(QStringLiteral("^([0-9]{9}|[0-9]{12})$"));
    if (!out.asker.idNumber.isEmpty() && !idNumber.match(out.asker.idNumber).hasMatch())
        return Error::invalid(tr("The ID number must have 12 digits (citizen ID) or 9 digits (old ID card)."),
                              QStringLiteral("asker_id_number"));
    const QDateTime now = m_context.now();
    if (!out.receivedAt.isValid())
        out.receivedAt = now;
    if (out.receivedAt > now.addSecs(300))
        return Error::invalid(tr("The time received lies in the future."), QStringLiteral("received_at"));
    out.receivedAt = QDateTime::fromMSecsSinceEpoch(out.receivedAt.toMSecsSinceEpoch(), Qt::UTC);
    return out;
}

Result<Question> QuestionService::add(const NewQuestion& input)
{
    if (!m_actor.active || !m_actor.hasRole(Role::Coordinator))
        return Error::forbidden(tr("Only a coordinator may record questions."));
    auto valid = validate(input);
    if (!valid)
        return valid.error();
    return inTransaction<Question>(*m_context.db, [&](QSqlDatabase tx) -> Result<Question> {
        CatalogRepository catalog(tx);
        auto agencyTime = m_context.agencyTime(tx);
        if (!agencyTime)
            return agencyTime.error();
        Question question;
        question.title = valid->title;
        question.body = valid->body;
        question.channel = valid->channel;
        question.asker = valid->asker;
        question.receivedAt = valid->receivedAt;
        question.externalId = valid->externalId;
        if (!valid->categoryName.isEmpty()) {
            auto category = catalog.categoryByName(valid->categoryName);
            if (!category)
                return category.error();
            if (!category.value())
                return Error::notFound(tr("There is no category %1.").arg(valid->categoryName));
            question.categoryId = category.value()->id;
            question.categoryName = category.value()->name;
        }
        QuestionRepository questions(tx);
        if (!question.externalId.isEmpty()) {
            auto existing = questions.idByExternalId(question.externalId);
            if (!existing)
                return existing.error();
            if (existing.value())
                return Error::conflict(tr("A question with the external id %1 is already recorded.").arg(question.externalId));
        }
        const int year = agencyTime->dateOf(question.receivedAt).year();
        if (auto ok = questions.insert(question, year, m_context.now()); !ok)
            return ok.error();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, question.id, QStringLiteral("record"),
                                           {}, statusName(question.status), channelName(question.channel));
            !ok)
            return ok.error();
        return question;
    });
}

Result<Question> QuestionService::find(const QString& idOrReference)
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    QuestionRepository questions(connection.value());
    const QString key = idOrReference.trimmed();
    bool numeric = false;
    const Id id = key.toLongLong(&numeric);
    auto found = numeric ? questions.byId(id) : questions.byReference(key);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(key);
    const Access access = Visibility::accessTo(m_actor, *found.value());
    if (access == Access::None)
        return notFound(key);
    if (access == Access::Full)
        return *found.value();
    QList<Question> one{publicVersion(*found.value())};
    if (auto ok = applyPublicText(one); !ok)
        return ok.error();
    return one.first();
}

Result<QuestionDetails> QuestionService::details(const QString& idOrReference)
{
    auto question = find(idOrReference);
    if (!question)
        return question.error();
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    QuestionDetails details;
    details.question = question.value();
    details.access = question->askerVisible ? Access::Full : Access::Public;
    auto revisions = RevisionRepository(connection.value()).ofQuestion(question->id);
    if (!revisions)
        return revisions.error();
    for (const AnswerRevision& revision : revisions.value())
        if (details.access == Access::Full || revision.id == question->publishedRevisionId)
            details.revisions.append(revision);
    if (details.access == Access::Public) {
        QList<Question> one{details.question};
        if (auto ok = applyPublicText(one, &details.revisions); !ok)
            return ok.error();
    }
    if (details.access == Access::Full) {
        auto history = AuditRepository(connection.value()).list(question->id);
        if (!history)
            return history.error();
        details.history = history.value();
        WorkflowSubject subject{question->status, question->departmentId, std::nullopt};
        if (!revisions->isEmpty() && revisions->last().state == RevisionState::Submitted)
            subject.reviewedRevisionAuthorId = revisions->last().authorId;
        details.availableActions = Workflow::availableActions(m_actor, subject);
        details.mayAssign = question->departmentId.has_value() && Workflow::checkAssign(m_actor, subject).ok();
    }
    QStringList people;
    if (!details.question.assignedClerkUsername.isEmpty())
        people.append(details.question.assignedClerkUsername);
    for (const AnswerRevision& revision : std::as_const(details.revisions))
        people << revision.authorUsername << revision.reviewerUsername;
    for (const AuditEvent& event : std::as_const(details.history))
        people.append(event.username);
    people.removeAll(QString());
    people.removeDuplicates();
    auto names = UserRepository(connection.value()).displayNames(people);
    if (!names)
        return names.error();
    details.names = names.value();
    if (question->dueDate && QuestionRepository::openStatuses().contains(question->status)) {
        auto today = m_context.agencyToday(connection.value());
        if (!today)
            return today.error();
        details.workingDaysLeft = m_context.calendar.workingDaysUntil(today.value(), *question->dueDate);
    }
    return details;
}

Result<QList<Question>> QuestionService::list(QuestionQuery query)
{
    query.scope = Visibility::scopeFor(m_actor);
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto rows = QuestionRepository(connection.value()).list(query);
    if (!rows)
        return rows;
    if (!isPostgres(connection.value())) {
        if (auto ok = makePublicFromRead(connection.value(), rows.value()); !ok)
            return ok.error();
        return rows;
    }
    bool anyPublic = false;
    for (Question& question : rows.value())
        if (Visibility::accessTo(m_actor, question) != Access::Full) {
            question = publicVersion(question);
            anyPublic = true;
        }
    if (!anyPublic)
        return rows;
    // A desk's own login reads another department's published question in its public version already (the
    // portal's title and question in desk_public_rows, kept by the server), so the texts are read again only when
    // the connection reads the whole table (its owner's, or a coordinator's acting for a clerk). Read again, a page's
    // 200 rows of public_questions cost 1.4 ms warm, 195 ms cold at a million questions.
    auto readsAll = PostgresSecurity::readsEveryQuestion(connection.value());
    if (!readsAll)
        return readsAll.error();
    if (readsAll.value())
        if (auto ok = applyPublicText(rows.value()); !ok)
            return ok.error();
    return rows;
}

Result<qint64> QuestionService::count(QuestionQuery query)
{
    query.scope = Visibility::scopeFor(m_actor);
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return QuestionRepository(connection.value()).count(query);
}

Result<QList<qint64>> QuestionService::countEach(QList<QuestionQuery> queries)
{
    for (QuestionQuery& query : queries)
        query.scope = Visibility::scopeFor(m_actor);
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return QuestionRepository(connection.value()).countEach(queries);
}

Result<Question> QuestionService::assign(const QString& idOrReference, const QString& clerkUsername)
{
    auto visible = find(idOrReference);
    if (!visible)
        return visible.error();
    return inTransaction<Question>(*m_context.db, [&](QSqlDatabase tx) -> Result<Question> {
        QuestionRepository questions(tx);
        auto current = questions.byId(visible->id);
        if (!current)
            return current.error();
        if (!current.value())
            return notFound(idOrReference);
        Question question = *current.value();
        if (auto ok = Workflow::checkAssign(m_actor, {question.status, question.departmentId, std::nullopt}); !ok)
            return ok.error();
        auto clerk = UserRepository(tx).byUsername(clerkUsername.trimmed().toLower());
        if (!clerk)
            return clerk.error();
        if (!clerk.value())
            return Error::notFound(tr("There is no user %1.").arg(clerkUsername));
        const User& target = *clerk.value();
        if (!target.active || !target.isDepartmentStaff() || target.departmentId != question.departmentId)
            return Error::invalid(tr("%1 is not an active clerk of the department %2.")
                                      .arg(target.username, question.departmentCode),
                                  QStringLiteral("clerk"));
        const QString previous = question.assignedClerkUsername;
        question.assignedClerkId = target.id;
        question.assignedClerkUsername = target.username;
        if (auto ok = questions.update(question, m_context.now()); !ok)
            return ok.error();
        const QString note = previous.isEmpty() ? target.username : QStringLiteral("%1 → %2").arg(previous, target.username);
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, question.id, QStringLiteral("assign"),
                                           statusName(question.status), statusName(question.status), note);
            !ok)
            return ok.error();
        return question;
    });
}

} // namespace danhoi
