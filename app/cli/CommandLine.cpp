#include "CommandLine.h"

#include <QTextStream>

namespace danhoi::cli {

namespace {

const QStringList globalValueOptions = {QStringLiteral("db"), QStringLiteral("user")};
const QStringList globalFlags = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("version")};

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const QList<CommandSpec>& CommandLine::commands()
{
    static const QList<CommandSpec> all = {
        {words("init"), {}, words("agency admin"), {}, false, QT_TR_NOOP("Set up a new database: the agency and its first administrator")},
        {words("department add"), words("CODE"), words("name name-en"), {}, true, QT_TR_NOOP("Add a department")},
        {words("department list"), {}, {}, {}, true, QT_TR_NOOP("List departments")},
        {words("category add"), words("NAME"), words("department days"), {}, true, QT_TR_NOOP("Add a category with its answer period")},
        {words("category set"), words("NAME"), words("name department days active"), {}, true,
         QT_TR_NOOP("Change a category: --name NEW, --department CODE (- for none), --days N, --active yes|no")},
        {words("category list"), {}, {}, {}, true, QT_TR_NOOP("List categories")},
        {words("user add"), words("USERNAME"), words("role department display"), {}, true, QT_TR_NOOP("Add a user (password from DANHOI_NEW_PASSWORD)")},
        {words("user list"), {}, {}, {}, true, QT_TR_NOOP("List users")},
        {words("user disable"), words("USERNAME"), {}, {}, true, QT_TR_NOOP("Disable a user")},
        {words("user password"), words("USERNAME"), {}, {}, true, QT_TR_NOOP("Change a password (new password from DANHOI_NEW_PASSWORD)")},
        {words("question add"), {},
         words("title body body-file channel category asker-name asker-locality asker-phone asker-email asker-address "
               "asker-id-number received external-id"),
         {}, true, QT_TR_NOOP("Record a question")},
        {words("question list"), {}, words("status department limit offset"), {}, true, QT_TR_NOOP("List questions, newest first")},
        {words("question show"), words("ID"), {}, {}, true, QT_TR_NOOP("Show a question with its answers and history")},
        {words("assign"), words("ID"), words("clerk"), {}, true, QT_TR_NOOP("Put a question on a clerk's desk")},
        {words("route"), words("ID"), words("department category due"), {}, true, QT_TR_NOOP("Route a question to a department")},
        {words("reject"), words("ID"), words("reason duplicate-of"), {}, true, QT_TR_NOOP("Reject a question")},
        {words("draft"), words("ID"), words("text text-file"), {}, true, QT_TR_NOOP("Save a new revision of the answer")},
        {words("submit"), words("ID"), {}, {}, true, QT_TR_NOOP("Submit the answer for approval")},
        {words("approve"), words("ID"), {}, {}, true, QT_TR_NOOP("Approve the submitted answer")},
        {words("return"), words("ID"), words("comment"), {}, true, QT_TR_NOOP("Return the answer for revision")},
        {words("transfer-request"), words("ID"), words("reason"), {}, true, QT_TR_NOOP("Ask the coordinator to route the question elsewhere")},
        {words("unpublish"), words("ID"), words("reason"), {}, true, QT_TR_NOOP("Take a published answer offline")},
        {words("calendar holidays"), {}, words("year"), {}, false,
         QT_TR_NOOP("List the public holidays and days in lieu of a year")},
        {words("calendar due"), {}, words("from working-days"), {}, false,
         QT_TR_NOOP("The due date N working days after a date (YYYY-MM-DD), with the days skipped")},
        {words("calendar list"), {}, {}, {}, true, QT_TR_NOOP("List the days set on top of the Labor Code")},
        {words("calendar set"), words("DATE"), words("off working"), {}, true,
         QT_TR_NOOP("Set a day as an extra day off (--off NAME) or a working day (--working NOTE)")},
        {words("calendar unset"), words("DATE"), {}, {}, true, QT_TR_NOOP("Remove what was set for a day")},
        {words("suggest"), words("ID?"), words("text"), {}, true,
         QT_TR_NOOP("Suggest departments for a question or for --text, with the words behind each")},
        {words("audit list"), words("ID?"), {}, {}, true, QT_TR_NOOP("List audit events")},
        {words("audit verify"), {}, {}, {}, true, QT_TR_NOOP("Verify the audit chain")},
        {words("db check"), {}, {}, {}, true, QT_TR_NOOP("Check integrity and schema version")},
        {words("db upgrade"), {}, {}, {}, true, QT_TR_NOOP("Upgrade the schema (after a backup)")},
        {words("db provision"), {}, {}, {}, false,
         QT_TR_NOOP("Set up a new, empty PostgreSQL database as its owner: schema, roles and permissions")},
        {words("db copy"), {}, words("from to"), {}, false,
         QT_TR_NOOP("Move a single-desk SQLite file onto a new PostgreSQL database (its owner; users become login roles)")},
        {words("backup"), {}, words("out"), {}, true, QT_TR_NOOP("Write a verified copy of the database")},
        {words("dev generate"), {}, words("count seed"), {}, true, QT_TR_NOOP("Fill the database with realistic synthetic questions (for trials and benchmarks)")},
        {words("search"), words("QUERY?"), words("status department from to limit"), words("rebuild check"), true,
         QT_TR_NOOP("Search questions: words, \"a phrase\", -excluded, prefix* (--rebuild, --check: the index, admins)")},
        {words("similar"), words("ID"), words("limit"), {}, true,
         QT_TR_NOOP("The questions most like a question, answered ones first")},
        {words("export"), {}, words("format status department from to out"), {}, true,
         QT_TR_NOOP("Export the questions you may see as CSV, XLSX or JSON (dates: received from/to)")},
        {words("letter"), words("ID"), words("format out number signer-title place date"), {}, true,
         QT_TR_NOOP("Write the reply letter to the asker as ODT or PDF (signer title lines separated by |)")},
        {words("import"), words("FILE"), {}, words("dry-run"), true,
         QT_TR_NOOP("Import portal submissions (CSV, JSON, JSON Lines): all records or none")},
        {words("publish"), words("ID...?"), words("out templates push"), words("all-approved"), true,
         QT_TR_NOOP("Publish approved answers and write the portal bundle (push token from DANHOI_PORTAL_TOKEN)")},
        {words("redaction show"), words("ID"), {}, {}, true, QT_TR_NOOP("Show a question as the public will see it")},
        {words("redaction hide"), words("ID TEXT"), {}, {}, true,
         QT_TR_NOOP("Always hide a text of a question from the public")},
        {words("redaction keep"), words("ID TEXT"), {}, {}, true,
         QT_TR_NOOP("Keep a text public that the automatic redaction would hide")},
        {words("redaction remove"), words("ID TEXT"), words("kind"), {}, true,
         QT_TR_NOOP("Forget a manual choice (--kind hide, the default, or keep)")},
        {words("setting list"), {}, {}, {}, true, QT_TR_NOOP("Show the publishing settings")},
        {words("setting set"), words("KEY VALUE"), {}, {}, true,
         QT_TR_NOOP("Change a publishing setting: agency.portal_base_url, publish.asker_line, redaction.allowlist")},
    };
    return all;
}

Result<Invocation> CommandLine::parse(const QStringList& arguments)
{
    QStringList valueOptions = globalValueOptions;
    QStringList commandFlags;
    for (const CommandSpec& spec : commands()) {
        valueOptions += spec.options;
        commandFlags += spec.flags;
    }

    Invocation invocation;
    QStringList loose;
    QList<std::pair<QString, QString>> given;
    QStringList givenFlags;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (onlyPositionals || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            loose.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        if (arg == QLatin1String("-h")) {
            givenFlags.append(QStringLiteral("help"));
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")))
            return Error::invalid(tr("Unknown option %1. See danhoi-cli --help.").arg(arg));
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size())
                    return Error::invalid(tr("The option --%1 needs a value.").arg(name));
                value = arguments.at(++i);
            }
            given.append({name, value});
        } else if (globalFlags.contains(name) || commandFlags.contains(name)) {
            if (hasInlineValue)
                return Error::invalid(tr("The option --%1 takes no value.").arg(name));
            givenFlags.append(name);
        } else {
            return Error::invalid(tr("Unknown option --%1. See danhoi-cli --help.").arg(name));
        }
    }
    invocation.help = givenFlags.contains(QStringLiteral("help"));
    invocation.version = givenFlags.contains(QStringLiteral("version"));
    invocation.json = givenFlags.contains(QStringLiteral("json"));
    for (const auto& [name, value] : given) {
        if (name == QLatin1String("db"))
            invocation.db = value;
        else if (name == QLatin1String("user"))
            invocation.user = value;
    }
    if (loose.isEmpty()) {
        if (invocation.help || invocation.version)
            return invocation;
        return Error::invalid(tr("No command given. See danhoi-cli --help."));
    }
    // The longest command whose words start the positional arguments.
    for (const CommandSpec& spec : commands()) {
        if (loose.size() >= spec.words.size() && loose.mid(0, spec.words.size()) == spec.words
            && (!invocation.command || spec.words.size() > invocation.command->words.size()))
            invocation.command = &spec;
    }
    if (!invocation.command)
        return Error::invalid(tr("Unknown command \"%1\". See danhoi-cli --help.").arg(loose.join(QLatin1Char(' '))));
    const CommandSpec& spec = *invocation.command;
    invocation.positionals = loose.mid(spec.words.size());
    if (invocation.help)
        return invocation;
    for (const QString& name : givenFlags) {
        if (globalFlags.contains(name))
            continue;
        if (!spec.flags.contains(name))
            return Error::invalid(
                tr("The command \"%1\" has no option --%2.").arg(spec.words.join(QLatin1Char(' ')), name));
        invocation.flags.append(name);
    }
    for (const auto& [name, value] : given) {
        if (globalValueOptions.contains(name))
            continue;
        if (!spec.options.contains(name))
            return Error::invalid(
                tr("The command \"%1\" has no option --%2.").arg(spec.words.join(QLatin1Char(' ')), name));
        invocation.options.insert(name, value);
    }
    qsizetype required = 0;
    for (const QString& name : spec.positionals)
        required += name.endsWith(QLatin1Char('?')) ? 0 : 1;
    if (invocation.positionals.size() < required)
        return Error::invalid(tr("The command \"%1\" needs %2.")
                                  .arg(spec.words.join(QLatin1Char(' ')), spec.positionals.join(QLatin1Char(' '))));
    const bool variadic = !spec.positionals.isEmpty() && spec.positionals.last().contains(QLatin1String("..."));
    if (!variadic && invocation.positionals.size() > spec.positionals.size())
        return Error::invalid(tr("Unexpected argument \"%1\" for the command \"%2\".")
                                  .arg(invocation.positionals.at(spec.positionals.size()), spec.words.join(QLatin1Char(' '))));
    return invocation;
}

QString CommandLine::help()
{
    QString text;
    QTextStream out(&text);
    out << tr("Usage: danhoi-cli [--db LOCATION] [--user NAME] [--json] COMMAND [ARGUMENTS] [OPTIONS]") << "\n\n";
    out << tr("Global options (before or after the command):") << "\n";
    out << "  --db LOCATION  " << tr("an SQLite database file or postgresql://[USER@]HOST[:PORT]/DBNAME[?host=/socket/dir] "
                                 "(or env DANHOI_DB; default: the desktop app's file)") << "\n";
    out << "  --user NAME    " << tr("who acts; the password comes from env DANHOI_PASSWORD or a prompt") << "\n";
    out << "  --json         " << tr("machine-readable output") << "\n";
    out << "  --help, --version\n\n";
    out << tr("Commands:") << "\n";
    for (const CommandSpec& spec : commands()) {
        QString usage = spec.words.join(QLatin1Char(' '));
        for (const QString& p : spec.positionals)
            usage += p.endsWith(QLatin1Char('?')) ? QStringLiteral(" [%1]").arg(p.chopped(1)) : QLatin1Char(' ') + p;
        for (const QString& o : spec.options)
            usage += QStringLiteral(" [--%1 …]").arg(o);
        for (const QString& f : spec.flags)
            usage += QStringLiteral(" [--%1]").arg(f);
        out << "  " << usage << "\n      " << tr(spec.summary.toUtf8().constData()) << "\n";
    }
    out << "\n" << tr("ID is a numeric id or a reference such as HD-2025-000123. Put -- before an argument that starts "
                      "with '-'.")
        << "\n";
    out << tr("Statuses: received, assigned, drafting, pending_approval, approved, published, rejected, "
              "transfer_requested.")
        << "\n";
    out << tr("Exit codes: 0 ok, 1 other error, 2 invalid input or usage, 3 not permitted, 4 not found, 5 conflict, "
              "6 authentication failed, 7 verification failed.")
        << "\n";
    return text;
}

} // namespace danhoi::cli
