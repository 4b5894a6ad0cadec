#include "BundleWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace danhoi {

namespace {

const char* completeMarker = ".complete";

QString parentOf(const QString& dir)
{
    return QFileInfo(QDir::cleanPath(QDir(dir).absolutePath())).absolutePath();
}

QString nameOf(const QString& dir)
{
    return QFileInfo(QDir::cleanPath(QDir(dir).absolutePath())).fileName();
}

QString linkTemp(const QString& dir)
{
    return QDir(parentOf(dir)).filePath(QStringLiteral(".%1.link-new").arg(nameOf(dir)));
}

bool syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool isLink(const QString& path)
{
    return QFileInfo(path).isSymLink();
}

bool exists(const QString& path)
{
    return QFileInfo(path).isSymLink() || QFileInfo::exists(path);
}

Error systemError(const QString& what)
{
    return Error::other(BundleWriter::tr("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno))));
}

} // namespace

QString BundleWriter::storeOf(const QString& dir)
{
    return QDir(parentOf(dir)).filePath(QStringLiteral(".%1.bundles").arg(nameOf(dir)));
}

Result<void> BundleWriter::recover(const QString& dir)
{
    const QString out = QDir::cleanPath(QDir(dir).absolutePath());
    const QDir store(storeOf(out));
    if (exists(linkTemp(out)))
        QFile::remove(linkTemp(out));
    if (!store.exists())
        return {};
    // Died between moving a plain folder aside and putting the link in its place: put it back.
    const QStringList aside = store.entryList({QStringLiteral("aside-*")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (!exists(out) && !aside.isEmpty()) {
        if (std::rename(QFile::encodeName(store.filePath(aside.last())).constData(), QFile::encodeName(out).constData()) != 0)
            return systemError(tr("Cannot restore the previous bundle %1").arg(out));
    }
    const QString current = isLink(out) ? QFileInfo(QFileInfo(out).symLinkTarget()).fileName() : QString();
    const QStringList generations = store.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : generations) {
        if (name == current)
            continue;
        if (name.startsWith(QLatin1String("aside-")) && !isLink(out))
            continue; // still the only copy of the old folder
        QDir(store.filePath(name)).removeRecursively();
    }
    return {};
}

Result<void> BundleWriter::write(const QString& dir, const QMap<QString, QByteArray>& files)
{
    const QString out = QDir::cleanPath(QDir(dir).absolutePath());
    if (!QDir().mkpath(parentOf(out)))
        return Error::other(tr("Cannot create the folder %1.").arg(parentOf(out)));
    if (auto ok = recover(out); !ok)
        return ok;
    QDir store(storeOf(out));
    if (!store.exists() && !QDir().mkpath(store.path()))
        return Error::other(tr("Cannot create the folder %1.").arg(store.path()));

    const QString generation = QStringLiteral("g-%1-%2")
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")))
                                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString target = store.filePath(generation);
    if (!QDir().mkpath(target))
        return Error::other(tr("Cannot create the folder %1.").arg(target));
    QStringList folders{target};
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString relative = QDir::cleanPath(it.key());
        if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative))
            return Error::invalid(tr("The bundle file name %1 leaves the bundle folder.").arg(it.key()));
        const QString path = QDir(target).filePath(relative);
        const QString folder = QFileInfo(path).absolutePath();
        if (!folders.contains(folder)) {
            if (!QDir().mkpath(folder))
                return Error::other(tr("Cannot create the folder %1.").arg(folder));
            folders.append(folder);
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(it.value()) != it.value().size()
            || !file.flush() || ::fsync(file.handle()) != 0)
            return Error::other(tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    {
        QFile marker(QDir(target).filePath(QLatin1String(completeMarker)));
        if (!marker.open(QIODevice::WriteOnly) || !marker.flush() || ::fsync(marker.handle()) != 0)
            return Error::other(tr("Cannot write %1.").arg(marker.fileName()));
    }
    for (const QString& folder : std::as_const(folders))
        syncPath(folder, true);
    syncPath(store.path(), true);

    if (exists(out) && !isLink(out)) {
        if (!QFileInfo(out).isDir())
            return Error::invalid(tr("%1 exists and is not a folder; choose another --out.").arg(out));
        if (QDir(out).isEmpty()) {
            QDir().rmdir(out);
        } else {
            const QString aside = store.filePath(QStringLiteral("aside-%1").arg(generation.mid(2)));
            if (std::rename(QFile::encodeName(out).constData(), QFile::encodeName(aside).constData()) != 0)
                return systemError(tr("Cannot move the old bundle %1 aside").arg(out));
        }
    }
    const QString link = linkTemp(out);
    const QString relativeTarget = QStringLiteral("%1/%2").arg(QFileInfo(store.path()).fileName(), generation);
    QFile::remove(link);
    if (::symlink(QFile::encodeName(relativeTarget).constData(), QFile::encodeName(link).constData()) != 0)
        return systemError(tr("Cannot create the link %1").arg(link));
    if (std::rename(QFile::encodeName(link).constData(), QFile::encodeName(out).constData()) != 0)
        return systemError(tr("Cannot put the new bundle online at %1").arg(out));
    syncPath(parentOf(out), true);
    return recover(out);
}

} // namespace danhoi
