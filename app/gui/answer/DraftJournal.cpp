#include "DraftJournal.h"

#include "common/DeskSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace danhoi {

DraftJournal::DraftJournal(DeskSession& session)
{
    // One folder per database file and user, so two installations on one machine never mix their drafts.
    const QByteArray database = QFileInfo(session.context().db->path()).absoluteFilePath().toUtf8();
    const QString key = QString::fromLatin1(QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex().left(16));
    m_folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("draft-journal/%1/%2").arg(key, session.user().username));
}

QString DraftJournal::fileOf(Id questionId) const
{
    return QDir(m_folder).filePath(QStringLiteral("question-%1.json").arg(questionId));
}

bool DraftJournal::save(Id questionId, const QString& markdown)
{
    if (!QDir().mkpath(m_folder))
        return false;
    QJsonObject object;
    object.insert(QLatin1String("question_id"), questionId);
    object.insert(QLatin1String("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    object.insert(QLatin1String("markdown"), markdown);
    QSaveFile file(fileOf(questionId)); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

std::optional<DraftJournal::Entry> DraftJournal::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    if (object.isEmpty())
        return std::nullopt;
    Entry entry;
    entry.questionId = object.value(QLatin1String("question_id")).toInteger();
    entry.markdown = object.value(QLatin1String("markdown")).toString();
    entry.savedAt = QDateTime::fromString(object.value(QLatin1String("saved_at")).toString(), Qt::ISODateWithMs);
    return entry.questionId ? std::optional(entry) : std::nullopt;
}

std::optional<DraftJournal::Entry> DraftJournal::entry(Id questionId) const
{
    return read(fileOf(questionId));
}

QList<DraftJournal::Entry> DraftJournal::entries() const
{
    QList<Entry> out;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("question-*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : files)
        if (auto entry = read(QDir(m_folder).filePath(name)))
            out.append(*entry);
    return out;
}

void DraftJournal::remove(Id questionId)
{
    QFile::remove(fileOf(questionId));
}

} // namespace danhoi
