#include "MaintenanceService.h"

#include "storage/Migrations.h"
#include "storage/SearchIndex.h"

#include <QFileInfo>

namespace danhoi {

namespace {

// integrity_check or quick_check: one line "ok", or one line per problem found.
Result<void> runSqliteCheck(QSqlDatabase connection, const QString& pragma, QStringList& problems)
{
    SqlStatement check(connection, QStringLiteral("PRAGMA %1").arg(pragma));
    if (auto ok = check.exec(); !ok)
        return ok.error();
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return {};
}

} // namespace

Result<MaintenanceService::Health> MaintenanceService::inspect(Database& db, Depth depth)
{
    Health health;
    health.programVersion = Migrations::latestVersion();
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    health.schemaVersion = version.value();
    if (health.schemaVersion != health.programVersion)
        health.problems.append(tr("Schema version %1, but this program needs %2.")
                                   .arg(health.schemaVersion)
                                   .arg(health.programVersion));
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    // A server checks its pages and references itself (and has pg_amcheck); a file is checked here.
    if (db.engine() == Database::Engine::Sqlite) {
        auto ok = depth == Depth::Full ? checkSqliteFile(connection.value(), health)
                                       : runSqliteCheck(connection.value(), QStringLiteral("quick_check"), health.problems);
        if (!ok)
            return ok.error();
    }
    if (depth == Depth::Full && health.schemaVersion >= 4) { // the search index must match the questions, row for row
        auto search = SearchIndex(connection.value()).check();
        if (!search)
            return search.error();
        health.problems += search->problems;
    }
    health.ok = health.problems.isEmpty();
    return health;
}

Result<MaintenanceService::Health> MaintenanceService::checkUpgradedDatabase(Database& db)
{
    return inspect(db, Depth::Pages);
}

Result<MaintenanceService::Health> MaintenanceService::checkDatabase(Database& db)
{
    return inspect(db, Depth::Full);
}

Result<void> MaintenanceService::checkSqliteFile(QSqlDatabase connection, Health& health)
{
    if (auto ok = runSqliteCheck(connection, QStringLiteral("integrity_check"), health.problems); !ok)
        return ok.error();
    SqlStatement keys(connection, QStringLiteral("PRAGMA foreign_key_check"));
    if (auto ok = keys.exec(); !ok)
        return ok.error();
    while (keys.next())
        health.problems.append(tr("Broken reference in table %1, row %2.")
                                   .arg(keys.value(0).toString(), keys.value(1).toString()));
    return {};
}

Result<MaintenanceService::Health> MaintenanceService::check()
{
    if (!m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may check the database."));
    return checkDatabase(*m_context.db);
}

Result<MaintenanceService::Health> MaintenanceService::checkUpgraded()
{
    if (!m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may check the database."));
    return checkUpgradedDatabase(*m_context.db);
}

Result<QString> MaintenanceService::backup(const QString& target)
{
    if (!m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may make backups."));
    if (target.trimmed().isEmpty())
        return Error::invalid(tr("Give the file to write the backup to."), QStringLiteral("out"));
    const QString path = QFileInfo(target).absoluteFilePath();
    if (path == QFileInfo(m_context.db->path()).absoluteFilePath())
        return Error::invalid(tr("The backup cannot overwrite the database itself."), QStringLiteral("out"));
    if (auto ok = Migrations::copyTo(*m_context.db, path); !ok)
        return ok.error();
    auto copy = Database::openSqlite(path);
    if (!copy)
        return copy.error();
    auto health = checkDatabase(*copy.value());
    if (!health)
        return health.error();
    if (!health->ok)
        return Error{ErrorKind::Verification,
                     tr("The backup %1 was written but does not pass the check: %2").arg(path, health->problems.join(QStringLiteral("; "))),
                     {}};
    return path;
}

} // namespace danhoi
