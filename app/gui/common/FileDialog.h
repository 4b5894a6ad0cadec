#pragma once

#include <QString>

class QWidget;

namespace danhoi {

// Every file chooser of the desk goes through here, so a test can pre-answer it.
class FileDialog
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder,
                                const QString& filter);
    static QString existingFolder(QWidget* parent, const QString& caption, const QString& folder);
    // Tests: the next chooser is not shown but answers `path` (an empty string: cancelled).
    static void setNextAnswer(const QString& path);

private:
    static bool takeNextAnswer(QString* path);
};

} // namespace danhoi
