#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>

struct sqlite3;

namespace danhoi {

// The sqlite3 connection under Qt's QSQLITE driver, for storage code that goes through SQLite's C API (the same
// library the driver loads); nullptr on another engine.
inline sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace danhoi
