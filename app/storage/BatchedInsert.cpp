#include "BatchedInsert.h"

namespace danhoi {

BatchedInsert::BatchedInsert(QSqlDatabase db, QString head, QString tuple, int columns, QString tail)
    : m_db(db)
    , m_head(std::move(head))
    , m_tuple(std::move(tuple))
    , m_tail(std::move(tail))
    , m_columns(std::max(1, columns))
    , m_rowsPerStatement(std::clamp(maxValues / m_columns, 1, 500))
    , m_full(db)
{
    m_pending.reserve(m_rowsPerStatement * m_columns);
}

QString BatchedInsert::statement(int rows) const
{
    QString sql = m_head + QStringLiteral(" VALUES ");
    sql.reserve(sql.size() + rows * (m_tuple.size() + 1) + m_tail.size());
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += m_tuple;
    }
    return sql + m_tail;
}

Result<void> BatchedInsert::write(QSqlQuery& query, int rows)
{
    for (int i = 0; i < rows * m_columns; ++i)
        query.bindValue(i, m_pending.at(i));
    if (!query.exec())
        return Database::errorFrom(query.lastError());
    m_written += rows;
    m_pending.clear();
    return {};
}

Result<void> BatchedInsert::add(const QVariantList& row)
{
    Q_ASSERT(row.size() == m_columns);
    m_pending.append(row);
    if (m_pending.size() < m_rowsPerStatement * m_columns)
        return {};
    if (!m_fullPrepared) {
        if (!m_full.prepare(statement(m_rowsPerStatement)))
            return Database::errorFrom(m_full.lastError());
        m_fullPrepared = true;
    }
    return write(m_full, m_rowsPerStatement);
}

Result<void> BatchedInsert::finish()
{
    if (m_pending.isEmpty())
        return {};
    const int rows = int(m_pending.size() / m_columns);
    QSqlQuery rest(m_db);
    if (!rest.prepare(statement(rows)))
        return Database::errorFrom(rest.lastError());
    return write(rest, rows);
}

} // namespace danhoi
