#include "SqliteHandle.h"

#include <sqlite3.h>

namespace danhoi {

SqliteReadTransaction::SqliteReadTransaction(sqlite3* db)
{
    if (db && sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_db = db;
}

SqliteReadTransaction::~SqliteReadTransaction()
{
    if (m_db)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace danhoi
