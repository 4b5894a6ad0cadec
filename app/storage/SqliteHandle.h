#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

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

// A read transaction for the C API's statements that follow, unless the connection is in a transaction already:
// then each step of a statement run many times is not a transaction of its own that takes and drops the file's lock.
// Ends (COMMIT, nothing was written) when it goes out of scope; declare it before the statements.
class SqliteReadTransaction
{
public:
    explicit SqliteReadTransaction(sqlite3* db);
    ~SqliteReadTransaction();
    SqliteReadTransaction(const SqliteReadTransaction&) = delete;
    SqliteReadTransaction& operator=(const SqliteReadTransaction&) = delete;

private:
    sqlite3* m_db = nullptr; // set when this began the transaction
};

} // namespace danhoi
