// SearchIndex on SQLite: the window of the newest matches read through SQLite's C API, with each row's term
// occurrences and length taken from FTS5 itself (its position lists and its row sizes) instead of its text.
#include "SearchIndex.h"
#include "SqliteHandle.h"

#include <QSqlDriver>
#include <QVarLengthArray>
#include <QtEndian>

#include <sqlite3.h>

namespace danhoi {

namespace {

// The FTS5 auxiliary function the window calls for each row: the index's number of columns, the row's length in
// words over all of them, then per phrase of the query and column the number of times it occurs there, as native
// 32-bit integers. The same counts
// FTS5's bm25() takes (xColumnSize, xInst), only over the rows the window keeps.
constexpr const char* occurrencesFunction = "danhoi_occurrences";

void occurrences(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* result, int, sqlite3_value**)
{
    const int columns = api->xColumnCount(fts);
    const int phrases = api->xPhraseCount(fts);
    QVarLengthArray<qint32, 128> out(2 + qsizetype(phrases) * columns, 0);
    int length = 0;
    int instances = 0;
    int rc = api->xColumnSize(fts, -1, &length);
    if (rc == SQLITE_OK)
        rc = api->xInstCount(fts, &instances);
    out[0] = columns;
    out[1] = length;
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < phrases && column >= 0 && column < columns)
            ++out[2 + qsizetype(phrase) * columns + column];
    }
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(result, rc);
    else
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

Result<SearchIndex::WindowRows> SearchIndex::readWindowSqlite(const QString& from, const Conditions& where, int window,
                                                              qsizetype terms)
{
    sqlite3* db = sqliteHandle(m_db);
    if (!db)
        return Error::other(tr("The search cannot reach the SQLite file's own interface."));
    const QByteArray sql = QStringLiteral("SELECT s.rowid, %1(question_search) FROM %2 WHERE %3 ORDER BY s.rowid DESC"
                                          " LIMIT :window")
                               .arg(QLatin1String(occurrencesFunction), from, where.sql.join(QStringLiteral(" AND ")))
                               .toUtf8();
    Finalizer newest;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &newest.statement, nullptr) != SQLITE_OK) {
        if (!registerOccurrences(db)
            || sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &newest.statement, nullptr) != SQLITE_OK)
            return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    for (qsizetype i = 0; i < where.names.size(); ++i) {
        const int at = sqlite3_bind_parameter_index(newest.statement, where.names.at(i).toUtf8().constData());
        if (at > 0 && bindValue(newest.statement, at, where.values.at(i)) != SQLITE_OK)
            return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    sqlite3_bind_int(newest.statement, sqlite3_bind_parameter_index(newest.statement, ":window"), window + 1);

    WindowRows out;
    SearchRanking::Occurrences& found = out.occurrences;
    found.terms = terms;
    // The query's positive terms are its first phrases (SearchQuery::ftsExpression: the exclusions come last).
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(newest.statement)) == SQLITE_ROW) {
        if (out.rows.size() == window) {
            out.more = true;
            break;
        }
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(newest.statement, 1));
        const qsizetype values = sqlite3_column_bytes(newest.statement, 1) / qsizetype(sizeof(qint32));
        auto count = [&](qsizetype i) { return qFromUnaligned<qint32>(bytes + i * qsizetype(sizeof(qint32))); };
        if (!bytes || values < 2 || values < 2 + terms * count(0))
            return Error::other(tr("The search index did not give the occurrences of the words."));
        found.columns = count(0);
        out.rows.append(sqlite3_column_int64(newest.statement, 0));
        found.lengths.append(count(1));
        for (qsizetype i = 0; i < terms * found.columns; ++i)
            found.hits.append(count(2 + i));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return Error::other(tr("The search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return out;
}

} // namespace danhoi
