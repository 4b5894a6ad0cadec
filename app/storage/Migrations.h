#pragma once

#include "Database.h"

namespace danhoi {

// Versioned schema steps, one transaction each. The version lives in the table schema_version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static int latestVersion();
    // 0 for an empty database.
    static Result<int> currentVersion(Database& db);
    // Applies the steps after the current version up to `target`.
    static Result<void> migrateTo(Database& db, int target);

    struct Outcome {
        int from = 0;
        int to = 0;
        QString backupPath; // empty when nothing needed a backup
    };
    // Brings the database to the latest version; an existing older database is first copied
    // beside itself. A newer database is refused.
    static Result<Outcome> upgrade(Database& db);
    // Refuses a database that is older or newer than this program (for callers that must not migrate).
    static Result<void> requireCurrent(Database& db);
    // A consistent copy of the database at `target` (VACUUM INTO on SQLite).
    static Result<void> copyTo(Database& db, const QString& target);
};

} // namespace danhoi
