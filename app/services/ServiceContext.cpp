#include "ServiceContext.h"

#include "storage/Migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace danhoi {

QString DatabaseOpener::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/DanHoi") : dir)
        .filePath(QStringLiteral("danhoi.sqlite"));
}

Result<DatabaseOpener::Opened> DatabaseOpener::open(const QString& location, bool mustExist)
{
    const QString path = location.isEmpty() ? defaultLocation() : location;
    if (mustExist && !QFileInfo::exists(path))
        return Error::other(tr("There is no DanHoi database at %1. Create it with \"danhoi-cli init\".").arg(path));
    auto db = Database::openSqlite(path);
    if (!db)
        return db.error();
    auto outcome = Migrations::upgrade(*db.value());
    if (!outcome)
        return outcome.error();
    return Opened{db.value(), outcome->from != outcome->to ? outcome->from : 0, outcome->backupPath};
}

} // namespace danhoi
