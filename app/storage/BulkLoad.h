#pragma once

#include "Database.h"

namespace danhoi {

// db copy's bulk path on a PostgreSQL target, run by the owner inside the copy's one transaction (all of it rolls
// back with the copy). Rows written one by one fire per-row triggers and update every index as they go: at a
// million questions that is millions of trigger calls (guards, notifications, counts, the other departments' rows)
// and index insertions in random order. Instead, suspend() switches the triggers it knows off and drops the
// secondary indexes of the large tables; finish() does each trigger's work once per table, from the rows as they
// now stand, makes the indexes again from their own definitions and switches the triggers back on:
// - the guards (danhoi_guard) let the owner through: nothing to do;
// - the change notifications (*_notify) tell listening desks: a new database has none;
// - question_counts: counted again from questions (the same grouping as schema version 8);
// - desk_public_rows: filled again from questions and public_questions (danhoi_desk_public_rows_fill);
// - the marks of the sorts (sort_marks): placed again over the rows as they now stand (danhoi_sort_marks_place);
// - the search vocabulary: counted again from question_search (danhoi_search_terms_recount);
// - the search index rows' departments and publication: set again from questions (danhoi_search_readers_fill).
// A trigger it does not know stays on and fires per row, so a new trigger is never skipped silently.
class BulkLoad
{
public:
    explicit BulkLoad(QSqlDatabase tx) : m_db(std::move(tx)) { }

    // The triggers switched off, by table (a test keeps the list equal to the layer's).
    static const QList<QPair<QString, QStringList>>& knownTriggers();

    // Nothing on SQLite.
    Result<void> suspend();
    // Makes again the dropped indexes of these tables and gathers their statistics (before the copy reads them back;
    // finish() does it for the others).
    Result<void> restoreIndexes(const QStringList& tables);
    // Everything the suspended triggers would have done, the remaining indexes, the triggers on, fresh statistics.
    Result<void> finish();

private:
    Result<void> exec(const QString& sql);

    QSqlDatabase m_db;
    bool m_active = false;
    QList<QPair<QString, QString>> m_disabled;                // table, trigger
    QList<std::pair<QString, QStringList>> m_droppedIndexes; // table, definitions
};

} // namespace danhoi
