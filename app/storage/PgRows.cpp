#include "PgRows.h"

#include "PostgresHandle.h"
#include "PostgresSecurity.h"

#include <QSqlError>

#include <libpq-fe.h>

#include <cstdlib>

namespace danhoi {

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

Result<PgRows> PgRows::exec(const QSqlDatabase& db, const QString& sql, const QList<std::optional<QByteArray>>& parameters)
{
    PGconn* pg = postgresHandle(db);
    if (!pg)
        return Error::other(tr("This statement runs on a PostgreSQL connection only."));
    QList<const char*> values;
    for (const std::optional<QByteArray>& parameter : parameters)
        values.append(parameter ? parameter->constData() : nullptr);
    PgRows out;
    out.m_result = PQexecParams(pg, sql.toUtf8().constData(), int(values.size()), nullptr, values.constData(), nullptr,
                                nullptr, 0);
    const ExecStatusType status = out.m_result ? PQresultStatus(out.m_result) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return out;
    // The server's message and SQLSTATE, mapped as every other statement's error is (DanHoi's own codes included).
    const char* primary = out.m_result ? PQresultErrorField(out.m_result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(pg)).trimmed();
    const QString state = out.m_result ? QString::fromLatin1(PQresultErrorField(out.m_result, PG_DIAG_SQLSTATE)) : QString();
    return PostgresSecurity::errorFrom(QSqlError(QString(), message, QSqlError::StatementError, state));
}

int PgRows::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

QByteArrayView PgRows::bytes(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgRows::toLongLong(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

} // namespace danhoi
