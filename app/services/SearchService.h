#pragma once

#include "ServiceContext.h"
#include "storage/SearchIndex.h"

namespace danhoi {

struct SearchRequest {
    QString text;            // what the user typed (see SearchQuery)
    QList<Status> statuses;
    QString departmentCode;
    QDate receivedFrom;      // agency dates, inclusive; invalid = open
    QDate receivedTo;
    int limit = 20;
};

struct SearchResult {
    Id id = 0;
    QString ref;
    QString title;
    Status status = Status::Received;
    bool answered = false;
    double score = 0;  // higher is better: exact-accent and phrase points, plus bm25 squashed into [0, 1)
    QString snippet;   // HTML-escaped original text, matched words in <mark>…</mark>
};

struct SearchResults {
    QList<SearchResult> best;
    // False when more questions match than SearchService::window: the best among the newest of them were chosen.
    bool allMatchesRanked = true;
};

struct SimilarQuestion {
    Id id = 0;
    QString ref;
    QString title;
    Status status = Status::Received;
    bool answered = false; // has a published answer to reuse
    double score = 0;      // TF-IDF cosine in [0, 1]
};

// Full-text search and similar questions, within what the user may see (the same rules as QuestionService::list:
// outside their department a clerk searches only the public version, with the published answer).
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)
public:
    static constexpr int maxLimit = 200;
    // How many of the newest matching questions a search ranks at most: what keeps it fast at a million
    // questions, where common words match hundreds of thousands (docs/PERFORMANCE.md).
    static constexpr int window = 2000;

    SearchService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    // Best first, among the newest `window` matches when more match. Malformed queries degrade to plain words; a
    // query with no words finds nothing.
    Result<SearchResults> find(const SearchRequest& request);
    Result<QList<SearchResult>> search(const SearchRequest& request);
    // The questions most like an existing one: the `limit` most similar, then answered ones first.
    Result<QList<SimilarQuestion>> similar(const QString& idOrReference, int limit = 5);
    // The same for a question being recorded.
    Result<QList<SimilarQuestion>> similarToText(const QString& title, const QString& body, int limit = 5,
                                                 std::optional<Id> excluded = std::nullopt);

    // Administrators: compare the index with the data, and rebuild it (returns the questions indexed).
    Result<SearchIndex::Consistency> check();
    Result<qint64> rebuild();

private:
    Result<void> requireAdmin() const;
    static Result<void> redactPublicHits(QSqlDatabase connection, QList<SearchHit>& hits);
    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
