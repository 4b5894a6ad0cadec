#include "BundleWriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

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

struct BundleWriter::Generation::State {
    QString out;       // DIR, absolute
    QString name;      // g-<time>-<random>
    QString target;    // the generation's folder
    QSet<QString> folders;
    QHash<QString, std::shared_ptr<QFile>> parts; // files written in parts, open until commit
    bool committed = false;

    Result<QString> pathOf(const QString& relativePath)
    {
        const QString relative = QDir::cleanPath(relativePath);
        if (relative.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(relative))
            return Error::invalid(tr("The bundle file name %1 leaves the bundle folder.").arg(relativePath));
        const QString path = QDir(target).filePath(relative);
        const QString folder = QFileInfo(path).absolutePath();
        if (!folders.contains(folder)) {
            if (!QDir().mkpath(folder))
                return Error::other(tr("Cannot create the folder %1.").arg(folder));
            folders.insert(folder);
        }
        return path;
    }
};

BundleWriter::Generation::Generation(std::unique_ptr<State> state) : m_state(std::move(state)) { }
BundleWriter::Generation::Generation(Generation&&) noexcept = default;
BundleWriter::Generation& BundleWriter::Generation::operator=(Generation&&) noexcept = default;

BundleWriter::Generation::~Generation()
{
    if (!m_state || m_state->committed)
        return;
    m_state->parts.clear();
    QDir(m_state->target).removeRecursively();
}

Result<BundleWriter::Generation> BundleWriter::begin(const QString& dir)
{
    const QString out = QDir::cleanPath(QDir(dir).absolutePath());
    if (!QDir().mkpath(parentOf(out)))
        return Error::other(tr("Cannot create the folder %1.").arg(parentOf(out)));
    if (auto ok = recover(out); !ok)
        return ok.error();
    const QDir store(storeOf(out));
    if (!store.exists() && !QDir().mkpath(store.path()))
        return Error::other(tr("Cannot create the folder %1.").arg(store.path()));
    if (exists(out) && !isLink(out) && !QFileInfo(out).isDir())
        return Error::invalid(tr("%1 exists and is not a folder; choose another --out.").arg(out));
    auto state = std::make_unique<Generation::State>();
    state->out = out;
    state->name = QStringLiteral("g-%1-%2")
                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz")))
                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    state->target = store.filePath(state->name);
    if (!QDir().mkpath(state->target))
        return Error::other(tr("Cannot create the folder %1.").arg(state->target));
    state->folders.insert(state->target);
    return Generation(std::move(state));
}

Result<void> BundleWriter::Generation::write(const QString& relativePath, const QByteArray& bytes)
{
    auto path = m_state->pathOf(relativePath);
    if (!path)
        return path.error();
    QFile file(path.value());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        return Error::other(tr("Cannot write %1: %2").arg(path.value(), file.errorString()));
    return {};
}

Result<void> BundleWriter::Generation::append(const QString& relativePath, const QByteArray& bytes)
{
    std::shared_ptr<QFile> file = m_state->parts.value(relativePath);
    if (!file) {
        auto path = m_state->pathOf(relativePath);
        if (!path)
            return path.error();
        file = std::make_shared<QFile>(path.value());
        if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::other(tr("Cannot write %1: %2").arg(path.value(), file->errorString()));
        m_state->parts.insert(relativePath, file);
    }
    if (file->write(bytes) != bytes.size())
        return Error::other(tr("Cannot write %1: %2").arg(file->fileName(), file->errorString()));
    return {};
}

Result<void> BundleWriter::Generation::commit()
{
    State& g = *m_state;
    for (const std::shared_ptr<QFile>& file : std::as_const(g.parts)) {
        if (!file->flush())
            return Error::other(tr("Cannot write %1: %2").arg(file->fileName(), file->errorString()));
        file->close();
    }
    g.parts.clear();
    // One sync of the file system the generation is on writes every file and folder of it (syncfs(2)); a sync per
    // file took most of the time of a large bundle (10,000 items: ~40 of 52 s, waiting on the disk).
    const int fd = ::open(QFile::encodeName(g.target).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::syncfs(fd) != 0) {
        const Error error = systemError(tr("Cannot write %1 to disk").arg(g.target));
        if (fd >= 0)
            ::close(fd);
        return error;
    }
    ::close(fd);
    {
        QFile marker(QDir(g.target).filePath(QLatin1String(completeMarker)));
        if (!marker.open(QIODevice::WriteOnly) || !marker.flush() || ::fsync(marker.handle()) != 0)
            return Error::other(tr("Cannot write %1.").arg(marker.fileName()));
    }
    syncPath(g.target, true);
    const QString store = storeOf(g.out);
    syncPath(store, true);

    if (exists(g.out) && !isLink(g.out)) {
        if (!QFileInfo(g.out).isDir())
            return Error::invalid(tr("%1 exists and is not a folder; choose another --out.").arg(g.out));
        if (QDir(g.out).isEmpty()) {
            QDir().rmdir(g.out);
        } else {
            const QString aside = QDir(store).filePath(QStringLiteral("aside-%1").arg(g.name.mid(2)));
            if (std::rename(QFile::encodeName(g.out).constData(), QFile::encodeName(aside).constData()) != 0)
                return systemError(tr("Cannot move the old bundle %1 aside").arg(g.out));
        }
    }
    const QString link = linkTemp(g.out);
    const QString relativeTarget = QStringLiteral("%1/%2").arg(QFileInfo(store).fileName(), g.name);
    QFile::remove(link);
    if (::symlink(QFile::encodeName(relativeTarget).constData(), QFile::encodeName(link).constData()) != 0)
        return systemError(tr("Cannot create the link %1").arg(link));
    if (std::rename(QFile::encodeName(link).constData(), QFile::encodeName(g.out).constData()) != 0)
        return systemError(tr("Cannot put the new bundle online at %1").arg(g.out));
    g.committed = true;
    syncPath(parentOf(g.out), true);
    return recover(g.out);
}

Result<void> BundleWriter::write(const QString& dir, const QMap<QString, QByteArray>& files)
{
    auto begun = begin(dir);
    if (!begun)
        return begun.error();
    Generation generation = std::move(begun).value();
    for (auto it = files.begin(); it != files.end(); ++it)
        if (auto ok = generation.write(it.key(), it.value()); !ok)
            return ok;
    return generation.commit();
}

} // namespace danhoi
