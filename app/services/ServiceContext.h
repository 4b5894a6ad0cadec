#pragma once

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/Result.h"
#include "core/WorkingCalendar.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"

#include <memory>

namespace danhoi {

// What every service needs: the database, the clock and the agency's calendar.
struct ServiceContext {
    std::shared_ptr<Database> db;
    // A shared server before anyone signed in: there is no connection without a login (AuthService::login opens it).
    QString serverLocation;
    std::shared_ptr<const Clock> clock = std::make_shared<SystemClock>();
    WorkingCalendar calendar = WorkingCalendar::vietnam(); // CalendarService::refresh adds the yearly table

    QDateTime now() const { return clock->now(); }
    // The agency's time zone, from its settings read on `connection` (a transaction's) or on the database's own.
    Result<AgencyTime> agencyTime(QSqlDatabase connection) const;
    Result<AgencyTime> agencyTime() const;
    // Today's date where the agency is, by this context's clock.
    Result<QDate> agencyToday(QSqlDatabase connection) const;
    Result<QDate> agencyToday() const;
};

// Opens the database behind a location: an SQLite file (an older schema is upgraded after a backup copy) or
// postgresql://… (see DatabaseLocation), whose schema only the owner changes, by asking for it (db upgrade).
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
public:
    struct Request {
        QString location;          // empty: defaultLocation()
        bool mustExist = true;     // SQLite: refuse to create a new file (every command but init)
        bool upgradeServer = false; // PostgreSQL: bring the schema and the security layer up to date (the owner)
        bool provisionServer = false; // PostgreSQL: the same, on an empty database only (db provision)
        QString user;              // PostgreSQL: connect as this role instead of the location's user
        QString password;          // PostgreSQL: empty leaves it to libpq (PGPASSWORD, ~/.pgpass)
    };
    struct Opened {
        std::shared_ptr<Database> db;
        int upgradedFrom = 0;
        int layerUpgradedFrom = 0; // PostgreSQL: the layer of the server's permissions before this upgrade, if older
        int layerVersion = 0;      // PostgreSQL: the layer after opening (PostgresSecurity::layerVersion)
        QString backupPath;
    };
    static Result<Opened> open(const Request& request);
    static Result<Opened> open(const QString& location, bool mustExist);
    // An SQLite file that open() will upgrade, with its older schema; nothing for a current, new or missing file, a
    // server, or a location open() refuses (it says why).
    struct PendingUpgrade {
        QString path;
        int fromVersion = 0;
        int toVersion = 0;
    };
    static std::optional<PendingUpgrade> pendingUpgrade(const QString& location);
    static QString defaultLocation();
    // True for a postgresql:// location (whatever else is wrong with it).
    static bool isServerLocation(const QString& location);

    // A shared server as the desk's connection dialog shows it.
    struct ServerAddress {
        QString host;       // name, address, or a folder holding the server's Unix socket
        int port = 5432;
        QString database;
        QString sslMode;    // empty: libpq's default (prefer)
    };
    // The location of a server address, or why it is not one (the same checks as --db).
    static Result<QString> serverLocation(const ServerAddress& address);
    // The parts of a postgresql:// location; nothing for a file or a malformed location.
    static std::optional<ServerAddress> serverAddress(const QString& location);
};

// Starts listening for other desks' changes (a shared PostgreSQL database); nothing on an SQLite file, which has
// only one desk.
std::unique_ptr<ChangeFeed> startChangeFeed(const ServiceContext& context, int heartbeatMs = 2000);

// Runs `change` inside one write transaction; commits when it succeeds. On PostgreSQL a transaction aborted by a
// concurrent one (serialization failure, deadlock) is run again from the start (retryTransient), so `change` must
// read inside the transaction what it decides on and leave its captures alone until it succeeds.
template <typename T, typename F>
Result<T> inTransaction(Database& db, F&& change)
{
    return retryTransient([&]() -> Result<T> {
        Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        Result<T> result = change(tx.connection());
        if (!result.ok())
            return result;
        if (auto ok = tx.commit(); !ok)
            return ok.error();
        return result;
    });
}

} // namespace danhoi
