// SearchIndex on SQLite: the window of the newest matches read through SQLite's C API, with each row's term
// occurrences and length taken from FTS5 itself (its position lists and its row sizes) instead of its text.
#include "KeptStatements.h"
#include "SearchIndex.h"
#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QVarLengthArray>
#include <QtEndian>

#include <sqlite3.h>

namespace danhoi {

namespace {

// The FTS5 auxiliary function the window calls for each row, danhoi_occurrences(question_search, TERMS): the index's
// number of columns, then for each of the query's first TERMS phrases (its positive terms) and each column the
// number of times the phrase occurs there, as native 32-bit integers: the counts FTS5's bm25() takes from xInst,
// read phrase by phrase from the position lists the match already holds (xPhraseFirst/xPhraseNext: no merge of the
// phrases into one list of instances, as xInst makes). The row's length is not asked for here: the window reads it
// from question_search_docsize in the same statement (what xColumnSize would look up through a statement of its
// own for every row).
constexpr const char* occurrencesFunction = "danhoi_occurrences";

void occurrences(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int argc, sqlite3_value** argv)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    const int terms = argc == 1 ? sqlite3_value_int(argv[0]) : -1;
    if (terms < 0 || terms > phrases) {
        sqlite3_result_error(result, "danhoi_occurrences: the number of terms is missing or too large", -1);
        return;
    }
    QVarLengthArray<qint32, 128> out(1 + qsizetype(terms) * columns, 0);
    out[0] = columns;
    for (int phrase = 0; phrase < terms; ++phrase) {
        Fts5PhraseIter at;
        int column = 0, offset = 0;
        const int rc = api->xPhraseFirst(fts, phrase, &at, &column, &offset);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        for (; column >= 0; api->xPhraseNext(fts, &at, &column, &offset))
            if (column < columns)
                ++out[1 + qsizetype(phrase) * columns + column];
    }
    sqlite3_result_blob(result, out.constData(), int(out.size() * sizeof(qint32)), SQLITE_TRANSIENT);
}

// Makes danhoi_occurrences() known to this connection's FTS5 (once per connection: the window's statement fails to
// prepare without it).
bool registerOccurrences(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api && api->iVersion >= 2
        && api->xCreateFunction(api, occurrencesFunction, nullptr, &occurrences, nullptr) == SQLITE_OK;
}

// documentText(text) as an SQL function: the import folds its staged texts in the INSERT … SELECT that writes the
// index rows, instead of staging a folded copy of each. Text in and out as UTF-8 (the file's encoding: SQLite
// converts nothing); NULL folds to ''.
void documentTextOf(sqlite3_context* result, int, sqlite3_value** argv)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray folded = text ? SearchIndex::documentText(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8()
                                   : QByteArray();
    sqlite3_result_text(result, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

struct Finalizer {
    sqlite3_stmt* statement = nullptr;
    ~Finalizer() { sqlite3_finalize(statement); }
};

int bindValue(sqlite3_stmt* statement, int at, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, at);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, at, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, at, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

std::optional<quint64> SearchIndex::readVarint(const char* bytes, qsizetype size, qsizetype& at)
{
    quint64 value = 0;
    for (int i = 0; i < 9 && at < size; ++i) {
        const auto byte = quint8(bytes[at++]);
        if (i == 8)
            return (value << 8) | byte;
        value = (value << 7) | (byte & 0x7f);
        if ((byte & 0x80) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<qint64> SearchIndex::rowLength(const char* record, qsizetype size, qsizetype columns)
{
    qint64 total = 0;
    qsizetype at = 0;
    for (qsizetype column = 0; column < columns; ++column) {
        const auto words = readVarint(record, size, at);
        if (!words)
            return std::nullopt;
        total += qint64(*words);
    }
    return total;
}

Result<void> SearchIndex::defineDocumentText()
{
    sqlite3* db = sqliteHandle(m_db);
    if (!db)
        return Error::other(tr("The search cannot reach the SQLite file's own interface."));
    // Defined once per connection: defining it again while a statement runs on the connection is refused.
    Finalizer defined;
    const QByteArray probe = QStringLiteral("SELECT %1('')").arg(QLatin1String(documentTextFunction)).toUtf8();
    if (sqlite3_prepare_v2(db, probe.constData(), int(probe.size()), &defined.statement, nullptr) == SQLITE_OK)
        return {};
    if (sqlite3_create_function_v2(db, documentTextFunction, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                   nullptr, &documentTextOf, nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return Database::errorFrom(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError));
    return {};
}

Result<SearchIndex::WindowRows> SearchIndex::readWindowSqlite(const QString& from, const Conditions& where, int window,
                                                              qsizetype terms)
{
    sqlite3* db = sqliteHandle(m_db);
    if (!db)
        return Error::other(tr("The search cannot reach the SQLite file's own interface."));
    // The row sizes as the sqlite3 shell reads them (figure 2's raw side types this statement without the function).
    const QString sql = QStringLiteral("SELECT s.rowid, (SELECT sz FROM question_search_docsize WHERE id = s.rowid),"
                                       " %1(question_search, %2) FROM %3 WHERE %4 ORDER BY s.rowid DESC LIMIT :window")
                            .arg(QLatin1String(occurrencesFunction)).arg(terms)
                            .arg(from, where.sql.join(QStringLiteral(" AND ")));
    // Kept prepared on the connection (KeptStatements.h): the text depends on the scope and the number of terms, the
    // words are bound.
    std::optional<kept_statements::Statement> kept(std::in_place, m_db, sql);
    if (!kept->get()) {
        if (!registerOccurrences(db) || !kept.emplace(m_db, sql).get())
            return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    sqlite3_stmt* const newest = kept->get();
    for (qsizetype i = 0; i < where.names.size(); ++i) {
        const int at = sqlite3_bind_parameter_index(newest, where.names.at(i).toUtf8().constData());
        if (at > 0 && bindValue(newest, at, where.values.at(i)) != SQLITE_OK)
            return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    sqlite3_bind_int(newest, sqlite3_bind_parameter_index(newest, ":window"), window + 1);

    WindowRows out;
    SearchRanking::Occurrences& found = out.occurrences;
    found.terms = terms;
    // The query's positive terms are its first phrases (SearchQuery::ftsExpression: the exclusions come last).
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(newest)) == SQLITE_ROW) {
        if (out.rows.size() == window) {
            out.more = true;
            break;
        }
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(newest, 2));
        const qsizetype values = sqlite3_column_bytes(newest, 2) / qsizetype(sizeof(qint32));
        auto count = [&](qsizetype i) { return qFromUnaligned<qint32>(bytes + i * qsizetype(sizeof(qint32))); };
        if (!bytes || values < 1 || values != 1 + terms * count(0))
            return Error::other(tr("The search index did not give the occurrences of the words."));
        found.columns = count(0);
        const auto length = rowLength(static_cast<const char*>(sqlite3_column_blob(newest, 1)),
                                      sqlite3_column_bytes(newest, 1), found.columns);
        if (!length)
            return Error::other(tr("The search index is damaged (a row's size cannot be read); run \"danhoi-cli search --rebuild\"."));
        out.rows.append(sqlite3_column_int64(newest, 0));
        found.lengths.append(*length);
        for (qsizetype i = 0; i < terms * found.columns; ++i)
            found.hits.append(count(1 + i));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return out;
}

Result<QList<SearchHit>> SearchIndex::hitsForSqlite(const QList<qint64>& rows, bool readerSeesAll)
{
    sqlite3* db = sqliteHandle(m_db);
    if (!db)
        return Error::other(tr("The search cannot reach the SQLite file's own interface."));
    // One statement stepped once per row, in the rows' order: the answer the row was indexed over (the latest
    // revision for a full row, the published one for a public row) and, for a public row read by a desk that does not
    // see everything, the asker's details, which the portal's redaction hides (SearchService): so that those hits need
    // no second read of the questions.
    static const char sql[] =
        "SELECT q.ref, q.title, q.body, q.asker_locality, q.status, q.published_revision_id,"
        " CASE WHEN :public THEN (SELECT r.body FROM answer_revisions r WHERE r.id = q.published_revision_id)"
        " ELSE (SELECT r.body FROM answer_revisions r WHERE r.question_id = q.id ORDER BY r.number DESC LIMIT 1) END,"
        " q.asker_name, q.asker_phone, q.asker_email, q.asker_address, q.asker_id_number"
        " FROM questions q WHERE q.id = :id";
    const SqliteReadTransaction transaction(db);
    const kept_statements::Statement kept(m_db, QLatin1String(sql));
    if (!kept.get())
        return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_stmt* const read = kept.get();
    const int idAt = sqlite3_bind_parameter_index(read, ":id");
    const int publicAt = sqlite3_bind_parameter_index(read, ":public");
    auto text = [&](int column) {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(read, column)),
                                 sqlite3_column_bytes(read, column));
    };
    QList<SearchHit> out;
    out.reserve(rows.size());
    for (qint64 row : rows) {
        const bool publicRow = (row & 1) == 1;
        sqlite3_reset(read);
        sqlite3_bind_int64(read, idAt, row >> 1);
        sqlite3_bind_int(read, publicAt, publicRow ? 1 : 0);
        const int rc = sqlite3_step(read);
        if (rc == SQLITE_DONE)
            continue; // removed since the window was read (by another connection)
        if (rc != SQLITE_ROW)
            return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
        SearchHit hit;
        hit.questionId = row >> 1;
        hit.publicVersion = publicRow;
        hit.ref = text(0);
        hit.title = text(1);
        hit.body = text(2);
        hit.locality = text(3);
        hit.status = statusFromName(text(4)).value_or(Status::Received);
        hit.answered = sqlite3_column_type(read, 5) != SQLITE_NULL;
        hit.answer = text(6);
        if (publicRow && !readerSeesAll)
            hit.asker = Asker{text(7), hit.locality, text(8), text(9), text(10), text(11)};
        out.append(hit);
    }
    return out;
}

} // namespace danhoi
