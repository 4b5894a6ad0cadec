#include "Commands.h"

#include "services/ImportService.h"
#include "services/PublishService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace danhoi::cli {

namespace {
class PublishCommands
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommands)
};

QJsonObject previewJson(const RedactionPreview& p)
{
    QJsonArray hits;
    for (const RedactionHit& hit : p.bodyHits)
        hits.append(QJsonObject{{QStringLiteral("start"), qint64(hit.start)}, {QStringLiteral("text"), hit.text}});
    QJsonArray manual;
    for (const ManualRedaction& m : p.manual)
        manual.append(QJsonObject{{QStringLiteral("kind"), manualRedactionKindName(m.kind)},
                                  {QStringLiteral("text"), m.text},
                                  {QStringLiteral("by"), m.createdBy}});
    return QJsonObject{{QStringLiteral("ref"), p.ref},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("public_title"), p.publicTitle},
                       {QStringLiteral("body"), p.body},
                       {QStringLiteral("public_body"), p.publicBody},
                       {QStringLiteral("answer"), p.answer},
                       {QStringLiteral("public_answer"), p.publicAnswer},
                       {QStringLiteral("asker"), p.askerLine},
                       {QStringLiteral("hits"), hits},
                       {QStringLiteral("manual"), manual}};
}

void printPreview(CliSession& session, const RedactionPreview& p)
{
    if (session.json()) {
        session.printJson(previewJson(p));
        return;
    }
    QStringList lines = {PublishCommands::tr("%1 as the public will see it:").arg(p.ref), p.publicTitle, p.askerLine,
                         QString(), p.publicBody, QString(), p.publicAnswer};
    if (!p.manual.isEmpty()) {
        lines.append(QString());
        lines.append(PublishCommands::tr("Manual choices:"));
        for (const ManualRedaction& m : p.manual)
            lines.append(QStringLiteral("  %1: %2").arg(manualRedactionKindName(m.kind), m.text));
    }
    session.print(lines.join(QLatin1Char('\n')));
}
} // namespace

Result<void> runImport(CliSession& session)
{
    ImportOptions options;
    options.dryRun = session.invocation().flags.contains(QStringLiteral("dry-run"));
    const bool json = session.json();
    options.progress = [json](int done, int total) {
        if (!json && total >= 500)
            std::fprintf(stderr, "%s\r", qPrintable(PublishCommands::tr("Importing… %1 of %2").arg(done).arg(total)));
    };
    auto outcome = ImportService(session.context(), session.user()).importFile(session.invocation().positionals.at(0), options);
    if (!outcome)
        return outcome.error();
    const ImportOutcome& o = outcome.value();
    QJsonArray problems;
    QStringList problemLines;
    for (const ImportProblem& p : o.problems) {
        problems.append(QJsonObject{{p.isRecord ? QStringLiteral("record") : QStringLiteral("line"), p.line},
                                    {QStringLiteral("field"), p.field},
                                    {QStringLiteral("message"), p.message}});
        problemLines.append(QuestionImport::describe(p));
    }
    QJsonArray imported;
    for (const auto& [line, ref] : o.imported)
        imported.append(QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("ref"), ref}});
    QJsonArray duplicates;
    for (const auto& [line, ref] : o.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("existing"), ref}});
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("format"), o.format},
                                      {QStringLiteral("records"), o.records},
                                      {QStringLiteral("dry_run"), o.dryRun},
                                      {QStringLiteral("ok"), o.ok()},
                                      {QStringLiteral("imported"), imported},
                                      {QStringLiteral("duplicates"), duplicates},
                                      {QStringLiteral("problems"), problems},
                                      {QStringLiteral("ignored_fields"), QJsonArray::fromStringList(o.ignoredFields)}});
    } else if (o.ok()) {
        QStringList lines;
        lines.append(o.dryRun ? PublishCommands::tr("Dry run: %1 of %2 records would be imported, %3 are already recorded.")
                                    .arg(o.imported.size()).arg(o.records).arg(o.duplicates.size())
                              : PublishCommands::tr("Imported %1 of %2 records; %3 were already recorded.")
                                    .arg(o.imported.size()).arg(o.records).arg(o.duplicates.size()));
        if (!o.ignoredFields.isEmpty())
            lines.append(PublishCommands::tr("Ignored fields: %1").arg(o.ignoredFields.join(QStringLiteral(", "))));
        session.print(lines.join(QLatin1Char('\n')));
    } else {
        for (const QString& line : std::as_const(problemLines))
            std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    }
    if (!o.ok())
        return Error::invalid(PublishCommands::tr("Nothing was imported: %n problem(s) in the file.", nullptr,
                                                  int(o.problems.size())));
    return {};
}

Result<void> runPublish(CliSession& session)
{
    const Invocation& inv = session.invocation();
    PublishRequest request;
    request.ids = inv.positionals;
    request.allApproved = inv.flags.contains(QStringLiteral("all-approved"));
    request.outDir = inv.option(QStringLiteral("out"));
    request.templatesDir = inv.option(QStringLiteral("templates"));
    request.pushUrl = inv.option(QStringLiteral("push"));
    request.pushToken = QString::fromUtf8(qgetenv("DANHOI_PORTAL_TOKEN"));
    bool numeric = false;
    const int delay = qEnvironmentVariableIntValue("DANHOI_PUSH_RETRY_DELAY_MS", &numeric);
    if (numeric)
        request.pushBaseDelayMs = delay;
    auto outcome = PublishService(session.context(), session.user()).publish(request);
    if (!outcome)
        return outcome.error();
    const PublishOutcome& o = outcome.value();
    QJsonArray pushes;
    for (const auto& p : o.pushes)
        pushes.append(QJsonObject{{QStringLiteral("ref"), p.ref}, {QStringLiteral("key"), p.key},
                                  {QStringLiteral("state"), p.state}, {QStringLiteral("attempts"), p.attempts},
                                  {QStringLiteral("error"), p.error}});
    QJsonArray failures;
    for (const auto& [target, error] : o.failures)
        failures.append(QJsonObject{{QStringLiteral("id"), target}, {QStringLiteral("error"), error.message}});
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("published"), QJsonArray::fromStringList(o.published)},
                                      {QStringLiteral("items"), o.items},
                                      {QStringLiteral("out"), o.outDir},
                                      {QStringLiteral("pushes"), pushes},
                                      {QStringLiteral("failures"), failures}});
    } else {
        QStringList lines = {PublishCommands::tr("Published %n question(s) now; the bundle in %1 holds %2 item(s).", nullptr,
                                                 int(o.published.size()))
                                 .arg(o.outDir)
                                 .arg(o.items)};
        for (const auto& p : o.pushes)
            lines.append(PublishCommands::tr("Push %1: %2 after %3 attempt(s) %4").arg(p.ref, p.state).arg(p.attempts).arg(p.error));
        for (const auto& [target, error] : o.failures)
            lines.append(PublishCommands::tr("Not published %1: %2").arg(target, error.message));
        session.print(lines.join(QLatin1Char('\n')));
    }
    if (!o.failures.isEmpty())
        return o.failures.first().second;
    for (const auto& p : o.pushes)
        if (p.state != QLatin1String("done"))
            return Error::other(PublishCommands::tr("The bundle was written but some items did not reach the portal; "
                                                    "they are retried on the next publish."));
    return {};
}

Result<void> runRedactionShow(CliSession& session)
{
    auto preview = PublishService(session.context(), session.user()).preview(session.invocation().positionals.at(0));
    if (!preview)
        return preview.error();
    printPreview(session, preview.value());
    return {};
}

Result<void> runRedactionChange(CliSession& session)
{
    const Invocation& inv = session.invocation();
    const QString verb = inv.command->words.last();
    PublishService service(session.context(), session.user());
    Result<RedactionPreview> preview = Error::other(QString());
    if (verb == QLatin1String("remove")) {
        const auto kind = manualRedactionKindFromName(inv.has(QStringLiteral("kind")) ? inv.option(QStringLiteral("kind"))
                                                                                      : QStringLiteral("hide"));
        if (!kind)
            return Error::invalid(PublishCommands::tr("--kind is hide or keep."));
        preview = service.removeManualRedaction(inv.positionals.at(0), *kind, inv.positionals.at(1));
    } else {
        preview = service.addManualRedaction(inv.positionals.at(0),
                                             verb == QLatin1String("keep") ? ManualRedaction::Kind::Keep
                                                                           : ManualRedaction::Kind::Hide,
                                             inv.positionals.at(1));
    }
    if (!preview)
        return preview.error();
    printPreview(session, preview.value());
    return {};
}

Result<void> runSettingSet(CliSession& session)
{
    const auto& p = session.invocation().positionals;
    if (auto ok = PublishService(session.context(), session.user()).saveSetting(p.at(0), p.at(1)); !ok)
        return ok;
    if (!session.json())
        session.print(PublishCommands::tr("%1 is now \"%2\".").arg(p.at(0), p.at(1)));
    else
        session.printJson(QJsonObject{{p.at(0), p.at(1)}});
    return {};
}

Result<void> runSettingList(CliSession& session)
{
    auto settings = PublishService(session.context(), session.user()).settings();
    if (!settings)
        return settings.error();
    QJsonObject object;
    QStringList lines;
    for (const auto& [key, value] : settings.value()) {
        object.insert(key, value);
        lines.append(QStringLiteral("%1\t%2").arg(key, value));
    }
    session.json() ? session.printJson(object) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

} // namespace danhoi::cli
