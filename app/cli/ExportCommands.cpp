#include "Commands.h"

#include "services/ExportService.h"
#include "services/LetterService.h"

#include <QDir>
#include <QJsonObject>

namespace danhoi::cli {

namespace {

class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
};

// YYYY-MM-DD or DD/MM/YYYY.
Result<std::optional<QDate>> dateOption(const Invocation& in, const QString& name)
{
    if (!in.has(name))
        return std::optional<QDate>();
    const QString text = in.option(name).trimmed();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!date.isValid())
        return Error::invalid(ExportCommands::tr("--%1 must be a date like 2025-03-04 or 04/03/2025.").arg(name), name);
    return std::optional<QDate>(date);
}

Result<QString> outPath(const Invocation& in)
{
    if (!in.has(QStringLiteral("out")) || in.option(QStringLiteral("out")).trimmed().isEmpty())
        return Error::invalid(ExportCommands::tr("Give the file to write with --out."), QStringLiteral("out"));
    return QDir::current().absoluteFilePath(in.option(QStringLiteral("out")));
}

} // namespace

Result<void> runExport(CliSession& session)
{
    const Invocation& in = session.invocation();
    const auto format = ExportColumns::formatFromName(in.option(QStringLiteral("format")));
    if (!format)
        return Error::invalid(ExportCommands::tr("--format must be csv, xlsx or json."), QStringLiteral("format"));
    auto out = outPath(in);
    if (!out)
        return out.error();
    ExportFilter filter;
    for (const QString& name : in.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = statusFromName(name.trimmed());
        if (!status)
            return Error::invalid(ExportCommands::tr("Unknown status \"%1\".").arg(name), QStringLiteral("status"));
        filter.statuses.append(*status);
    }
    filter.departmentCode = in.option(QStringLiteral("department"));
    auto from = dateOption(in, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = dateOption(in, QStringLiteral("to"));
    if (!to)
        return to.error();
    filter.receivedFrom = from.value();
    filter.receivedTo = to.value();
    auto summary = ExportService(session.context(), session.user()).exportQuestions(filter, *format, out.value());
    if (!summary)
        return summary.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("rows"), summary->rows},
                                      {QStringLiteral("format"), ExportColumns::formatName(summary->format)},
                                      {QStringLiteral("path"), summary->path}});
    else
        session.print(ExportCommands::tr("Exported %1 question(s) to %2.").arg(summary->rows).arg(summary->path));
    return {};
}

Result<void> runLetter(CliSession& session)
{
    const Invocation& in = session.invocation();
    const auto format = LetterService::formatFromName(in.option(QStringLiteral("format")));
    if (!format)
        return Error::invalid(ExportCommands::tr("--format must be odt or pdf."), QStringLiteral("format"));
    auto out = outPath(in);
    if (!out)
        return out.error();
    LetterOptions options;
    options.number = in.option(QStringLiteral("number"));
    options.place = in.option(QStringLiteral("place"));
    options.signerTitle = in.option(QStringLiteral("signer-title")).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    auto date = dateOption(in, QStringLiteral("date"));
    if (!date)
        return date.error();
    options.date = date.value();
    const QString id = in.positionals.value(0);
    if (auto ok = LetterService(session.context(), session.user()).write(id, *format, out.value(), options); !ok)
        return ok;
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("question"), id},
                                      {QStringLiteral("format"), in.option(QStringLiteral("format")).toLower()},
                                      {QStringLiteral("path"), out.value()}});
    else
        session.print(ExportCommands::tr("Wrote the letter for %1 to %2.").arg(id, out.value()));
    return {};
}

} // namespace danhoi::cli
