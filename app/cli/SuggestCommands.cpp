#include "Commands.h"

#include "services/RoutingService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace danhoi::cli {

namespace {

class SuggestCommands
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommands)
};

} // namespace

Result<void> runSuggest(CliSession& session)
{
    const Invocation& in = session.invocation();
    const bool byText = in.has(QStringLiteral("text"));
    if (byText == !in.positionals.isEmpty())
        return Error::invalid(SuggestCommands::tr("suggest needs either a question ID or --text \"…\", not both."));
    RoutingService service(session.context(), session.user());
    auto suggestions = byText ? service.suggestText(in.option(QStringLiteral("text")))
                              : service.suggest(in.positionals.at(0));
    if (!suggestions)
        return suggestions.error();
    QJsonArray array;
    QStringList lines;
    for (const RoutingSuggestion& s : suggestions.value()) {
        const double score = std::round(s.score * 1000) / 1000;
        array.append(QJsonObject{{QStringLiteral("department"), s.departmentCode},
                                 {QStringLiteral("score"), score},
                                 {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)}});
        lines.append(QStringLiteral("%1\t%2\t%3").arg(s.departmentCode).arg(score, 0, 'f', 3).arg(s.reasons.join(QStringLiteral(", "))));
    }
    if (session.json())
        session.printJson(array);
    else
        session.print(lines.isEmpty() ? SuggestCommands::tr("No suggestion: nothing routed so far resembles this text.")
                                      : lines.join(QLatin1Char('\n')));
    return {};
}

} // namespace danhoi::cli
