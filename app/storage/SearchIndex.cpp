#include "SearchIndex.h"

#include "BatchedInsert.h"
#include "CatalogRepository.h"
#include "DeskReads.h"
#include "PublicationRepository.h"
#include "SearchDialect.h"
#include "SearchScope.h"
#include "core/TextFolding.h"

namespace danhoi {

namespace {

// The texts behind every index row: the question and both answers that may be searched.
const QString sourceSelect = QStringLiteral(
    "SELECT q.id, q.title, q.body, q.asker_locality, q.published_revision_id,"
    " (SELECT r.body FROM answer_revisions r WHERE r.question_id = q.id ORDER BY r.number DESC LIMIT 1) AS latest,"
    " (SELECT r.body FROM answer_revisions r WHERE r.id = q.published_revision_id) AS published, q.ref,"
    " q.asker_name, q.asker_phone, q.asker_email, q.asker_address, q.asker_id_number"
    " FROM questions q");

qint64 fullRow(Id id) { return id * 2; }
qint64 publicRow(Id id) { return id * 2 + 1; }

} // namespace

SearchIndex::SearchIndex(QSqlDatabase connection) : m_db(std::move(connection)) { }

SearchIndex::~SearchIndex() = default;

QString SearchIndex::documentText(const QString& text)
{
    return TextFolding::joinedWords(text);
}

Result<SearchIndex::PublicRules> SearchIndex::publicRules(const std::optional<QList<Id>>& only)
{
    CatalogRepository catalog(m_db);
    auto allowlist = catalog.setting(QStringLiteral("redaction.allowlist"));
    if (!allowlist)
        return allowlist.error();
    auto style = catalog.setting(QStringLiteral("publish.asker_line"), askerLineStyleName(AskerLineStyle::FullName));
    if (!style)
        return style.error();
    PublicRules rules{
        RedactionRules::allowlistFromSetting(allowlist.value()),
        RedactionRules::hidesAskerName(askerLineStyleFromName(style.value()).value_or(AskerLineStyle::FullName)),
        {}};
    // The migration that builds the index runs before the one that adds manual choices.
    static const QString choices = QStringLiteral("question_redactions");
    const QStringList tables = m_db.tables();
    if (std::none_of(tables.cbegin(), tables.cend(), [](const QString& t) { return t.endsWith(choices); }))
        return rules;
    auto manual = PublicationRepository(m_db).allManualRedactions(only);
    if (!manual)
        return manual.error();
    rules.manual = manual.value();
    return rules;
}

SearchIndex::Document SearchIndex::publicDocument(const SqlStatement& source, const PublicRules& rules)
{
    RedactionRules redaction;
    redaction.allowlist = rules.allowlist;
    redaction.asker = {source.value(8).toString(), source.value(3).toString(), source.value(9).toString(),
                       source.value(10).toString(), source.value(11).toString(), source.value(12).toString()};
    redaction.hideAskerName = rules.hideAskerNames;
    redaction.manual = rules.manual.value(source.value(0).toLongLong());
    const Redactor redactor(redaction);
    return {documentText(redactor.apply(source.value(1).toString())),
            documentText(redactor.apply(source.value(2).toString())),
            documentText(redactor.apply(source.value(6).toString())), documentText(source.value(3).toString())};
}

Result<std::optional<SearchIndex::Expected>> SearchIndex::expectedFor(Id questionId)
{
    SqlStatement q(m_db, sourceSelect + QStringLiteral(" WHERE q.id = :id"));
    if (auto ok = q.bind(QStringLiteral(":id"), questionId).exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<Expected>();
    Expected expected;
    expected.full = {documentText(q.value(1).toString()), documentText(q.value(2).toString()),
                     documentText(q.value(5).toString()), documentText(q.value(3).toString())};
    if (!q.value(4).isNull()) {
        auto rules = publicRules(QList<Id>{questionId});
        if (!rules)
            return rules.error();
        expected.publicDoc = publicDocument(q, rules.value());
    }
    return std::optional(expected);
}

Result<void> SearchIndex::write(Id questionId, const std::optional<Expected>& expected)
{
    if (isPostgres(m_db))
        return writeInPlace(questionId, expected);
    // One rowid per statement: FTS5 looks up "rowid = ?" directly but scans the whole table for "rowid IN (…)".
    SqlStatement remove(m_db, QStringLiteral("DELETE FROM question_search WHERE rowid = :rowid"));
    for (qint64 rowid : {fullRow(questionId), publicRow(questionId)})
        if (auto ok = remove.bind(QStringLiteral(":rowid"), rowid).exec(); !ok)
            return ok;
    if (!expected)
        return {};
    if (auto ok = insertRow(fullRow(questionId), expected->full); !ok)
        return ok;
    if (expected->publicDoc)
        return insertRow(publicRow(questionId), *expected->publicDoc);
    return {};
}

// PostgreSQL: a row whose text did not change is left alone, and a changed one is updated, so that the server's
// word counts (postgres/9-vocabulary.sql) change only by the words that came or went.
Result<void> SearchIndex::writeInPlace(Id questionId, const std::optional<Expected>& expected)
{
    const std::optional<Document> rows[] = {expected ? std::optional(expected->full) : std::nullopt,
                                            expected ? expected->publicDoc : std::nullopt};
    for (int i = 0; i < 2; ++i) {
        const qint64 rowid = i == 0 ? fullRow(questionId) : publicRow(questionId);
        if (!rows[i]) {
            SqlStatement remove(m_db, QStringLiteral("DELETE FROM question_search WHERE rowid = :rowid"));
            if (auto ok = remove.bind(QStringLiteral(":rowid"), rowid).exec(); !ok)
                return ok;
            continue;
        }
        SqlStatement upsert(m_db, QStringLiteral(
            "INSERT INTO question_search AS s (rowid, title, body, answer, locality)"
            " VALUES (:rowid, :title, :body, :answer, :locality) ON CONFLICT (rowid) DO UPDATE"
            " SET title = excluded.title, body = excluded.body, answer = excluded.answer, locality = excluded.locality"
            " WHERE (s.title, s.body, s.answer, s.locality)"
            " IS DISTINCT FROM (excluded.title, excluded.body, excluded.answer, excluded.locality)"));
        upsert.bind(QStringLiteral(":rowid"), rowid).bind(QStringLiteral(":title"), rows[i]->title);
        upsert.bind(QStringLiteral(":body"), rows[i]->body).bind(QStringLiteral(":answer"), rows[i]->answer);
        upsert.bind(QStringLiteral(":locality"), rows[i]->locality);
        if (auto ok = upsert.exec(); !ok)
            return ok;
    }
    return {};
}

Result<void> SearchIndex::insertRow(qint64 rowid, const Document& d)
{
    if (!m_insert)
        m_insert = std::make_unique<SqlStatement>(m_db, QStringLiteral(
            "INSERT INTO question_search (rowid, title, body, answer, locality) VALUES (:rowid, :title, :body, :answer, :locality)"));
    m_insert->bind(QStringLiteral(":rowid"), rowid).bind(QStringLiteral(":title"), d.title);
    m_insert->bind(QStringLiteral(":body"), d.body).bind(QStringLiteral(":answer"), d.answer);
    m_insert->bind(QStringLiteral(":locality"), d.locality);
    return m_insert->exec();
}

Result<void> SearchIndex::addNew(Id questionId, const QString& title, const QString& body, const QString& locality,
                                 const QString& latestAnswer, const std::optional<QString>& publishedAnswer)
{
    if (publishedAnswer)
        return refresh(questionId);
    const Document full{documentText(title), documentText(body), documentText(latestAnswer), documentText(locality)};
    return insertRow(fullRow(questionId), full);
}

Result<void> SearchIndex::addNewStaged(const QString& table)
{
    if (auto ok = defineDocumentText(); !ok)
        return ok;
    // fullRow(id) and documentText(QString()) for the answer, as addNew() writes them.
    SqlStatement insert(m_db, QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"
                                             " SELECT id * 2, %1(title), %1(body), '', %1(asker_locality) FROM %2"
                                             " ORDER BY id")
                                  .arg(QLatin1String(documentTextFunction), table));
    return insert.exec();
}

Result<void> SearchIndex::refresh(Id questionId)
{
    auto expected = expectedFor(questionId);
    if (!expected)
        return expected.error();
    return write(questionId, expected.value());
}

Result<void> SearchIndex::refreshPublished()
{
    SqlStatement published(m_db, QStringLiteral("SELECT id FROM questions WHERE published_revision_id IS NOT NULL"
                                                " ORDER BY id"));
    if (auto ok = published.exec(); !ok)
        return ok;
    QList<Id> ids;
    while (published.next())
        ids.append(published.value(0).toLongLong());
    for (Id id : std::as_const(ids))
        if (auto ok = refresh(id); !ok)
            return ok;
    return {};
}

Result<void> SearchIndex::rebuild()
{
    auto rules = publicRules(std::nullopt);
    if (!rules)
        return rules.error();
    SqlStatement clear(m_db, QStringLiteral("DELETE FROM question_search"));
    if (auto ok = clear.exec(); !ok)
        return ok;
    // Questions read a batch at a time (QPSQL would hold a whole result in memory while the inserts run on the same
    // connection), index rows written hundreds a statement.
    BatchedInsert insert(m_db, QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"),
                         QStringLiteral("(?, ?, ?, ?, ?)"), 5);
    constexpr int batch = 2000;
    // Text columns are NOT NULL: an empty text is '' (a null QString would bind as NULL).
    auto text = [](const QString& folded) { return folded.isNull() ? QStringLiteral("") : folded; };
    Id after = 0;
    for (int read = batch; read == batch;) {
        SqlStatement questions(m_db, sourceSelect + QStringLiteral(" WHERE q.id > :after ORDER BY q.id LIMIT %1").arg(batch));
        if (auto ok = questions.bind(QStringLiteral(":after"), after).exec(); !ok)
            return ok;
        for (read = 0; questions.next(); ++read) {
            after = questions.value(0).toLongLong();
            if (auto ok = insert.add({fullRow(after), text(documentText(questions.value(1).toString())),
                                      text(documentText(questions.value(2).toString())),
                                      text(documentText(questions.value(5).toString())),
                                      text(documentText(questions.value(3).toString()))});
                !ok)
                return ok;
            if (questions.value(4).isNull())
                continue;
            const Document shown = publicDocument(questions, rules.value());
            if (auto ok = insert.add({publicRow(after), text(shown.title), text(shown.body), text(shown.answer),
                                      text(shown.locality)});
                !ok)
                return ok;
        }
    }
    if (auto ok = insert.finish(); !ok)
        return ok;
    if (isPostgres(m_db)) // the server's index needs no merging (autovacuum tidies the GIN pending list)
        return {};
    SqlStatement optimize(m_db, QStringLiteral("INSERT INTO question_search (question_search) VALUES ('optimize')"));
    return optimize.exec();
}

Result<SearchIndex::Consistency> SearchIndex::check(int batch)
{
    Consistency out;
    if (!isPostgres(m_db)) { // FTS5's own structures; on a server the tsvector is computed from the row itself
        SqlStatement integrity(m_db, QStringLiteral(
            "INSERT INTO question_search (question_search, rank) VALUES ('integrity-check', 1)"));
        if (auto ok = integrity.exec(); !ok)
            out.problems.append(tr("The search index is damaged (%1); run \"danhoi-cli search --rebuild\".")
                                    .arg(ok.error().message));
    }
    auto scope = search_scope::check(m_db);
    if (!scope)
        return scope.error();
    out.problems.append(scope.value());
    auto rules = publicRules(std::nullopt);
    if (!rules)
        return rules.error();
    // Both sides in rowid order, compared as they stream past, a batch of questions at a time: QPSQL holds a whole
    // result in memory when another statement runs on the same connection meanwhile (1.1 GB for the index of
    // 300,000 questions), so neither side ever holds more than a batch.
    constexpr int maxReported = 20;
    auto report = [&](const QString& problem) {
        if (out.problems.size() < maxReported)
            out.problems.append(problem);
        else if (out.problems.size() == maxReported)
            out.problems.append(tr("… and more; run \"danhoi-cli search --rebuild\"."));
    };
    Id after = 0; // the last question of the previous batch
    for (bool last = false; !last;) {
        SqlStatement bound(m_db, QStringLiteral("SELECT MAX(id), COUNT(*) FROM (SELECT id FROM questions WHERE id > :after"
                                                " ORDER BY id LIMIT %1) b").arg(std::max(1, batch)));
        if (auto ok = bound.bind(QStringLiteral(":after"), after).exec(); !ok)
            return ok.error();
        bound.next();
        last = bound.value(1).toInt() < std::max(1, batch);
        const Id upTo = bound.value(0).isNull() ? after : bound.value(0).toLongLong();
        SqlStatement source(m_db, sourceSelect + QStringLiteral(" WHERE q.id > :after AND q.id <= :upto ORDER BY q.id"));
        if (auto ok = source.bind(QStringLiteral(":after"), after).bind(QStringLiteral(":upto"), upTo).exec(); !ok)
            return ok.error();
        // The index rows of this batch's ids and of the gaps before them (rows of no question); after the last batch,
        // every row left.
        SqlStatement index(m_db, QStringLiteral("SELECT rowid, title, body, answer, locality FROM question_search"
                                                " WHERE rowid >= :from%1 ORDER BY rowid")
                                     .arg(last ? QString() : QStringLiteral(" AND rowid < :until")));
        index.bind(QStringLiteral(":from"), after == 0 ? std::numeric_limits<qint64>::min() : fullRow(after + 1));
        if (!last)
            index.bind(QStringLiteral(":until"), fullRow(upTo + 1));
        if (auto ok = index.exec(); !ok)
            return ok.error();
        bool indexHasRow = index.next();
        auto orphansBefore = [&](qint64 rowid) {
            while (indexHasRow && index.value(0).toLongLong() < rowid) {
                report(tr("The search index holds row %1 that belongs to no question.").arg(index.value(0).toLongLong()));
                ++out.rows;
                indexHasRow = index.next();
            }
        };
        auto expectRow = [&](qint64 rowid, const Document& expected, const QString& ref, bool isPublic) {
            orphansBefore(rowid);
            if (!indexHasRow || index.value(0).toLongLong() != rowid) {
                report(isPublic ? tr("The search index lacks the published version of question %1.").arg(ref)
                                : tr("The search index lacks question %1.").arg(ref));
                return;
            }
            const Document held{index.value(1).toString(), index.value(2).toString(), index.value(3).toString(),
                                index.value(4).toString()};
            if (held != expected)
                report(isPublic ? tr("The search index holds an outdated published version of question %1.").arg(ref)
                                : tr("The search index holds an outdated version of question %1.").arg(ref));
            ++out.rows;
            indexHasRow = index.next();
        };
        while (source.next()) {
            ++out.questions;
            const Id id = source.value(0).toLongLong();
            const QString ref = source.value(7).toString();
            const Document full{documentText(source.value(1).toString()), documentText(source.value(2).toString()),
                                documentText(source.value(5).toString()), documentText(source.value(3).toString())};
            expectRow(fullRow(id), full, ref, false);
            if (!source.value(4).isNull())
                expectRow(publicRow(id), publicDocument(source, rules.value()), ref, true);
            else if (indexHasRow && index.value(0).toLongLong() == publicRow(id)) {
                report(tr("The search index still holds an unpublished answer of question %1 as public.").arg(ref));
                ++out.rows;
                indexHasRow = index.next();
            }
        }
        orphansBefore(std::numeric_limits<qint64>::max());
        after = upTo;
    }
    return out;
}

Result<SearchIndex::Conditions> SearchIndex::conditionsFor(const QString& ftsExpression, const SearchFilter& filter) const
{
    const bool postgres = isPostgres(m_db);
    Conditions out;
    out.tsQuery = postgres ? search_dialect::tsQuery(ftsExpression) : QString();
    if (postgres && out.tsQuery.isEmpty())
        return Error::invalid(tr("The search expression cannot be read."));
    auto add = [&](const QString& condition, const QString& name, const QVariant& value) {
        out.sql.append(condition);
        out.names.append(name);
        out.values.append(value);
    };
    // PostgreSQL: the matches come from danhoi_search_matches (postgres/9-search.sql, see sourceFor()).
    if (!postgres)
        out.sql.append(QStringLiteral("question_search MATCH :match"));
    out.names.append(QStringLiteral(":match"));
    out.values.append(postgres ? out.tsQuery : ftsExpression);
    out.sql.append(search_scope::condition(filter.scope, postgres, out.names, out.values));
    const bool scoped = filter.scope.kind == VisibilityScope::Kind::DepartmentAndPublic
        || filter.scope.kind == VisibilityScope::Kind::PublicOnly;
    out.readsScope = scoped && !postgres;
    out.readsQuestions = scoped && postgres;
    if (!filter.statuses.isEmpty()) {
        out.readsQuestions = true;
        QStringList placeholders;
        for (int i = 0; i < filter.statuses.size(); ++i) {
            placeholders.append(QStringLiteral(":st%1").arg(i));
            out.names.append(placeholders.last());
            out.values.append(statusName(filter.statuses.at(i)));
        }
        out.sql.append(QStringLiteral("q.status IN (%1)").arg(placeholders.join(QStringLiteral(", "))));
    }
    if (filter.departmentId) {
        add(QStringLiteral("%1.department_id = :dep").arg(postgres ? QLatin1Char('q') : QLatin1Char('c')),
            QStringLiteral(":dep"), *filter.departmentId);
        (postgres ? out.readsQuestions : out.readsScope) = true;
    }
    if (filter.receivedFrom.isValid())
        add(QStringLiteral("q.received_at >= :from"), QStringLiteral(":from"), filter.receivedFrom.toMSecsSinceEpoch());
    if (filter.receivedBefore.isValid())
        add(QStringLiteral("q.received_at < :before"), QStringLiteral(":before"),
            filter.receivedBefore.toMSecsSinceEpoch());
    out.readsQuestions = out.readsQuestions || filter.receivedFrom.isValid() || filter.receivedBefore.isValid();
    if (filter.excludeQuestionId)
        add(postgres ? QStringLiteral("s.question_id <> :exclude") : QStringLiteral("(s.rowid >> 1) <> :exclude"),
            QStringLiteral(":exclude"), *filter.excludeQuestionId);
    return out;
}

// PostgreSQL: the owner's function takes the GIN index that row-level security keeps a desk's own query from
// using (postgres/9-search.sql); each row comes with its question's id, joined by plain equality. SQLite: the index
// rowid is twice the question's id (plus one for its public row).
QString SearchIndex::sourceFor(const Conditions& where, bool readerSeesAll, bool withQuestions) const
{
    const bool postgres = isPostgres(m_db);
    const QString question = postgres ? QStringLiteral("s.question_id") : QStringLiteral("(s.rowid >> 1)");
    QString out = postgres ? QStringLiteral("danhoi_search_matches(:match) s") : QStringLiteral("question_search s");
    if (where.readsScope && !postgres)
        out += QStringLiteral(" JOIN question_scope c ON c.question_id = %1").arg(question);
    if (where.readsQuestions || withQuestions)
        out += QStringLiteral(" JOIN %1 q ON q.id = %2").arg(desk_reads::questions(m_db, readerSeesAll), question);
    return out;
}

void SearchIndex::Conditions::bindTo(SqlStatement& statement) const
{
    for (qsizetype i = 0; i < names.size(); ++i)
        statement.bind(names.at(i), values.at(i));
}

SearchHit SearchIndex::hitFrom(const SqlStatement& q, int first)
{
    SearchHit hit;
    hit.questionId = q.value(first).toLongLong();
    hit.ref = q.value(first + 1).toString();
    hit.title = q.value(first + 2).toString();
    hit.body = q.value(first + 3).toString();
    hit.locality = q.value(first + 4).toString();
    hit.status = statusFromName(q.value(first + 5).toString()).value_or(Status::Received);
    hit.answered = !q.value(first + 6).isNull();
    return hit;
}

Result<QList<SearchHit>> SearchIndex::search(const QString& ftsExpression, const SearchFilter& filter,
                                             const QList<double>& columnWeights)
{
    if (ftsExpression.isEmpty() || filter.limit <= 0)
        return QList<SearchHit>{};
    const bool postgres = isPostgres(m_db);
    auto where = conditionsFor(ftsExpression, filter);
    if (!where)
        return where.error();
    Conditions& built = where.value();
    QStringList& conditions = built.sql;
    QStringList& names = built.names;
    QVariantList& values = built.values;
    const QString& tsQuery = built.tsQuery;
    QList<double> weights = columnWeights.isEmpty() ? QList<double>{4.0, 1.0, 0.75, 1.0} : columnWeights;
    weights.resize(4, 1.0);
    QStringList weightText;
    for (double w : weights)
        weightText.append(QString::number(w, 'f', 3));
    // Lower is better on both: FTS5's bm25 is negative; ts_rank is positive, so it is negated (and scaled to the
    // same order of magnitude, so that the service's accent and phrase bonuses weigh alike on both engines).
    const QString score = postgres ? QStringLiteral("-10 * ts_rank(%1::float4[], s.document, to_tsquery('simple', :rank))")
                                         .arg(search_dialect::tsRankWeights(weights))
                                   : QStringLiteral("bm25(question_search, %1)").arg(weightText.join(QStringLiteral(", ")));
    if (postgres) {
        names.append(QStringLiteral(":rank"));
        values.append(tsQuery);
    }
    // The inner query ranks and cuts; only the rows kept read their texts and answers (on PostgreSQL a clerk's
    // other-department hits read the public version: DeskReads.h).
    const bool seesAll = filter.scope.kind == VisibilityScope::Kind::Everything;
    const QString questions = desk_reads::questions(m_db, seesAll);
    const QString revisions = desk_reads::revisions(m_db, seesAll);
    const QString sql = QStringLiteral(
        "SELECT h.sid, h.score, q.id, q.ref, q.title, q.body, q.asker_locality, q.status, q.published_revision_id,"
        " CASE WHEN (h.sid & 1) = 1 THEN (SELECT r.body FROM %5 r WHERE r.id = q.published_revision_id)"
        " ELSE (SELECT r.body FROM %5 r WHERE r.question_id = q.id ORDER BY r.number DESC LIMIT 1) END"
        " FROM (SELECT s.rowid AS sid, %6 AS qid, %1 AS score FROM %2 WHERE %3 ORDER BY score LIMIT :limit) h"
        " JOIN %4 q ON q.id = h.qid ORDER BY h.score, q.id")
                            .arg(score, sourceFor(built, seesAll, postgres), conditions.join(QStringLiteral(" AND ")),
                                 questions, revisions, postgres ? QStringLiteral("q.id") : QStringLiteral("(s.rowid >> 1)"));
    SqlStatement q(m_db, sql);
    where->bindTo(q);
    q.bind(QStringLiteral(":limit"), filter.limit);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<SearchHit> out;
    while (q.next()) {
        SearchHit hit = hitFrom(q, 2);
        hit.publicVersion = (q.value(0).toLongLong() & 1) == 1;
        hit.bm25 = q.value(1).toDouble();
        hit.answer = q.value(9).toString();
        out.append(hit);
    }
    return out;
}

} // namespace danhoi
