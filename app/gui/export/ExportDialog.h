#pragma once

#include "services/ExportService.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QProgressDialog;
class QThread;

namespace Ui {
class ExportDialog;
}

namespace danhoi {

class DeskSession;

// A report of questions to a CSV, XLSX or JSON file. The export runs on its own thread (the database gives it
// its own connection) behind a progress dialog that can cancel it; a cancelled export leaves no file.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(DeskSession& session, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void accept() override;
    bool isRunning() const { return m_thread != nullptr; }
    QProgressDialog* progressDialog() const { return m_progress; }

signals:
    void finished(bool ok, const QString& message);

private:
    void formatChosen();
    void browse();
    void done(const Result<ExportSummary>& result);

    const std::unique_ptr<Ui::ExportDialog> m_ui;
    DeskSession& m_session;
    QThread* m_thread = nullptr;
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace danhoi
