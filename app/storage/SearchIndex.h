#pragma once

#include "Database.h"
#include "core/Domain.h"
#include "core/Redaction.h"
#include "core/SearchQuery.h"
#include "core/SearchRanking.h"
#include "core/Visibility.h"

namespace danhoi {

// Filters a search combines with, all applied in the same SQL statement as the FTS5 match.
struct SearchFilter {
    VisibilityScope scope;
    QList<Status> statuses;
    std::optional<Id> departmentId;
    QDateTime receivedFrom;   // inclusive, UTC; invalid = open
    QDateTime receivedBefore; // exclusive, UTC; invalid = open
    std::optional<Id> excludeQuestionId;
    int limit = 50;
};

// One row found by the index, with the original (accented) text of the version the viewer may see.
struct SearchHit {
    Id questionId = 0;
    bool publicVersion = false; // matched in the public version (published answer only)
    double bm25 = 0;            // FTS5 bm25: lower is better
    QString ref;
    QString title;
    QString body;
    QString answer;
    QString locality;
    Status status = Status::Received;
    bool answered = false;      // has a published answer
    // SQLite, a public version read by a desk that does not see everything: the asker's details, which the portal's
    // redaction hides (services/PublicText), read with the texts. Not read otherwise.
    std::optional<Asker> asker;
};

// What a search over the newest matches found.
struct SearchWindow {
    QList<SearchHit> best; // the filter's limit of the ranked rows, best first (SearchHit::bm25: SearchRanking's)
    int ranked = 0;        // the matching rows that were ranked
    bool allMatches = true; // false: more rows match than the window held, and only the newest were ranked
};

// The full-text index over folded text: FTS5 table question_search with SQLite's standard unicode61 tokenizer,
// so the file stays searchable from the sqlite3 shell (fold the query the same way: lower case, no accents, đ → d).
// Each question has a row with rowid 2·id over its latest answer revision; a published question has a second
// row, rowid 2·id + 1, over what the public sees of it: title, question and published answer redacted as on the
// portal (the asker's details, the agency's allowlist, names unless shown in full, the manual choices), so that
// people outside its department cannot find it by a hidden word. Manual choices and the redaction settings
// re-index it (PublicationRepository, refreshPublished()).
// The repositories call refresh() inside the transaction of every write, so the index never drifts.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)
public:
    explicit SearchIndex(QSqlDatabase connection);
    ~SearchIndex();

    static QString documentText(const QString& text); // what is stored for `text`: its folded words

    Result<void> refresh(Id questionId);
    // Re-indexes the public row of every published question (after the allowlist or the asker line changed).
    Result<void> refreshPublished();
    // The rows of a question written in this transaction that has none yet (a bulk insert), from the texts at
    // hand: the same rows refresh() would write, without reading them back (a published one goes through refresh(): its
    // public row is the portal's redacted text). One statement, prepared on first use.
    Result<void> addNew(Id questionId, const QString& title, const QString& body, const QString& locality,
                        const QString& latestAnswer, const std::optional<QString>& publishedAnswer = std::nullopt);
    // SQLite imports: the full rows of new, unpublished questions staged in `table` (columns id, title, body and
    // asker_locality): the rows addNew() would write, in one INSERT … SELECT (FTS5 then writes its segments as it
    // does for the sqlite3 shell's bulk insert). The texts are folded in the statement by documentTextFunction, which
    // this defines on the connection.
    Result<void> addNewStaged(const QString& table);
    // The SQL function documentText(text) on SQLite connections of this program (nothing else defines it).
    static constexpr const char* documentTextFunction = "danhoi_document_text";
    // Re-indexes every question; run inside a write transaction. (question_scope: search_scope::rebuild.)
    Result<void> rebuild();

    struct Consistency {
        qint64 questions = 0;
        qint64 rows = 0;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };
    // Compares every index row with what refresh() would write now, runs FTS5's own integrity check and compares
    // question_scope with the questions (SQLite, SearchScope.h); reads `batch` questions at a time.
    Result<Consistency> check(int batch = 2000);

    // Rows matching the FTS5 expression within the filter, best bm25 first.
    Result<QList<SearchHit>> search(const QString& ftsExpression, const SearchFilter& filter,
                                    const QList<double>& columnWeights = {});
    // The newest `window` rows (by rowid, so newest question first) that match every positive term of `query`
    // and none of its exclusions within the filter, ranked by SearchRanking (bm25 over their folded words, each
    // term's rarity in the whole index estimated by termRows()), ties to the newer. SQLite counts the words from
    // FTS5's position lists and row sizes, PostgreSQL from the index rows' text (the same counts). Its cost is bounded by the
    // window, not by how many rows match: the same SQL on both engines.
    Result<SearchWindow> searchNewest(const SearchQuery& query, const SearchFilter& filter, int window,
                                      const QList<double>& columnWeights = {});
    // Similar questions on SQLite: the rows that hold any of `anyOf` (single words or phrases), ranked by bm25 over
    // those terms (SearchRanking, weights as search()), best first, the filter's limit of them; but not over every
    // match (an OR of common words matches nearly every row): over the newest `window` matches of the OR, and for
    // each of `rules` (a list of terms that must all match as well, e.g. the most telling words) the newest
    // `window` rows that match it too, so that an older look-alike is a candidate when it satisfies a rule.
    Result<SearchWindow> similarNewest(const QList<SearchQuery::Term>& anyOf, const QList<QList<SearchQuery::Term>>& rules,
                                       const SearchFilter& filter, int window, const QList<double>& columnWeights);
    // In how many index rows a term occurs: counted up to `sample` rows; beyond that, estimated from how far
    // back (in rowids) its newest `sample` rows reach, as if the rest were spaced alike.
    Result<qint64> termRows(const SearchQuery::Term& term, int sample = 1000);
    // What weighs the terms of a search: the index's row count and termRows() of each term. PostgreSQL: one call
    // (danhoi_search_term_weights), where termRows() and rowCount() send two statements per term and two more; a
    // term of one word is counted exactly there, over every index row (the server keeps the count), the others
    // sampled as termRows() does.
    struct TermWeights {
        qint64 total = 0;
        QList<qint64> rows;
    };
    Result<TermWeights> termWeights(const QList<SearchQuery::Term>& terms, int sample = 1000);
    // A term the PostgreSQL server's vocabulary counts (postgres/9-vocabulary.sql): one whole word, which the text
    // search parser keeps as one lexeme (letters and digits only).
    static bool countedWord(const SearchQuery::Term& term);
    // In how many index rows each folded word appears (for IDF weights). SQLite: termRows() (exact up to 1,000 rows,
    // estimated beyond). PostgreSQL: kept by the server over every question; a desk that does not see every
    // question gets no count below 5.
    Result<QHash<QString, qint64>> rowFrequencies(const QStringList& words);
    Result<qint64> rowCount();

private:
    // The WHERE clause of a search: the match, the viewer's scope and the filter, with their bound values.
    struct Conditions {
        QStringList sql;
        QStringList names;
        QVariantList values;
        QString tsQuery; // PostgreSQL: the match as tsquery text
        bool readsScope = false;     // SQLite: a condition reads question_scope as `c` (SearchScope.h)
        bool readsQuestions = false; // a condition reads the questions as `q`
        void bindTo(SqlStatement& statement) const;
    };
    // The newest `window` matching rows, newest first, with the occurrences of the query's first `terms` phrases
    // (its positive terms) and their lengths; `more`: more rows match. SQLite only: through its C API, the counts
    // from FTS5's position lists and row sizes, so no text is read (SearchIndexSqlite.cpp).
    struct WindowRows {
        QList<qint64> rows;
        SearchRanking::Occurrences occurrences;
        bool more = false;
    };
    Result<void> defineDocumentText(); // documentTextFunction on this SQLite connection, once
    Result<WindowRows> readWindowSqlite(const QString& from, const Conditions& where, int window, qsizetype terms);
    // An SQLite varint as FTS5 writes them at `at` (advanced past it): big-endian groups of seven bits, the high bit
    // set on all but the last (the ninth byte, if any, holds eight).
    static std::optional<quint64> readVarint(const char* bytes, qsizetype size, qsizetype& at);
    // A row's length in words over its `columns` columns from its question_search_docsize record (a varint per
    // column, as FTS5's xColumnSize decodes it); nothing when the record is short.
    static std::optional<qint64> rowLength(const char* record, qsizetype size, qsizetype columns);
    // SQLite: the same window with FTS5's folded text, the occurrences counted by `ranking` (similar questions' rules).
    Result<WindowRows> readWindowFolded(const QString& from, const Conditions& where, int window,
                                        const SearchRanking& ranking);
    // The `limit` best of `rows` by `scores` (lower is better, ties to the earlier, that is newer, row), read.
    Result<QList<SearchHit>> bestOf(const QList<qint64>& rows, const QList<double>& scores, int limit, bool readerSeesAll);
    // PostgreSQL: the same window from danhoi_search_window (the desk's visibility, `filter`'s scope and filters)
    // with the index rows' folded text, counted by `ranking`.
    Result<WindowRows> readWindowText(const QString& tsQuery, const SearchFilter& filter, int window,
                                      const SearchRanking& ranking);
    // A term's rows from its sample: `counted` of its newest `sample` rows, the oldest of them at `oldestSampled`;
    // beyond the sample, spaced over the index's rowids (newest to oldest) as densely as over the sampled stretch.
    static qint64 estimatedRows(qint64 counted, qint64 oldestSampled, int sample, qint64 newestRow, qint64 oldestRow);
    // SQLite: the window's rows from an executed statement of (rowid, title, body, answer, locality), the folded texts
    // as BLOBs, each row's occurrences counted over them.
    static WindowRows windowOfFoldedTexts(SqlStatement& executed, int window, const SearchRanking& ranking);
    Result<Conditions> conditionsFor(const QString& ftsExpression, const SearchFilter& filter) const;
    // The FROM clause of a search: the matching index rows as `s` (bound :match), joined with what `where` reads:
    // question_scope as `c` (SQLite), the questions as `q` (the table or the desks' view, DeskReads.h), or when
    // `withQuestions`.
    QString sourceFor(const Conditions& where, bool readerSeesAll, bool withQuestions = false) const;
    // The texts and status of the questions behind `rows` (index rowids), in that order.
    Result<QList<SearchHit>> hitsFor(const QList<qint64>& rows, bool readerSeesAll);
    // SQLite: the same through its C API (SearchIndexSqlite.cpp), the askers of public rows with them.
    Result<QList<SearchHit>> hitsForSqlite(const QList<qint64>& rows, bool readerSeesAll);
    // The question's part of a hit from seven columns starting at `first`: id, ref, title, body, locality, status,
    // published revision.
    static SearchHit hitFrom(const SqlStatement& q, int first);
    struct Document {
        QString title, body, answer, locality;
        bool operator==(const Document&) const = default;
    };
    struct Expected {
        Document full;
        std::optional<Document> publicDoc;
    };
    // The redaction of the portal, as services/PublicText applies it, for the questions `only` names (or all).
    struct PublicRules {
        QStringList allowlist;
        bool hideAskerNames = false;
        QHash<Id, QList<ManualRedaction>> manual;
    };
    Result<PublicRules> publicRules(const std::optional<QList<Id>>& only);
    // The public row of the question in the current row of `source` (sourceSelect).
    static Document publicDocument(const SqlStatement& source, const PublicRules& rules);
    Result<std::optional<Expected>> expectedFor(Id questionId);
    Result<void> write(Id questionId, const std::optional<Expected>& expected);
    Result<void> writeInPlace(Id questionId, const std::optional<Expected>& expected);
    Result<void> insertRow(qint64 rowid, const Document& document);

    QSqlDatabase m_db;
    std::unique_ptr<SqlStatement> m_insert;
    std::optional<std::pair<qint64, qint64>> m_rowSpan; // the newest and the oldest rowid of the index (termRows)
};

} // namespace danhoi
