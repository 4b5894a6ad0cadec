#include "Commands.h"

#include "services/SearchService.h"

#include <QJsonArray>
#include <QLocale>
#include <QJsonObject>

#include <cmath>

namespace danhoi::cli {

namespace {
class SearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommands)
};

// A search snippet (HTML: escaped text, matched words in <mark>) as the plain text a terminal shows.
QString plainSnippet(QString html)
{
    html.remove(QStringLiteral("<mark>")).remove(QStringLiteral("</mark>"));
    return html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

Result<int> limitOf(const Invocation& in, int fallback)
{
    if (!in.has(QStringLiteral("limit")))
        return fallback;
    bool ok = false;
    const int value = in.option(QStringLiteral("limit")).toInt(&ok);
    if (!ok || value < 1 || value > SearchService::maxLimit)
        return Error::invalid(SearchCommands::tr("--limit must be a whole number from 1 to %1.").arg(SearchService::maxLimit),
                              QStringLiteral("limit"));
    return value;
}

Result<QDate> dateOf(const Invocation& in, const QString& name)
{
    if (!in.has(name))
        return QDate();
    const QDate date = QDate::fromString(in.option(name).trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error::invalid(SearchCommands::tr("--%1 must be a date written YYYY-MM-DD.").arg(name), name);
    return date;
}

double rounded(double score)
{
    return std::round(score * 10000.0) / 10000.0;
}

Result<void> runIndexMaintenance(CliSession& session)
{
    SearchService service(session.context(), session.user());
    if (session.invocation().flags.contains(QStringLiteral("rebuild"))) {
        auto indexed = service.rebuild();
        if (!indexed)
            return indexed.error();
        if (session.json())
            session.printJson(QJsonObject{{QStringLiteral("rebuilt"), true}, {QStringLiteral("questions"), indexed.value()}});
        else
            session.print(SearchCommands::tr("Rebuilt the search index of %n question(s).", nullptr, int(indexed.value())));
    }
    if (!session.invocation().flags.contains(QStringLiteral("check")))
        return {};
    auto checked = service.check();
    if (!checked)
        return checked.error();
    if (session.json()) {
        QJsonArray problems;
        for (const QString& problem : checked->problems)
            problems.append(problem);
        session.printJson(QJsonObject{{QStringLiteral("ok"), checked->ok()},
                                      {QStringLiteral("questions"), checked->questions},
                                      {QStringLiteral("rows"), checked->rows},
                                      {QStringLiteral("problems"), problems}});
    }
    if (!checked->ok())
        return Error{ErrorKind::Verification,
                     SearchCommands::tr("The search index does not match the questions: %1")
                         .arg(checked->problems.join(QStringLiteral("; "))),
                     {}};
    if (!session.json())
        session.print(SearchCommands::tr("The search index matches all %n question(s).", nullptr, int(checked->questions)));
    return {};
}

} // namespace

Result<void> runSearch(CliSession& session)
{
    const Invocation& in = session.invocation();
    const bool maintenance = in.flags.contains(QStringLiteral("rebuild")) || in.flags.contains(QStringLiteral("check"));
    if (maintenance) {
        if (!in.positionals.isEmpty())
            return Error::invalid(SearchCommands::tr("search --rebuild and --check take no query."));
        return runIndexMaintenance(session);
    }
    if (in.positionals.isEmpty())
        return Error::invalid(SearchCommands::tr("search needs a QUERY (put -- before a query that starts with -)."));
    SearchRequest request;
    request.text = in.positionals.first();
    if (in.has(QStringLiteral("status"))) {
        for (const QString& name : in.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto status = statusFromName(name.trimmed());
            if (!status)
                return Error::invalid(SearchCommands::tr("Unknown status \"%1\".").arg(name), QStringLiteral("status"));
            request.statuses.append(*status);
        }
    }
    request.departmentCode = in.option(QStringLiteral("department"));
    auto limit = limitOf(in, 20);
    auto from = dateOf(in, QStringLiteral("from"));
    auto to = dateOf(in, QStringLiteral("to"));
    if (!limit)
        return limit.error();
    if (!from)
        return from.error();
    if (!to)
        return to.error();
    request.limit = limit.value();
    request.receivedFrom = from.value();
    request.receivedTo = to.value();
    auto results = SearchService(session.context(), session.user()).find(request);
    if (!results)
        return results.error();
    // As the desk says it under its list: only the newest matches were ranked (docs/PERFORMANCE.md).
    const QString cut = results->allMatchesRanked
        ? QString()
        : SearchCommands::tr("The best %n result(s) among the newest %1 matches; more match. Add words or filters to find"
                             " older questions.", nullptr, int(results->best.size()))
              .arg(QLocale().toString(SearchService::window));
    if (session.json()) {
        QJsonArray array;
        for (const SearchResult& r : results->best)
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("ref"), r.ref},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("status"), statusName(r.status)},
                                     {QStringLiteral("score"), rounded(r.score)},
                                     {QStringLiteral("snippet"), r.snippet}});
        QJsonObject out{{QStringLiteral("results"), array}, {QStringLiteral("allMatchesRanked"), results->allMatchesRanked}};
        if (!cut.isEmpty())
            out.insert(QStringLiteral("note"), cut);
        session.printJson(out);
        return {};
    }
    QStringList lines;
    for (const SearchResult& r : results->best)
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\n    %5")
                         .arg(r.ref, statusName(r.status), QString::number(rounded(r.score)), r.title,
                              plainSnippet(r.snippet)));
    if (lines.isEmpty())
        lines.append(SearchCommands::tr("Nothing found."));
    if (!cut.isEmpty())
        lines.append(cut);
    session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runSimilar(CliSession& session)
{
    const Invocation& in = session.invocation();
    auto limit = limitOf(in, 5);
    if (!limit)
        return limit.error();
    auto similar = SearchService(session.context(), session.user()).similar(in.positionals.first(), limit.value());
    if (!similar)
        return similar.error();
    if (session.json()) {
        QJsonArray array;
        for (const SimilarQuestion& s : similar.value())
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("ref"), s.ref},
                                     {QStringLiteral("title"), s.title},
                                     {QStringLiteral("status"), statusName(s.status)},
                                     {QStringLiteral("answered"), s.answered},
                                     {QStringLiteral("score"), rounded(s.score)}});
        session.printJson(array);
        return {};
    }
    QStringList lines;
    for (const SimilarQuestion& s : similar.value())
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(s.ref, statusName(s.status),
                              s.answered ? SearchCommands::tr("answered") : SearchCommands::tr("open"),
                              QString::number(rounded(s.score)), s.title));
    session.print(lines.isEmpty() ? SearchCommands::tr("No similar questions.") : lines.join(QLatin1Char('\n')));
    return {};
}

} // namespace danhoi::cli
