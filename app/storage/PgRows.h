#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <utility>

struct pg_result;

namespace danhoi {

// A statement run through libpq itself on a QPSQL connection, for a large result read in place: QPSQL hands each
// value out as a QVariant holding a new QString, which a search window's 8,000 texts (1.5 MB) then had to be turned
// back into UTF-8 from (the PostgreSQL search's ranking counts words in the bytes). Parameters are $1, $2… as
// text (nothing: SQL NULL); the result comes whole, in text format. The connection must not be streaming a result
// (SqlStatement never leaves one: on PostgreSQL its results arrive whole).
class PgRows
{
    Q_DECLARE_TR_FUNCTIONS(PgRows)
public:
    PgRows() = default;
    ~PgRows();
    PgRows(const PgRows&) = delete;
    PgRows& operator=(const PgRows&) = delete;
    PgRows(PgRows&& other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

    // Runs `sql` on `db` (a PostgreSQL connection: its libpq connection, inside whatever transaction it is in).
    static Result<PgRows> exec(const QSqlDatabase& db, const QString& sql,
                               const QList<std::optional<QByteArray>>& parameters);

    int rows() const;
    // The value's bytes as the server sent them (text format: UTF-8 for text); empty for NULL. Valid while this lives.
    QByteArrayView bytes(int row, int column) const;
    qint64 toLongLong(int row, int column) const;

private:
    pg_result* m_result = nullptr;
};

} // namespace danhoi
