#include "ServiceContext.h"

#include "storage/CatalogRepository.h"
#include "storage/Migrations.h"
#include "storage/PostgresSecurity.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace danhoi {

Result<AgencyTime> ServiceContext::agencyTime(QSqlDatabase connection) const
{
    auto settings = CatalogRepository(std::move(connection)).agencySettings();
    if (!settings)
        return settings.error();
    return AgencyTime(settings->timeZone);
}

Result<AgencyTime> ServiceContext::agencyTime() const
{
    auto connection = db->connection();
    if (!connection)
        return connection.error();
    return agencyTime(connection.value());
}

Result<QDate> ServiceContext::agencyToday(QSqlDatabase connection) const
{
    auto time = agencyTime(std::move(connection));
    if (!time)
        return time.error();
    return time->today(*clock);
}

Result<QDate> ServiceContext::agencyToday() const
{
    auto time = agencyTime();
    if (!time)
        return time.error();
    return time->today(*clock);
}

QString DatabaseOpener::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/DanHoi") : dir)
        .filePath(QStringLiteral("danhoi.sqlite"));
}

Result<DatabaseOpener::Opened> DatabaseOpener::open(const QString& location, bool mustExist)
{
    Request request;
    request.location = location;
    request.mustExist = mustExist;
    return open(request);
}

std::optional<DatabaseOpener::PendingUpgrade> DatabaseOpener::pendingUpgrade(const QString& location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed || parsed->isPostgres())
        return std::nullopt;
    const QString path = parsed->path.isEmpty() ? defaultLocation() : parsed->path;
    if (!QFileInfo::exists(path))
        return std::nullopt;
    auto db = Database::openSqlite(path);
    if (!db)
        return std::nullopt;
    auto version = Migrations::currentVersion(*db.value());
    if (!version || version.value() == 0 || version.value() >= Migrations::latestVersion())
        return std::nullopt;
    return PendingUpgrade{QFileInfo(path).absoluteFilePath(), version.value(), Migrations::latestVersion()};
}

bool DatabaseOpener::isServerLocation(const QString& location)
{
    auto parsed = DatabaseLocation::parse(location);
    return DatabaseLocation::looksLikeUrl(location) && (!parsed || parsed->isPostgres());
}

Result<DatabaseOpener::Opened> DatabaseOpener::open(const Request& request)
{
    auto location = DatabaseLocation::parse(request.location);
    if (!location)
        return location.error();
    if (location->isPostgres()) {
        auto db = Database::openPostgres(location.value(), request.user, request.password);
        if (!db)
            return db.error();
        if (!request.upgradeServer && !request.provisionServer) {
            if (auto ok = Migrations::requireCurrent(*db.value()); !ok)
                return ok.error();
            auto connection = db.value()->connection();
            if (!connection)
                return connection.error();
            if (auto ok = PostgresSecurity::requireCurrentLayer(connection.value()); !ok)
                return ok.error();
            return Opened{db.value(), 0, 0, PostgresSecurity::layerVersion, {}};
        }
        if (request.provisionServer) {
            auto version = Migrations::currentVersion(*db.value());
            if (!version)
                return version.error();
            if (version.value() != 0)
                return Error::conflict(tr("The database %1 already holds DanHoi data (schema version %2); "
                                          "use \"db upgrade\" to bring it up to date.")
                                           .arg(location->dbname)
                                           .arg(version.value()));
        }
        auto connection = db.value()->connection();
        if (!connection)
            return connection.error();
        auto layer = PostgresSecurity::layerOn(connection.value());
        if (!layer)
            return layer.error();
        auto outcome = Migrations::upgrade(*db.value());
        if (!outcome)
            return outcome.error();
        // The permissions the server enforces, applied again with every upgrade (the scripts are idempotent).
        auto secured = inTransaction<bool>(*db.value(), [](QSqlDatabase tx) -> Result<bool> {
            if (auto ok = PostgresSecurity::apply(tx); !ok)
                return ok.error();
            return true;
        });
        if (!secured)
            return secured.error();
        const bool olderLayer = !request.provisionServer && layer.value() < PostgresSecurity::layerVersion;
        return Opened{db.value(), outcome->from != outcome->to ? outcome->from : 0, olderLayer ? layer.value() : 0,
                      PostgresSecurity::layerVersion, {}};
    }
    const QString path = location->path.isEmpty() ? defaultLocation() : location->path;
    if (request.mustExist && !QFileInfo::exists(path))
        return Error::other(tr("There is no DanHoi database at %1. Create it with \"danhoi-cli init\".").arg(path));
    auto db = Database::openSqlite(path);
    if (!db)
        return db.error();
    auto outcome = Migrations::upgrade(*db.value());
    if (!outcome)
        return outcome.error();
    return Opened{db.value(), outcome->from != outcome->to ? outcome->from : 0, 0, 0, outcome->backupPath};
}

Result<QString> DatabaseOpener::serverLocation(const ServerAddress& address)
{
    if (address.host.trimmed().isEmpty())
        return Error::invalid(tr("Enter the server's name or address."), QStringLiteral("host"));
    if (address.database.trimmed().isEmpty())
        return Error::invalid(tr("Enter the name of the database on the server."), QStringLiteral("database"));
    if (address.port < 1 || address.port > 65535)
        return Error::invalid(tr("The port must be between 1 and 65535."), QStringLiteral("port"));
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::PostgreSql;
    location.host = address.host.trimmed();
    location.port = address.port == 5432 ? -1 : address.port;
    location.dbname = address.database.trimmed();
    if (!address.sslMode.isEmpty())
        location.options.append({QStringLiteral("sslmode"), address.sslMode});
    // The same checks as a typed location: what the dialog makes, --db would accept.
    auto checked = DatabaseLocation::parse(location.display());
    if (!checked)
        return checked.error();
    return checked->display();
}

std::optional<DatabaseOpener::ServerAddress> DatabaseOpener::serverAddress(const QString& location)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed || !parsed->isPostgres())
        return std::nullopt;
    ServerAddress address;
    address.host = parsed->host;
    address.port = parsed->port > 0 ? parsed->port : 5432;
    address.database = parsed->dbname;
    for (const auto& [key, value] : parsed->options)
        if (key == QLatin1String("sslmode"))
            address.sslMode = value;
    return address;
}

std::unique_ptr<ChangeFeed> startChangeFeed(const ServiceContext& context, int heartbeatMs)
{
    if (!context.db || context.db->engine() != Database::Engine::PostgreSql)
        return nullptr;
    auto feed = std::make_unique<ChangeFeed>(context.db);
    feed->start(heartbeatMs);
    return feed;
}

} // namespace danhoi
