#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

struct pg_conn;

namespace danhoi {

// The libpq connection under Qt's QPSQL driver, for storage code that goes through libpq itself; nullptr on another
// engine. QPSQL registers it as PGconn* or under the struct's name, pg_conn*.
inline pg_conn* postgresHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<pg_conn* const*>(handle.constData());
}

} // namespace danhoi
