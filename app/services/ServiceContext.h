#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/WorkingCalendar.h"
#include "storage/Database.h"

#include <memory>

namespace danhoi {

// What every service needs: the database, the clock and the agency's calendar.
struct ServiceContext {
    std::shared_ptr<Database> db;
    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    WorkingCalendar calendar = WorkingCalendar::vietnam(); // CalendarService::refresh adds the yearly table

    QDateTime now() const { return clock->now(); }
};

// Opens the database behind `location` (an SQLite file path), upgrading an older schema after a backup.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
public:
    struct Opened {
        std::shared_ptr<Database> db;
        int upgradedFrom = 0;
        QString backupPath;
    };
    // mustExist: refuse to create a new file (every command but init).
    static Result<Opened> open(const QString& location, bool mustExist);
    static QString defaultLocation();
};

// Runs `change` inside one write transaction; commits when it succeeds.
template <typename T, typename F>
Result<T> inTransaction(Database& db, F&& change)
{
    Transaction tx(db);
    if (auto ok = tx.begin(); !ok)
        return ok.error();
    Result<T> result = change(tx.connection());
    if (!result.ok())
        return result;
    if (auto ok = tx.commit(); !ok)
        return ok.error();
    return result;
}

} // namespace danhoi
