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

    static Result<Health> checkDatabase(Database& db);

private:
    static Result<void> checkSqliteFile(QSqlDatabase connection, Health& health);

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
