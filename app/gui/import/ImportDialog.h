#pragma once

#include "services/ImportService.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;

namespace Ui {
class ImportDialog;
}

namespace danhoi {

class DeskSession;

// A coordinator imports portal submissions: the chosen file is checked at once (a dry run: how many records, the
// first of them, every problem with its line and field), and Import writes all of them or none on its own thread
// behind a cancellable progress dialog.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(DeskSession& session, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void accept() override;
    // Reads and checks `path`; Import is offered only for a file without problems.
    void preview(const QString& path);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void finished(bool ok, const QString& message);

private:
    void browse();
    void showProblems(const QList<ImportProblem>& problems);
    void done(const Result<ImportOutcome>& result);

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    DeskSession& m_session;
    QString m_path;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace danhoi
