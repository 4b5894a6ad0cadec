#include "Migrations.h"

#include "Schema.h"
#include "SearchIndex.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace danhoi {

namespace {

QString dialect(const Database& db, QString sql)
{
    const bool sqlite = db.engine() == Database::Engine::Sqlite;
    sql.replace(QLatin1String("{id}"), sqlite ? QLatin1String("INTEGER PRIMARY KEY") : QLatin1String("BIGSERIAL PRIMARY KEY"));
    sql.replace(QLatin1String("{bigint}"), sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    return sql;
}

Result<bool> hasVersionTable(QSqlDatabase connection)
{
    return connection.tables().contains(QStringLiteral("schema_version"));
}

// What a step computes in the program rather than in SQL, in the step's own transaction: version 4 indexes the
// folded text of every existing question (folding has no SQL function, by design).
Result<void> programStep(int version, QSqlDatabase connection)
{
    if (version == 4)
        return SearchIndex(connection).rebuild();
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return int(schema::steps().size());
}

Result<int> Migrations::currentVersion(Database& db)
{
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    if (!hasVersionTable(connection.value()).value()) {
        if (!connection->tables().isEmpty())
            return Error::other(tr("The file %1 is not a DanHoi database.").arg(db.path()));
        return 0;
    }
    SqlStatement query(connection.value(), QStringLiteral("SELECT version FROM schema_version"));
    if (auto ok = query.exec(); !ok)
        return ok.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<void> Migrations::migrateTo(Database& db, int target)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    const QList<QStringList> steps = schema::steps();
    for (int version = current.value() + 1; version <= target && version <= steps.size(); ++version) {
        Transaction tx(db);
        if (auto ok = tx.begin(); !ok)
            return ok.error();
        if (version == 1) {
            if (auto ok = db.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")); !ok)
                return ok.error();
            if (auto ok = db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")); !ok)
                return ok.error();
        }
        for (const QString& statement : steps.at(version - 1))
            if (auto ok = db.exec(dialect(db, statement)); !ok)
                return ok.error();
        if (auto ok = programStep(version, tx.connection()); !ok)
            return ok.error();
        SqlStatement bump(tx.connection(), QStringLiteral("UPDATE schema_version SET version = :v"));
        if (auto ok = bump.bind(QStringLiteral(":v"), version).exec(); !ok)
            return ok.error();
        if (auto ok = tx.commit(); !ok)
            return ok.error();
    }
    return {};
}

Result<Migrations::Outcome> Migrations::upgrade(Database& db)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    Outcome outcome{current.value(), latestVersion(), {}};
    if (outcome.from > outcome.to)
        return Error::other(tr("The database %1 was written by a newer DanHoi (schema version %2; this program knows "
                               "up to %3). Install the newer program.")
                                .arg(db.path())
                                .arg(outcome.from)
                                .arg(outcome.to));
    if (outcome.from == outcome.to)
        return outcome;
    if (outcome.from > 0 && db.engine() == Database::Engine::Sqlite) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        outcome.backupPath = QStringLiteral("%1.v%2-%3.bak").arg(db.path()).arg(outcome.from).arg(stamp);
        if (auto ok = copyTo(db, outcome.backupPath); !ok)
            return Error::other(tr("The database was not upgraded because the backup failed: %1").arg(ok.error().message));
    }
    if (auto ok = migrateTo(db, outcome.to); !ok)
        return ok.error();
    return outcome;
}

Result<void> Migrations::requireCurrent(Database& db)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error::other(tr("The database was written by a newer DanHoi (schema version %1; this program knows up "
                               "to %2). Install the newer program.")
                                .arg(current.value())
                                .arg(latestVersion()));
    if (current.value() < latestVersion())
        return Error::other(tr("The database has schema version %1 but this program needs %2. Ask the administrator to "
                               "run \"danhoi-cli db upgrade\".")
                                .arg(current.value())
                                .arg(latestVersion()));
    return {};
}

Result<void> Migrations::copyTo(Database& db, const QString& target)
{
    if (db.engine() != Database::Engine::Sqlite)
        return Error::other(tr("Copies of a PostgreSQL database are made with pg_dump."));
    if (QFileInfo::exists(target))
        return Error::conflict(tr("The file %1 already exists; choose another name.").arg(target));
    auto connection = db.connection();
    if (!connection)
        return connection.error();
    SqlStatement vacuum(connection.value(), QStringLiteral("VACUUM INTO :target"));
    if (auto ok = vacuum.bind(QStringLiteral(":target"), target).exec(); !ok) {
        QFile::remove(target);
        return ok.error();
    }
    return {};
}

} // namespace danhoi
