#include "Commands.h"
#include "JsonViews.h"

#include "core/AuditNote.h"
#include "services/AdminService.h"
#include "services/QuestionService.h"
#include "services/WorkflowService.h"

#include <QJsonArray>

namespace danhoi::cli {

namespace {

class QuestionCommands
{
    Q_DECLARE_TR_FUNCTIONS(QuestionCommands)
};

Result<AgencyTime> agencyTime(CliSession& session)
{
    auto settings = AdminService(session.context(), session.user()).settings();
    if (!settings)
        return settings.error();
    return AgencyTime(settings->timeZone);
}

// Text from --NAME or from the file given by --NAME-file; exactly one of the two.
Result<QString> textOrFile(const Invocation& in, const QString& name, bool required)
{
    const QString fileOption = name + QStringLiteral("-file");
    if (in.has(name) && in.has(fileOption))
        return Error::invalid(QuestionCommands::tr("Give either --%1 or --%2, not both.").arg(name, fileOption));
    if (in.has(fileOption))
        return CliSession::readTextFile(in.option(fileOption));
    if (required && !in.has(name))
        return Error::invalid(QuestionCommands::tr("Give the text with --%1 or --%2.").arg(name, fileOption));
    return in.option(name);
}

Result<int> wholeNumber(const Invocation& in, const QString& name, int fallback, int min, int max)
{
    if (!in.has(name))
        return fallback;
    bool ok = false;
    const int value = in.option(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return Error::invalid(QuestionCommands::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return value;
}

} // namespace

Result<void> runQuestionAdd(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("title")))
        return Error::invalid(QuestionCommands::tr("question add needs --title."));
    auto body = textOrFile(in, QStringLiteral("body"), true);
    if (!body)
        return body.error();
    auto time = agencyTime(session);
    if (!time)
        return time.error();
    NewQuestion question;
    question.title = in.option(QStringLiteral("title"));
    question.body = body.value();
    if (in.has(QStringLiteral("channel"))) {
        const auto channel = channelFromName(in.option(QStringLiteral("channel")));
        if (!channel)
            return Error::invalid(QuestionCommands::tr("Unknown channel \"%1\"; use portal, email, letter, phone or walk_in.")
                                      .arg(in.option(QStringLiteral("channel"))));
        question.channel = *channel;
    }
    question.categoryName = in.option(QStringLiteral("category"));
    question.asker = {in.option(QStringLiteral("asker-name")),    in.option(QStringLiteral("asker-locality")),
                      in.option(QStringLiteral("asker-phone")),   in.option(QStringLiteral("asker-email")),
                      in.option(QStringLiteral("asker-address")), in.option(QStringLiteral("asker-id-number"))};
    question.externalId = in.option(QStringLiteral("external-id"));
    if (in.has(QStringLiteral("received"))) {
        question.receivedAt = time->parse(in.option(QStringLiteral("received")));
        if (!question.receivedAt.isValid())
            return Error::invalid(QuestionCommands::tr("--received must be an ISO 8601 time such as 2025-03-04T09:30 or "
                                                       "2025-03-04T09:30:00+07:00."));
    }
    auto added = QuestionService(session.context(), session.user()).add(question);
    if (!added)
        return added.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("id"), added->id}, {QStringLiteral("ref"), added->ref}});
    else
        session.print(QuestionCommands::tr("Recorded %1 (id %2).").arg(added->ref).arg(added->id));
    return {};
}

Result<void> runQuestionList(CliSession& session)
{
    const Invocation& in = session.invocation();
    QuestionQuery query;
    if (in.has(QStringLiteral("status"))) {
        for (const QString& name : in.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = statusFromName(name.trimmed());
            if (!status)
                return Error::invalid(QuestionCommands::tr("Unknown status \"%1\".").arg(name));
            query.statuses.append(*status);
        }
    }
    if (in.has(QStringLiteral("department"))) {
        auto departments = AdminService(session.context(), session.user()).departments();
        if (!departments)
            return departments.error();
        const QString code = in.option(QStringLiteral("department")).trimmed().toUpper();
        for (const Department& d : departments.value())
            if (d.code == code)
                query.departmentId = d.id;
        if (!query.departmentId)
            return Error::notFound(QuestionCommands::tr("There is no department with the code %1.").arg(code));
    }
    auto limit = wholeNumber(in, QStringLiteral("limit"), 100, 1, 100000);
    if (!limit)
        return limit.error();
    auto offset = wholeNumber(in, QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
    if (!offset)
        return offset.error();
    query.limit = limit.value();
    query.offset = offset.value();
    auto time = agencyTime(session);
    if (!time)
        return time.error();
    auto rows = QuestionService(session.context(), session.user()).list(query);
    if (!rows)
        return rows.error();
    const JsonViews views(time.value());
    QJsonArray array;
    QStringList lines;
    for (const Question& q : rows.value()) {
        array.append(views.question(q));
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(q.ref, statusName(q.status), q.departmentCode.isEmpty() ? QStringLiteral("-") : q.departmentCode,
                              q.dueDate ? q.dueDate->toString(Qt::ISODate) : QStringLiteral("-"), q.title));
    }
    session.json() ? session.printJson(array) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runQuestionShow(CliSession& session)
{
    auto time = agencyTime(session);
    if (!time)
        return time.error();
    auto details = QuestionService(session.context(), session.user()).details(session.invocation().positionals.at(0));
    if (!details)
        return details.error();
    const JsonViews views(time.value());
    if (session.json()) {
        session.printJson(views.details(details.value()));
        return {};
    }
    const Question& q = details->question;
    QStringList lines;
    lines << QStringLiteral("%1 — %2").arg(q.ref, q.title);
    lines << QuestionCommands::tr("Status: %1").arg(statusName(q.status));
    lines << QuestionCommands::tr("Received: %1 (%2)").arg(time->format(q.receivedAt), channelName(q.channel));
    if (q.departmentId)
        lines << QuestionCommands::tr("Department: %1 – %2").arg(q.departmentCode, q.departmentName);
    if (q.dueDate)
        lines << QuestionCommands::tr("Due: %1").arg(q.dueDate->toString(Qt::ISODate));
    if (q.askerVisible)
    {
        QStringList asker{q.asker.name, q.asker.locality, q.asker.address, q.asker.phone, q.asker.email, q.asker.idNumber};
        asker.removeAll(QString());
        lines << QuestionCommands::tr("Asker: %1").arg(asker.join(QStringLiteral(", ")));
    }
    lines << QString() << q.body;
    for (const AnswerRevision& r : details->revisions)
        lines << QString() << QuestionCommands::tr("Revision %1 by %2, %3 (%4)").arg(r.number).arg(r.authorUsername,
                                                                                      time->format(r.createdAt),
                                                                                      revisionStateName(r.state))
              << r.body;
    if (!details->history.isEmpty())
        lines << QString() << QuestionCommands::tr("History:");
    for (const AuditEvent& e : details->history)
        lines << QStringLiteral("  %1  %2  %3  %4→%5  %6")
                     .arg(time->format(e.at), e.username, e.action, e.fromStatus, e.toStatus,
                          AuditNote::display(e.action, e.note));
    session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runAssign(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("clerk")))
        return Error::invalid(QuestionCommands::tr("assign needs --clerk USERNAME."));
    auto question = QuestionService(session.context(), session.user()).assign(in.positionals.at(0), in.option(QStringLiteral("clerk")));
    if (!question)
        return question.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("id"), question->id},
                                      {QStringLiteral("ref"), question->ref},
                                      {QStringLiteral("assigned_clerk"), question->assignedClerkUsername}});
    else
        session.print(QuestionCommands::tr("%1 is now on the desk of %2.").arg(question->ref, question->assignedClerkUsername));
    return {};
}

Result<void> runTransition(CliSession& session)
{
    const Invocation& in = session.invocation();
    const Action action = actionFromName(in.command->words.first()).value();
    ActionInput input;
    switch (action) {
    case Action::Route:
        if (!in.has(QStringLiteral("department")))
            return Error::invalid(QuestionCommands::tr("route needs --department CODE."));
        input.departmentCode = in.option(QStringLiteral("department"));
        input.categoryName = in.option(QStringLiteral("category"));
        if (in.has(QStringLiteral("due"))) {
            const QDate due = QDate::fromString(in.option(QStringLiteral("due")), Qt::ISODate);
            if (!due.isValid())
                return Error::invalid(QuestionCommands::tr("--due must be a date written YYYY-MM-DD."));
            input.dueDate = due;
        }
        break;
    case Action::Reject:
    case Action::TransferRequest:
    case Action::Unpublish:
        if (!in.has(QStringLiteral("reason")) || in.option(QStringLiteral("reason")).trimmed().isEmpty())
            return Error::invalid(QuestionCommands::tr("%1 needs --reason TEXT.").arg(actionName(action)));
        input.reason = in.option(QStringLiteral("reason"));
        input.duplicateOf = in.option(QStringLiteral("duplicate-of"));
        break;
    case Action::Return:
        if (!in.has(QStringLiteral("comment")) || in.option(QStringLiteral("comment")).trimmed().isEmpty())
            return Error::invalid(QuestionCommands::tr("return needs --comment TEXT."));
        input.reason = in.option(QStringLiteral("comment"));
        break;
    case Action::Draft: {
        auto text = textOrFile(in, QStringLiteral("text"), true);
        if (!text)
            return text.error();
        input.text = text.value();
        break;
    }
    default:
        break;
    }
    auto question = WorkflowService(session.context(), session.user()).perform(in.positionals.at(0), action, input);
    if (!question)
        return question.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("id"), question->id},
                                      {QStringLiteral("ref"), question->ref},
                                      {QStringLiteral("status"), statusName(question->status)},
                                      {QStringLiteral("due_date"), question->dueDate ? QJsonValue(question->dueDate->toString(Qt::ISODate)) : QJsonValue()}});
    else
        session.print(QuestionCommands::tr("%1: %2.").arg(question->ref, statusName(question->status)));
    return {};
}

} // namespace danhoi::cli
