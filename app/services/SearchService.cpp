#include "SearchService.h"

#include "PublicText.h"
#include "QuestionService.h"
#include "core/QuestionSimilarity.h"
#include "core/SearchHighlighter.h"
#include "core/SearchQuery.h"
#include "storage/CatalogRepository.h"
#include "storage/SearchScope.h"

#include <algorithm>

namespace danhoi {

namespace {

// How many of the best bm25 rows are re-ranked against the original text.
int candidatesFor(int limit)
{
    return std::clamp(limit * 4, 40, 200);
}

constexpr int similarCandidates = 60;
constexpr int similarQueryWords = 24;
constexpr int similarQueryPhrases = 12;
// Beyond the newest window of the OR, an older question is a candidate when it holds the most telling words all
// together, or the most telling phrases (each rule with a window of its own).
constexpr int similarRuleWords = 3;
constexpr int similarRulePhrases = 2;
constexpr double similarFloor = 0.05; // below this nothing is alike enough to show

} // namespace

Result<void> SearchService::requireAdmin() const
{
    if (!m_actor.active || !m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may check or rebuild the search index."));
    return {};
}

// Rows seen only in their public version show the redacted public text, in titles and snippets alike. On SQLite a
// hit whose asker was read with it (SearchIndex::hitsFor) carries all the portal's item is made from, so its question
// is not read again; a hit no longer published (by another connection since) keeps no text, as the others.
Result<void> SearchService::redactPublicHits(QSqlDatabase connection, QList<SearchHit>& hits)
{
    QList<Id> unread;
    QList<PublishedQuestion> read;
    for (const SearchHit& hit : hits) {
        if (!hit.publicVersion)
            continue;
        if (!hit.asker || isPostgres(connection)) {
            unread.append(hit.questionId);
        } else if (hit.answered) {
            PublishedQuestion question;
            question.id = hit.questionId;
            question.ref = hit.ref;
            question.title = hit.title;
            question.body = hit.body;
            question.asker = *hit.asker;
            question.answer = hit.answer;
            read.append(question);
        }
    }
    auto kept = PublicText::of(connection, unread);
    if (!kept)
        return kept.error();
    auto made = PublicText::madeFrom(connection, read);
    if (!made)
        return made.error();
    QHash<Id, PublicItem> items = kept.value();
    items.insert(made.value());
    for (SearchHit& hit : hits) {
        if (!hit.publicVersion)
            continue;
        const PublicItem item = items.value(hit.questionId);
        hit.title = item.title;
        hit.body = item.question;
        hit.answer = item.answerMarkdown;
    }
    return {};
}

Result<QList<SearchResult>> SearchService::search(const SearchRequest& request)
{
    auto found = find(request);
    if (!found)
        return found.error();
    return found->best;
}

Result<SearchResults> SearchService::find(const SearchRequest& request)
{
    if (request.limit < 1 || request.limit > maxLimit)
        return Error::invalid(tr("The limit must lie between 1 and %1.").arg(maxLimit), QStringLiteral("limit"));
    const SearchQuery query = SearchQuery::parse(request.text);
    if (query.ftsExpression().isEmpty())
        return SearchResults{};
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    SearchFilter filter;
    filter.scope = Visibility::scopeFor(m_actor);
    filter.statuses = request.statuses;
    filter.limit = candidatesFor(request.limit);
    CatalogRepository catalog(connection.value());
    if (!request.departmentCode.isEmpty()) {
        auto department = catalog.departmentByCode(request.departmentCode.trimmed().toUpper());
        if (!department)
            return department.error();
        if (!department.value())
            return Error::notFound(tr("There is no department %1.").arg(request.departmentCode));
        filter.departmentId = department.value()->id;
    }
    if (request.receivedFrom.isValid() || request.receivedTo.isValid()) {
        auto time = m_context.agencyTime(connection.value());
        if (!time)
            return time.error();
        if (request.receivedFrom.isValid())
            filter.receivedFrom = QDateTime(request.receivedFrom, QTime(0, 0), time->zone()).toUTC();
        if (request.receivedTo.isValid())
            filter.receivedBefore = QDateTime(request.receivedTo.addDays(1), QTime(0, 0), time->zone()).toUTC();
    }
    auto newest = SearchIndex(connection.value()).searchNewest(query, filter, window);
    if (!newest)
        return newest.error();
    QList<SearchHit>& hits = newest.value().best;
    if (auto ok = redactPublicHits(connection.value(), hits); !ok)
        return ok.error();
    const SearchHighlighter highlighter(query);
    auto fieldsOf = [&](const SearchHit& hit) {
        return QList<SearchHighlighter::Field>{highlighter.analyse(hit.body), highlighter.analyse(hit.answer),
                                               highlighter.analyse(hit.locality), highlighter.analyse(hit.title)};
    };
    // Every candidate's original text is read only when accents or phrases can reorder them.
    const bool rerank = highlighter.mayEarnBonus();
    struct Candidate {
        const SearchHit* hit;
        double score;
        QList<SearchHighlighter::Field> fields;
    };
    QList<Candidate> candidates;
    for (const SearchHit& hit : std::as_const(hits)) {
        const double relevance = std::max(0.0, -hit.bm25);
        Candidate candidate{&hit, relevance / (1.0 + relevance), {}};
        if (rerank) {
            candidate.fields = fieldsOf(hit);
            candidate.score += highlighter.rankBonus(candidate.fields);
        }
        candidates.append(std::move(candidate));
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    if (candidates.size() > request.limit)
        candidates.resize(request.limit);
    SearchResults out;
    out.allMatchesRanked = newest->allMatches;
    for (Candidate& candidate : candidates) {
        const SearchHit& hit = *candidate.hit;
        if (candidate.fields.isEmpty())
            candidate.fields = fieldsOf(hit);
        // The snippet comes from the field with the most matches, the body winning ties.
        const SearchHighlighter::Field* best = nullptr;
        for (const SearchHighlighter::Field& field : std::as_const(candidate.fields))
            if (field.matches > 0 && (!best || field.matches > best->matches))
                best = &field;
        out.best.append({hit.questionId, hit.ref, hit.title, hit.status, hit.answered, candidate.score,
                    best ? highlighter.snippet(*best) : SearchHighlighter::opening(hit.body)});
    }
    return out;
}

Result<QList<SimilarQuestion>> SearchService::similar(const QString& idOrReference, int limit)
{
    auto question = QuestionService(m_context, m_actor).find(idOrReference);
    if (!question)
        return question.error();
    return similarToText(question->title, question->body, limit, question->id);
}

Result<QList<SimilarQuestion>> SearchService::similarToText(const QString& title, const QString& body, int limit,
                                                            std::optional<Id> excluded)
{
    if (limit < 1 || limit > maxLimit)
        return Error::invalid(tr("The limit must lie between 1 and %1.").arg(maxLimit), QStringLiteral("limit"));
    const QuestionSimilarity::Terms source = QuestionSimilarity::terms(title, body);
    if (source.isEmpty())
        return QList<SimilarQuestion>{};
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    SearchIndex index(connection.value());
    auto documents = index.rowCount();
    if (!documents)
        return documents.error();
    auto frequencies = index.rowFrequencies(QuestionSimilarity::words(source));
    if (!frequencies)
        return frequencies.error();
    QuestionSimilarity::Idf idf;
    for (auto it = frequencies->cbegin(); it != frequencies->cend(); ++it)
        idf.insert(it.key(), QuestionSimilarity::idf(it.value(), documents.value()));
    const double unknownIdf = QuestionSimilarity::idf(0, documents.value());

    // Candidates: any of the most telling words or phrases, ranked by bm25 over title and body.
    struct Weighted {
        QString term;
        double weight;
    };
    QList<Weighted> words, phrases;
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        const double weight = it.value() * QuestionSimilarity::termIdf(it.key(), idf, unknownIdf);
        (it.key().contains(QLatin1Char(' ')) ? phrases : words).append({it.key(), weight});
    }
    auto byWeight = [](const Weighted& a, const Weighted& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    };
    std::sort(words.begin(), words.end(), byWeight);
    std::sort(phrases.begin(), phrases.end(), byWeight);
    auto termOf = [](const QString& folded) {
        SearchQuery::Term term;
        term.words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return term;
    };
    QList<SearchQuery::Term> anyOf;
    QList<SearchQuery::Term> tellingWords, tellingPhrases;
    for (qsizetype i = 0; i < words.size() && i < similarQueryWords; ++i) {
        anyOf.append(termOf(words.at(i).term));
        if (i < similarRuleWords)
            tellingWords.append(anyOf.last());
    }
    for (qsizetype i = 0; i < phrases.size() && i < similarQueryPhrases; ++i) {
        anyOf.append(termOf(phrases.at(i).term));
        if (i < similarRulePhrases)
            tellingPhrases.append(anyOf.last());
    }
    SearchFilter filter;
    filter.scope = Visibility::scopeFor(m_actor);
    filter.excludeQuestionId = excluded;
    filter.limit = std::max(similarCandidates, limit * 3);
    const QList<double> weights = {2.0, 1.0, 0.25, 0.0};
    // SQLite: bounded by windows of the newest matches (docs/PERFORMANCE.md, "Similar questions"); PostgreSQL ranks
    // every match of the OR with ts_rank.
    Result<QList<SearchHit>> hits = QList<SearchHit>();
    if (m_context.db->engine() == Database::Engine::Sqlite) {
        auto found = index.similarNewest(anyOf, {tellingWords, tellingPhrases}, filter, window, weights);
        if (!found)
            return found.error();
        hits = found->best;
    } else {
        QStringList alternatives;
        for (const SearchQuery::Term& term : std::as_const(anyOf))
            alternatives.append(SearchQuery::termExpression(term));
        hits = index.search(alternatives.join(QStringLiteral(" OR ")), filter, weights);
    }
    if (!hits)
        return hits.error();
    if (auto ok = redactPublicHits(connection.value(), hits.value()); !ok)
        return ok.error();

    QList<SimilarQuestion> out;
    for (const SearchHit& hit : hits.value()) {
        const double score = QuestionSimilarity::cosine(source, QuestionSimilarity::terms(hit.title, hit.body), idf,
                                                        unknownIdf);
        if (score < similarFloor)
            continue;
        out.append({hit.questionId, hit.ref, hit.title, hit.status, hit.answered, score});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const SimilarQuestion& a, const SimilarQuestion& b) { return a.score > b.score; });
    if (out.size() > limit)
        out.resize(limit);
    // Among the most similar, the answered ones first: their answers can be reused.
    std::stable_sort(out.begin(), out.end(),
                     [](const SimilarQuestion& a, const SimilarQuestion& b) { return a.answered && !b.answered; });
    return out;
}

Result<SearchIndex::Consistency> SearchService::check()
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return SearchIndex(connection.value()).check();
}

Result<qint64> SearchService::rebuild()
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    return inTransaction<qint64>(*m_context.db, [&](QSqlDatabase tx) -> Result<qint64> {
        SearchIndex index(tx);
        if (auto ok = index.rebuild(); !ok)
            return ok.error();
        if (auto ok = search_scope::rebuild(tx); !ok) // who may find each question (SQLite)
            return ok.error();
        SqlStatement count(tx, QStringLiteral("SELECT COUNT(*) FROM questions"));
        if (auto ok = count.exec(); !ok)
            return ok.error();
        count.next();
        return count.value(0).toLongLong();
    });
}

} // namespace danhoi
