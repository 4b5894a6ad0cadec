#pragma once

#include "ServiceContext.h"

namespace danhoi {

// Integrity checks, schema upgrades and backups, for administrators.
class MaintenanceService
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceService)
public:
    MaintenanceService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    struct Health {
        bool ok = false;
        int schemaVersion = 0;
        int programVersion = 0;
        QStringList problems;
    };
    Result<Health> check();
    // A consistent copy while others may be writing, then checked by opening it.
    Result<QString> backup(const QString& target);

    // Everything: the schema version; on SQLite every page, every index against its table and the references; the
    // search index against the questions, row by row (a quarter of an hour at a million questions on SQLite).
    static Result<Health> checkDatabase(Database& db);
    // What db upgrade checks after its steps, which each ran in one transaction after a backup: the schema version
    // and, on SQLite, that every page is readable and well formed (quick_check: about a minute at a million).
    static Result<Health> checkUpgradedDatabase(Database& db);
    Result<Health> checkUpgraded(); // the same, for an administrator

private:
    enum class Depth { Pages, Full };
    static Result<Health> inspect(Database& db, Depth depth);
    static Result<void> checkSqliteFile(QSqlDatabase connection, Health& health);

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
