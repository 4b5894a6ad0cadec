// SearchIndex: the candidates of similar questions on SQLite, bounded like a search by windows of the newest matches.
#include "SearchIndex.h"

#include <QSet>

#include <numeric>

namespace danhoi {

Result<SearchWindow> SearchIndex::similarNewest(const QList<SearchQuery::Term>& anyOf,
                                                const QList<QList<SearchQuery::Term>>& rules, const SearchFilter& filter,
                                                int window, const QList<double>& columnWeights)
{
    SearchWindow out;
    if (anyOf.isEmpty() || filter.limit <= 0 || window <= 0)
        return out;
    QStringList alternatives;
    for (const SearchQuery::Term& term : anyOf)
        alternatives.append(SearchQuery::termExpression(term));
    const QString any = alternatives.join(QStringLiteral(" OR "));
    // A rule's window matches the rule alone: with the OR in the same expression FTS5 would evaluate all its phrases
    // at every row it steps over (seconds at a million). Its rows' occurrences of the OR's terms are counted over
    // their folded text instead (the same counts: tst_searchwindow), by SearchRanking.
    QStringList expressions{any};
    for (const QList<SearchQuery::Term>& rule : rules) {
        QStringList all;
        for (const SearchQuery::Term& term : rule)
            all.append(SearchQuery::termExpression(term));
        if (!all.isEmpty())
            expressions.append(all.join(QStringLiteral(" AND ")));
    }
    QList<SearchRanking::Term> terms;
    for (const SearchQuery::Term& term : anyOf)
        terms.append({term.words, term.prefix, 1e-6});
    const bool seesAll = filter.scope.kind == VisibilityScope::Kind::Everything;
    struct Candidate {
        qint64 row;
        const WindowRows* window;
        qsizetype at;
    };
    QList<WindowRows> windows;
    windows.reserve(expressions.size());
    for (const QString& expression : std::as_const(expressions)) {
        auto where = conditionsFor(expression, filter);
        if (!where)
            return where.error();
        const QString from = sourceFor(where.value(), seesAll);
        auto newest = windows.isEmpty() ? readWindowSqlite(from, where.value(), window, anyOf.size())
                                        : readWindowFolded(from, where.value(), window, SearchRanking(terms, columnWeights));
        if (!newest)
            return newest.error();
        out.allMatches = out.allMatches && !newest->more;
        windows.append(newest.value());
    }
    // Each row once, newest first (ties go to the newer).
    QList<Candidate> candidates;
    QSet<qint64> seen;
    for (const WindowRows& rows : std::as_const(windows))
        for (qsizetype i = 0; i < rows.rows.size(); ++i)
            if (!seen.contains(rows.rows.at(i))) {
                seen.insert(rows.rows.at(i));
                candidates.append({rows.rows.at(i), &rows, i});
            }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.row > b.row; });
    out.ranked = int(candidates.size());
    if (candidates.isEmpty())
        return out;
    SearchRanking::Occurrences found;
    found.terms = anyOf.size();
    for (const WindowRows& rows : std::as_const(windows))
        found.columns = std::max(found.columns, rows.occurrences.columns);
    QList<qint64> rows;
    for (const Candidate& candidate : std::as_const(candidates)) {
        const SearchRanking::Occurrences& from = candidate.window->occurrences;
        if (from.columns != found.columns && from.rows() > 0)
            return Error::other(tr("The search index did not give the occurrences of the words."));
        rows.append(candidate.row);
        found.lengths.append(from.lengths.at(candidate.at));
        const qsizetype size = found.terms * found.columns;
        found.hits.append(from.hits.mid(candidate.at * size, size));
    }

    auto weights = termWeights(anyOf);
    if (!weights)
        return weights.error();
    for (qsizetype i = 0; i < anyOf.size(); ++i) {
        const qint64 count = weights->rows.at(i);
        terms[i].idf = SearchRanking::idf(std::max(weights->total, count), count);
    }
    const QList<double> scores = SearchRanking(terms, columnWeights).scores(found);
    auto best = bestOf(rows, scores, filter.limit, seesAll);
    if (!best)
        return best.error();
    out.best = best.value();
    return out;
}

Result<SearchIndex::WindowRows> SearchIndex::readWindowFolded(const QString& from, const Conditions& where, int window,
                                                              const SearchRanking& ranking)
{
    SqlStatement newest(m_db, QStringLiteral("SELECT s.rowid, CAST(s.title AS BLOB), CAST(s.body AS BLOB), CAST(s.answer AS BLOB),"
                                             " CAST(s.locality AS BLOB) FROM %1 WHERE %2 ORDER BY s.rowid DESC LIMIT :window")
                                  .arg(from, where.sql.join(QStringLiteral(" AND "))));
    where.bindTo(newest);
    newest.bind(QStringLiteral(":window"), window + 1);
    if (auto ok = newest.exec(); !ok)
        return ok.error();
    return windowOfFoldedTexts(newest, window, ranking);
}

} // namespace danhoi
