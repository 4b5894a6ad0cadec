#pragma once

#include "Database.h"

namespace danhoi {

// Writes rows many to a statement: `head` + " VALUES " + one `tuple` per row, comma-separated, + `tail`. Full
// statements go through one prepared query reused for every batch (planned once); the rows left at finish() through
// one prepared for their number. A round trip per row costs a server a million round trips for a million rows (db
// copy); a statement of a few hundred rows costs a few thousand. The tuple holds `columns` positional placeholders.
class BatchedInsert
{
public:
    BatchedInsert(QSqlDatabase db, QString head, QString tuple, int columns, QString tail = {});

    // Adds one row (exactly `columns` values); writes a full statement when the batch is full.
    Result<void> add(const QVariantList& row);
    // Writes the rows still waiting.
    Result<void> finish();
    qint64 written() const { return m_written; }

    // The most values a statement may carry on both engines (SQLite 32,766 bound parameters, PostgreSQL 65,535).
    static constexpr int maxValues = 30000;

private:
    QString statement(int rows) const;
    Result<void> write(QSqlQuery& query, int rows);

    QSqlDatabase m_db;
    QString m_head, m_tuple, m_tail;
    int m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QVariantList m_pending;
    qint64 m_written = 0;
};

} // namespace danhoi
