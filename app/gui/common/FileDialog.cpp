#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace danhoi {

namespace {
std::optional<QString> nextAnswer;
}

void FileDialog::setNextAnswer(const QString& path)
{
    nextAnswer = path;
}

bool FileDialog::takeNextAnswer(QString* path)
{
    if (!nextAnswer)
        return false;
    *path = *nextAnswer;
    nextAnswer.reset();
    return true;
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    QString path;
    if (takeNextAnswer(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    QString path;
    if (takeNextAnswer(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QString FileDialog::existingFolder(QWidget* parent, const QString& caption, const QString& folder)
{
    QString path;
    if (takeNextAnswer(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

} // namespace danhoi
