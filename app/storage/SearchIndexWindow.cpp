// SearchIndex: the searches whose cost is bounded by a window of the newest matches, and the row counts that weigh
// their terms.
#include "SearchIndex.h"

#include "DeskReads.h"
#include "PgRows.h"
#include "SearchDialect.h"
#include "core/SearchRanking.h"

#include <algorithm>
#include <numeric>

namespace danhoi {

namespace {

// The arguments of danhoi_search_window ($1…$9 as text): the match, the rows wanted, and the scope and filters
// SearchIndex::conditionsFor writes as SQL.
QList<std::optional<QByteArray>> serverWindowArguments(const QString& tsQuery, int rows, const SearchFilter& filter)
{
    QString scope;
    switch (filter.scope.kind) {
    case VisibilityScope::Kind::Everything: scope = QStringLiteral("everything"); break;
    case VisibilityScope::Kind::DepartmentAndPublic: scope = QStringLiteral("department"); break;
    case VisibilityScope::Kind::PublicOnly: scope = QStringLiteral("public"); break;
    case VisibilityScope::Kind::Nothing: scope = QStringLiteral("nothing"); break;
    }
    QStringList statuses;
    for (Status status : filter.statuses)
        statuses.append(statusName(status));
    auto number = [](std::optional<qint64> value) {
        return value ? std::optional<QByteArray>(QByteArray::number(*value)) : std::nullopt;
    };
    auto time = [&](const QDateTime& at) {
        return number(at.isValid() ? std::optional<qint64>(at.toMSecsSinceEpoch()) : std::nullopt);
    };
    return {tsQuery.toUtf8(), QByteArray::number(rows), scope.toUtf8(), number(filter.scope.departmentId),
            statuses.join(QLatin1Char(',')).toUtf8(), number(filter.departmentId), time(filter.receivedFrom),
            time(filter.receivedBefore), number(filter.excludeQuestionId)};
}

} // namespace

Result<SearchWindow> SearchIndex::searchNewest(const SearchQuery& query, const SearchFilter& filter, int window,
                                               const QList<double>& columnWeights)
{
    const QString expression = query.ftsExpression();
    SearchWindow out;
    if (expression.isEmpty() || filter.limit <= 0 || window <= 0)
        return out;
    auto where = conditionsFor(expression, filter);
    if (!where)
        return where.error();
    // FTS5 hands out matches in rowid order and stops at the LIMIT; on PostgreSQL the owner's function
    // danhoi_search_window does the same with the desk's visibility, scope and filters (postgres/9-search.sql). On
    // SQLite a clerk's scope and a department filter read question_scope, a small table whose pages stay cached, and
    // only a filter by status or date reads the questions (SearchScope.h); a row of a question that is gone (the
    // index is kept in step, so only in a damaged file) is then dropped by hitsFor().
    const bool seesAll = filter.scope.kind == VisibilityScope::Kind::Everything;
    const QString from = sourceFor(where.value(), seesAll);
    const QList<SearchQuery::Term> positive = query.positiveTerms();
    QList<SearchRanking::Term> terms;
    for (const SearchQuery::Term& term : positive)
        terms.append({term.words, term.prefix, 1e-6});
    const QList<double> columns = columnWeights.isEmpty() ? QList<double>{4.0, 1.0, 0.75, 1.0} : columnWeights;
    // SQLite: the terms' occurrences and the rows' lengths come from FTS5 (no text read). PostgreSQL: the window
    // function hands out the index rows' folded text, counted here.
    auto newest = isPostgres(m_db) ? readWindowText(where->tsQuery, filter, window, SearchRanking(terms, columns))
                                   : readWindowSqlite(from, where.value(), window, terms.size());
    if (!newest)
        return newest.error();
    const QList<qint64>& rows = newest->rows;
    out.allMatches = !newest->more;
    out.ranked = int(rows.size());
    if (rows.isEmpty())
        return out;

    auto weights = termWeights(positive);
    if (!weights)
        return weights.error();
    for (qsizetype i = 0; i < positive.size(); ++i) {
        const qint64 count = weights->rows.at(i);
        terms[i].idf = SearchRanking::idf(std::max(weights->total, count), count);
    }
    const QList<double> scores = SearchRanking(terms, columns).scores(newest->occurrences);
    auto best = bestOf(rows, scores, filter.limit, seesAll);
    if (!best)
        return best.error();
    out.best = best.value();
    return out;
}

Result<QList<SearchHit>> SearchIndex::bestOf(const QList<qint64>& rows, const QList<double>& scores, int limit,
                                             bool readerSeesAll)
{
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    // The rows are newest first, so a stable sort leaves ties to the newer row.
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return scores.at(a) < scores.at(b); });
    if (order.size() > limit)
        order.resize(limit);
    QList<qint64> best;
    for (qsizetype i : std::as_const(order))
        best.append(rows.at(i));
    auto hits = hitsFor(best, readerSeesAll);
    if (!hits)
        return hits.error();
    QHash<qint64, double> scoreOf;
    for (qsizetype i : std::as_const(order))
        scoreOf.insert(rows.at(i), scores.at(i));
    for (SearchHit& hit : hits.value())
        hit.bm25 = scoreOf.value(hit.questionId * 2 + (hit.publicVersion ? 1 : 0));
    return hits;
}

Result<SearchIndex::WindowRows> SearchIndex::readWindowText(const QString& tsQuery, const SearchFilter& filter,
                                                            int window, const SearchRanking& ranking)
{
    // Through libpq itself (PgRows): the 2,001 rows' texts are counted where libpq received them, not turned into
    // QStrings and back into UTF-8 (a third of a clerk's search in C++ at a million questions).
    auto rows = PgRows::exec(m_db, QStringLiteral(
        "SELECT rowid, title, body, answer, locality FROM danhoi_search_window(CAST($1 AS TEXT), CAST($2 AS INTEGER),"
        " CAST($3 AS TEXT), CAST($4 AS BIGINT), string_to_array(NULLIF(CAST($5 AS TEXT), ''), ','), CAST($6 AS BIGINT),"
        " CAST($7 AS BIGINT), CAST($8 AS BIGINT), CAST($9 AS BIGINT))"),
        serverWindowArguments(tsQuery, window + 1, filter));
    if (!rows)
        return rows.error();
    WindowRows out;
    const int found = rows->rows();
    const int kept = std::min(found, window);
    out.more = found > window;
    QList<QByteArrayView> texts;
    texts.reserve(qsizetype(kept) * 4);
    for (int row = 0; row < kept; ++row) {
        out.rows.append(rows->toLongLong(row, 0));
        for (int column = 1; column <= 4; ++column)
            texts.append(rows->bytes(row, column));
    }
    out.occurrences = ranking.occurrences(texts, 4);
    return out;
}

SearchIndex::WindowRows SearchIndex::windowOfFoldedTexts(SqlStatement& executed, int window, const SearchRanking& ranking)
{
    WindowRows out;
    QList<SearchRanking::Document> documents;
    while (executed.next()) {
        if (out.rows.size() == window) {
            out.more = true;
            break;
        }
        out.rows.append(executed.value(0).toLongLong());
        // UTF-8 bytes: the statement casts the texts to BLOB (PostgreSQL's window reads them in place, readWindowText).
        documents.append({executed.value(1).toByteArray(), executed.value(2).toByteArray(), executed.value(3).toByteArray(),
                          executed.value(4).toByteArray()});
    }
    out.occurrences = ranking.occurrences(documents);
    return out;
}

Result<QList<SearchHit>> SearchIndex::hitsFor(const QList<qint64>& rows, bool readerSeesAll)
{
    QList<SearchHit> out;
    if (rows.isEmpty())
        return out;
    if (!isPostgres(m_db))
        return hitsForSqlite(rows, readerSeesAll);
    // PostgreSQL: through the desks' views, whose public versions are kept redacted (no asker is read).
    QStringList placeholders;
    for (qsizetype i = 0; i < rows.size(); ++i)
        placeholders.append(QStringLiteral(":id%1").arg(i));
    // A desk that does not see everything: the answers are read for the full rows only. A public row's texts are
    // replaced by its public version (SearchService::redactPublicHits reads public_questions), so the two look-ups
    // through the barrier view desk_revisions per public row (two thirds of the statement's work for a clerk, whose
    // best rows are mostly other departments' public rows) would be read for nothing.
    QStringList fullRows;
    for (qsizetype i = 0; !readerSeesAll && i < rows.size(); ++i)
        if ((rows.at(i) & 1) == 0)
            fullRows.append(QStringLiteral(":f%1").arg(i));
    QString latest = QStringLiteral("(SELECT r.body FROM %1 r WHERE r.question_id = q.id ORDER BY r.number DESC LIMIT 1)");
    QString published = QStringLiteral("(SELECT r.body FROM %1 r WHERE r.id = q.published_revision_id)");
    if (!readerSeesAll) {
        const QString full = fullRows.isEmpty() ? QStringLiteral("false")
                                                : QStringLiteral("q.id IN (%1)").arg(fullRows.join(QStringLiteral(", ")));
        latest = QStringLiteral("CASE WHEN %1 THEN %2 END").arg(full, latest);
        published = QStringLiteral("CASE WHEN %1 THEN %2 END").arg(full, published);
    }
    const QString revisions = desk_reads::revisions(m_db, readerSeesAll);
    SqlStatement q(m_db, QStringLiteral("SELECT q.id, q.ref, q.title, q.body, q.asker_locality, q.status,"
                                        " q.published_revision_id, %2, %3 FROM %4 q WHERE q.id IN (%1)")
                             .arg(placeholders.join(QStringLiteral(", ")), latest.arg(revisions), published.arg(revisions),
                                  desk_reads::questions(m_db, readerSeesAll)));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        q.bind(placeholders.at(i), rows.at(i) >> 1);
        if (!readerSeesAll && (rows.at(i) & 1) == 0)
            q.bind(QStringLiteral(":f%1").arg(i), rows.at(i) >> 1);
    }
    if (auto ok = q.exec(); !ok)
        return ok.error();
    struct Found {
        SearchHit hit;
        QString latestAnswer, publishedAnswer;
    };
    QHash<Id, Found> byId;
    while (q.next()) {
        Found found{hitFrom(q, 0), q.value(7).toString(), q.value(8).toString()};
        byId.insert(found.hit.questionId, found);
    }
    for (qint64 row : rows) {
        const auto found = byId.constFind(row >> 1);
        if (found == byId.cend())
            continue; // removed since the window was read (by another connection)
        SearchHit hit = found->hit;
        hit.publicVersion = (row & 1) == 1;
        // The full row was indexed over the latest revision, the public row over the published answer.
        hit.answer = hit.publicVersion ? found->publishedAnswer : found->latestAnswer;
        out.append(hit);
    }
    return out;
}

Result<qint64> SearchIndex::termRows(const SearchQuery::Term& term, int sample)
{
    const bool postgres = isPostgres(m_db);
    const QString expression = SearchQuery::termExpression(term);
    const QString match = postgres ? search_dialect::tsQuery(expression) : expression;
    if (match.isEmpty())
        return Error::invalid(tr("The search expression cannot be read."));
    // PostgreSQL: danhoi_search_newest cuts the sample inside the owner's function (postgres/9-search.sql).
    SqlStatement newest(m_db, QStringLiteral("SELECT COUNT(*), MIN(n.sid) FROM (SELECT s.rowid AS sid FROM %1"
                                             " ORDER BY s.rowid DESC LIMIT :sample) n")
                                  .arg(postgres ? QStringLiteral("danhoi_search_newest(:match, :sample) s")
                                                : QStringLiteral("question_search s WHERE question_search MATCH :match")));
    newest.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":sample"), sample);
    if (auto ok = newest.exec(); !ok)
        return ok.error();
    newest.next();
    const qint64 counted = newest.value(0).toLongLong();
    if (counted < sample)
        return counted;
    const qint64 oldestSampled = newest.value(1).toLongLong();
    if (!m_rowSpan) { // read once per SearchIndex, that is once per search
        // PostgreSQL: the owner's function, two steps along the primary key (a desk's own query runs the policy).
        SqlStatement span(m_db, postgres ? QStringLiteral("SELECT newest, oldest FROM danhoi_search_span()")
                                         : QStringLiteral("SELECT (SELECT rowid FROM question_search ORDER BY rowid DESC LIMIT 1),"
                                                          " (SELECT rowid FROM question_search ORDER BY rowid LIMIT 1)"));
        if (auto ok = span.exec(); !ok)
            return ok.error();
        span.next();
        m_rowSpan = {span.value(0).toLongLong(), span.value(1).toLongLong()};
    }
    return estimatedRows(counted, oldestSampled, sample, m_rowSpan->first, m_rowSpan->second);
}

bool SearchIndex::countedWord(const SearchQuery::Term& term)
{
    if (term.prefix || term.words.size() != 1 || term.words.first().isEmpty())
        return false;
    const QString& word = term.words.first();
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

qint64 SearchIndex::estimatedRows(qint64 counted, qint64 oldestSampled, int sample, qint64 newestRow, qint64 oldestRow)
{
    // As dense over the whole index as over the stretch its newest rows cover: `counted` rows, counted − 1 gaps.
    if (counted < sample || counted < 2 || newestRow <= oldestSampled)
        return counted;
    const double gap = double(newestRow - oldestSampled) / double(counted - 1);
    return std::max(counted, qint64(std::llround(double(newestRow - oldestRow) / gap)) + 1);
}

Result<SearchIndex::TermWeights> SearchIndex::termWeights(const QList<SearchQuery::Term>& terms, int sample)
{
    TermWeights out;
    if (!isPostgres(m_db)) {
        auto total = rowCount();
        if (!total)
            return total.error();
        out.total = total.value();
        for (const SearchQuery::Term& term : terms) {
            auto count = termRows(term, sample);
            if (!count)
                return count.error();
            out.rows.append(count.value());
        }
        return out;
    }
    if (terms.isEmpty()) {
        auto total = rowCount();
        if (!total)
            return total.error();
        out.total = total.value();
        return out;
    }
    QStringList termHolders;
    QStringList wordHolders;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        termHolders.append(QStringLiteral("CAST(:t%1 AS TEXT)").arg(i));
        wordHolders.append(QStringLiteral("CAST(:w%1 AS TEXT)").arg(i));
    }
    // The owner's function, one row per term in order (postgres/9-search.sql): a term of one word weighed by the
    // server's count of its rows (exact), the others by their newest `sample` readable rows, with the row count and
    // the rowid span.
    SqlStatement q(m_db, QStringLiteral("SELECT counted, oldest, total, newest_row, oldest_row, exact"
                                        " FROM danhoi_search_term_weights(ARRAY[%1], ARRAY[%2], CAST(:sample AS INTEGER))")
                             .arg(termHolders.join(QStringLiteral(", ")), wordHolders.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const SearchQuery::Term& term = terms.at(i);
        const QString match = search_dialect::tsQuery(SearchQuery::termExpression(term));
        if (match.isEmpty())
            return Error::invalid(tr("The search expression cannot be read."));
        q.bind(QStringLiteral(":t%1").arg(i), match);
        q.bind(QStringLiteral(":w%1").arg(i), countedWord(term) ? QVariant(term.words.first()) : QVariant());
    }
    q.bind(QStringLiteral(":sample"), sample);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    while (q.next()) {
        out.total = q.value(2).toLongLong();
        out.rows.append(q.value(5).toBool() ? q.value(0).toLongLong()
                                            : estimatedRows(q.value(0).toLongLong(), q.value(1).toLongLong(), sample,
                                                            q.value(3).toLongLong(), q.value(4).toLongLong()));
    }
    if (out.rows.size() != terms.size())
        return Error::other(tr("The search index did not weigh every term."));
    return out;
}

Result<QHash<QString, qint64>> SearchIndex::rowFrequencies(const QStringList& words)
{
    QHash<QString, qint64> out;
    if (words.isEmpty())
        return out;
    const bool postgres = isPostgres(m_db);
    if (!postgres) {
        // fts5vocab walks a word's whole posting list to count its rows (0.3–0.7 s for a common word at a million
        // questions); termRows() counts up to 1,000 and estimates beyond.
        for (const QString& word : words) {
            SearchQuery::Term term;
            term.words = QStringList{word};
            auto count = termRows(term);
            if (!count)
                return count.error();
            if (count.value() > 0)
                out.insert(word, count.value());
        }
        return out;
    }
    QStringList placeholders;
    for (int i = 0; i < words.size(); ++i)
        placeholders.append(QStringLiteral("CAST(:w%1 AS TEXT)").arg(i));
    // PostgreSQL has no fts5vocab: the server keeps the counts (postgres/9-vocabulary.sql).
    SqlStatement q(m_db, QStringLiteral("SELECT term, doc FROM danhoi_search_vocabulary(ARRAY[%1])")
                             .arg(placeholders.join(QStringLiteral(", "))));
    for (int i = 0; i < words.size(); ++i)
        q.bind(QStringLiteral(":w%1").arg(i), words.at(i));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    while (q.next())
        if (q.value(1).toLongLong() > 0)
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<qint64> SearchIndex::rowCount()
{
    // On PostgreSQL counted by the server over every question, as its word counts are (not only the visible ones):
    // postgres/9-vocabulary.sql, part of the layer every connection requires (PostgresSecurity::requireCurrentLayer).
    // SQLite: FTS5 keeps the count in its "averages" record (id 1), written when a transaction commits; counting
    // the questions instead reads a million rows. An index never written to has an empty record.
    if (isPostgres(m_db)) {
        SqlStatement q(m_db, QStringLiteral("SELECT danhoi_search_rows()"));
        if (auto ok = q.exec(); !ok)
            return ok.error();
        q.next();
        return q.value(0).toLongLong();
    }
    SqlStatement q(m_db, QStringLiteral("SELECT block FROM question_search_data WHERE id = 1"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    const QByteArray averages = q.next() ? q.value(0).toByteArray() : QByteArray();
    if (averages.isEmpty())
        return qint64(0);
    qsizetype at = 0;
    const auto rows = readVarint(averages.constData(), averages.size(), at);
    if (!rows)
        return Error::invalid(tr("The search index is damaged (its row count cannot be read); run \"danhoi-cli search --rebuild\"."));
    return qint64(*rows);
}

} // namespace danhoi
