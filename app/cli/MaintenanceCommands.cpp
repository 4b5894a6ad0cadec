#include "Commands.h"
#include "JsonViews.h"

#include "core/AuditNote.h"
#include "services/AdminService.h"
#include "services/AuditService.h"
#include "services/DatabaseCopy.h"
#include "services/MaintenanceService.h"
#include "services/QuestionService.h"

#include <QJsonArray>

namespace danhoi::cli {

namespace {
class MaintenanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)
};
} // namespace

Result<void> runAuditList(CliSession& session)
{
    std::optional<Id> questionId;
    if (!session.invocation().positionals.isEmpty()) {
        auto question = QuestionService(session.context(), session.user()).find(session.invocation().positionals.at(0));
        if (!question)
            return question.error();
        questionId = question->id;
    }
    auto events = AuditService(session.context(), session.user()).list(questionId);
    if (!events)
        return events.error();
    auto settings = AdminService(session.context(), session.user()).settings();
    const JsonViews views(AgencyTime(settings ? settings->timeZone : QString()));
    QJsonArray array;
    QStringList lines;
    for (const AuditEvent& e : events.value()) {
        const QJsonObject object = views.event(e);
        array.append(object);
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6→%7\t%8")
                         .arg(e.seq)
                         .arg(object.value(QStringLiteral("at")).toString(), e.username,
                              e.questionId ? QString::number(*e.questionId) : QStringLiteral("-"), e.action, e.fromStatus,
                              e.toStatus, AuditNote::display(e.action, e.note)));
    }
    session.json() ? session.printJson(array) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runAuditVerify(CliSession& session)
{
    auto verdict = AuditService(session.context(), session.user()).verify();
    if (!verdict)
        return verdict.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("ok"), verdict->ok},
                                      {QStringLiteral("checked"), verdict->checked},
                                      {QStringLiteral("first_bad_seq"), verdict->ok ? QJsonValue() : QJsonValue(verdict->firstBadSeq)},
                                      {QStringLiteral("reason"), verdict->reason}});
    if (!verdict->ok)
        return Error{ErrorKind::Verification,
                     MaintenanceCommands::tr("The audit log has been tampered with: %1").arg(verdict->reason), {}};
    if (!session.json())
        session.print(MaintenanceCommands::tr("The audit chain of %1 events is intact.").arg(verdict->checked));
    return {};
}

Result<void> runDbCopy(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("from")) || !in.has(QStringLiteral("to")))
        return Error::invalid(MaintenanceCommands::tr("db copy needs --from SQLITE_FILE and --to postgresql://OWNER@HOST/DBNAME."));
    auto copied = DatabaseCopy::run(in.option(QStringLiteral("from")), in.option(QStringLiteral("to")));
    if (!copied)
        return copied.error();
    if (session.json()) {
        QJsonObject rows, passwords;
        for (const auto& [table, count] : copied->rows)
            rows.insert(table, count);
        for (const auto& [user, password] : copied->oneTimePasswords)
            passwords.insert(user, password);
        session.printJson(QJsonObject{{QStringLiteral("rows"), rows},
                                      {QStringLiteral("audit_events_verified"), copied->auditEvents},
                                      {QStringLiteral("login_roles"), copied->loginRoles},
                                      {QStringLiteral("one_time_passwords"), passwords}});
        return {};
    }
    QStringList counts;
    for (const auto& [table, count] : copied->rows)
        counts.append(QStringLiteral("%1 %2").arg(table).arg(count));
    session.print(MaintenanceCommands::tr("Copied: %1.").arg(counts.join(QStringLiteral(", "))));
    session.print(MaintenanceCommands::tr("The audit chain of %1 events verifies on the server.").arg(copied->auditEvents));
    if (!copied->loginRoles) {
        session.print(MaintenanceCommands::tr("The server database was not provisioned, so the users were copied without "
                                              "login roles and keep their DanHoi passwords; for login roles, copy into a "
                                              "new database made with db provision."));
        return {};
    }
    session.print(MaintenanceCommands::tr("Each user is now a login role. One-time passwords to hand out (ask each "
                                          "user to choose their own with user password):"));
    for (const auto& [user, password] : copied->oneTimePasswords)
        session.print(QStringLiteral("  %1  %2").arg(user, password));
    return {};
}

Result<void> runDbCheck(CliSession& session)
{
    auto health = MaintenanceService(session.context(), session.user()).check();
    if (!health)
        return health.error();
    if (session.json()) {
        QJsonArray problems;
        for (const QString& p : health->problems)
            problems.append(p);
        session.printJson(QJsonObject{{QStringLiteral("ok"), health->ok},
                                      {QStringLiteral("schema_version"), health->schemaVersion},
                                      {QStringLiteral("program_schema_version"), health->programVersion},
                                      {QStringLiteral("problems"), problems}});
    }
    if (!health->ok)
        return Error{ErrorKind::Verification,
                     MaintenanceCommands::tr("The database check failed: %1").arg(health->problems.join(QStringLiteral("; "))), {}};
    if (!session.json())
        session.print(MaintenanceCommands::tr("The database is intact (schema version %1).").arg(health->schemaVersion));
    return {};
}

Result<void> runDbUpgrade(CliSession& session)
{
    // Opening the session already brought the database up to date (an SQLite file after a backup copy; a server
    // by its owner's connection, without a desk user); this checks what the steps could have broken and reports it.
    // The full check (every index against its table, the search index against the questions) is db check's: it
    // takes a quarter of an hour at a million questions, and the steps ran in transactions after a backup.
    auto health = session.user().id == 0 ? MaintenanceService::checkUpgradedDatabase(*session.context().db)
                                         : MaintenanceService(session.context(), session.user()).checkUpgraded();
    if (!health)
        return health.error();
    const int from = session.upgradedFrom();
    const int layerFrom = session.layerUpgradedFrom();
    if (session.json()) {
        QJsonObject report{{QStringLiteral("ok"), health->ok},
                           {QStringLiteral("schema_version"), health->schemaVersion},
                           {QStringLiteral("upgraded_from"), from == 0 ? QJsonValue() : QJsonValue(from)}};
        if (session.layerVersion() != 0) {
            report.insert(QStringLiteral("layer_version"), session.layerVersion());
            report.insert(QStringLiteral("layer_upgraded_from"), layerFrom == 0 ? QJsonValue() : QJsonValue(layerFrom));
        }
        session.printJson(report);
    }
    if (!health->ok)
        return Error{ErrorKind::Verification,
                     MaintenanceCommands::tr("The database check after the upgrade failed: %1")
                         .arg(health->problems.join(QStringLiteral("; "))),
                     {}};
    if (session.json())
        return {};
    if (from == 0)
        session.print(MaintenanceCommands::tr("The database is at schema version %1, the latest this program knows.")
                          .arg(health->schemaVersion));
    else
        session.print(MaintenanceCommands::tr("The database was upgraded from schema version %1 to %2. For a full "
                                              "check of every index and of the search index, run \"danhoi-cli db "
                                              "check\" (on a large database it takes a while).")
                          .arg(from)
                          .arg(health->schemaVersion));
    if (layerFrom != 0)
        session.print(MaintenanceCommands::tr("The permissions on the server were upgraded from layer %1 to %2; every "
                                              "desk can sign in again.")
                          .arg(layerFrom)
                          .arg(session.layerVersion()));
    return {};
}

Result<void> runDbProvision(CliSession& session)
{
    // Opening the session as the owner created the schema and the security layer; this reports it.
    if (session.context().db->engine() != Database::Engine::PostgreSql)
        return Error::invalid(MaintenanceCommands::tr("db provision sets up a PostgreSQL database "
                                                      "(--db postgresql://OWNER@HOST/DBNAME); an SQLite file is set up "
                                                      "by init."));
    auto health = MaintenanceService::checkDatabase(*session.context().db);
    if (!health)
        return health.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("schema_version"), health->schemaVersion},
                                      {QStringLiteral("provisioned"), true}});
    else
        session.print(MaintenanceCommands::tr("The database is ready (schema version %1, roles and permissions in "
                                              "place). Next: danhoi-cli init as its owner.")
                          .arg(health->schemaVersion));
    return {};
}

Result<void> runBackup(CliSession& session)
{
    if (!session.invocation().has(QStringLiteral("out")))
        return Error::invalid(MaintenanceCommands::tr("backup needs --out FILE."));
    auto path = MaintenanceService(session.context(), session.user()).backup(session.invocation().option(QStringLiteral("out")));
    if (!path)
        return path.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("backup"), path.value()}, {QStringLiteral("verified"), true}});
    else
        session.print(MaintenanceCommands::tr("Wrote and verified the backup %1.").arg(path.value()));
    return {};
}

CommandHandler handlerFor(const CommandSpec& spec)
{
    static const QHash<QString, CommandHandler> handlers = {
        {QStringLiteral("init"), runInit},
        {QStringLiteral("department add"), runDepartmentAdd},
        {QStringLiteral("department list"), runDepartmentList},
        {QStringLiteral("category add"), runCategoryAdd},
        {QStringLiteral("category set"), runCategorySet},
        {QStringLiteral("category list"), runCategoryList},
        {QStringLiteral("user add"), runUserAdd},
        {QStringLiteral("user list"), runUserList},
        {QStringLiteral("user disable"), runUserDisable},
        {QStringLiteral("user password"), runUserPassword},
        {QStringLiteral("question add"), runQuestionAdd},
        {QStringLiteral("question list"), runQuestionList},
        {QStringLiteral("question show"), runQuestionShow},
        {QStringLiteral("assign"), runAssign},
        {QStringLiteral("calendar holidays"), runCalendarHolidays},
        {QStringLiteral("calendar due"), runCalendarDue},
        {QStringLiteral("calendar list"), runCalendarList},
        {QStringLiteral("calendar set"), runCalendarSet},
        {QStringLiteral("calendar unset"), runCalendarUnset},
        {QStringLiteral("suggest"), runSuggest},
        {QStringLiteral("audit list"), runAuditList},
        {QStringLiteral("audit verify"), runAuditVerify},
        {QStringLiteral("db check"), runDbCheck},
        {QStringLiteral("db upgrade"), runDbUpgrade},
        {QStringLiteral("db provision"), runDbProvision},
        {QStringLiteral("db copy"), runDbCopy},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("dev generate"), runDevGenerate},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("publish"), runPublish},
        {QStringLiteral("redaction show"), runRedactionShow},
        {QStringLiteral("redaction hide"), runRedactionChange},
        {QStringLiteral("redaction keep"), runRedactionChange},
        {QStringLiteral("redaction remove"), runRedactionChange},
        {QStringLiteral("setting list"), runSettingList},
        {QStringLiteral("setting set"), runSettingSet},
        {QStringLiteral("search"), runSearch},
        {QStringLiteral("similar"), runSimilar},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("letter"), runLetter},
    };
    const QString key = spec.words.join(QLatin1Char(' '));
    if (handlers.contains(key)) // "publish" writes the bundle too, it is more than the transition
        return handlers.value(key);
    if (actionFromName(key))
        return runTransition;
    return nullptr;
}

} // namespace danhoi::cli
