#include "ExportDialog.h"
#include "ui_ExportDialog.h"

#include "common/BackgroundWork.h"
#include "common/DeskSession.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/FitHeight.h"
#include "common/StandardButtons.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QPointer>
#include <QThread>

#include <climits>

namespace danhoi {

namespace {
QString extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::Csv: break;
    }
    return QStringLiteral("csv");
}
} // namespace

ExportDialog::ExportDialog(DeskSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ExportDialog)
    , m_session(session)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    fitHeightWhenShown(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->errorLabel->hide();
    m_ui->formatCombo->addItem(tr("CSV (Excel, UTF-8)"), int(ExportFormat::Csv));
    m_ui->formatCombo->addItem(tr("Excel workbook (XLSX)"), int(ExportFormat::Xlsx));
    m_ui->formatCombo->addItem(tr("JSON"), int(ExportFormat::Json));
    m_ui->statusCombo->addItem(tr("All statuses"));
    for (Status status : allStatuses())
        m_ui->statusCombo->addItem(DomainLabels::status(status), int(status));
    m_ui->departmentCombo->addItem(tr("All departments"));
    const QList<Department> departments = session.departments();
    for (const Department& department : departments)
        m_ui->departmentCombo->addItem(tr("%1 – %2").arg(department.code, department.nameVi), department.code);
    const QDate today = session.today();
    m_ui->fromEdit->setDate(QDate(today.year(), 1, 1));
    m_ui->toEdit->setDate(today);
    m_ui->fromEdit->setEnabled(false);
    m_ui->toEdit->setEnabled(false);
    connect(m_ui->fromCheck, &QCheckBox::toggled, m_ui->fromEdit, &QWidget::setEnabled);
    connect(m_ui->toCheck, &QCheckBox::toggled, m_ui->toEdit, &QWidget::setEnabled);
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_ui->fileEdit->setText(QDir(folder).filePath(
        QStringLiteral("danhoi-%1.csv").arg(today.toString(QStringLiteral("yyyy-MM-dd")))));
    connect(m_ui->formatCombo, &QComboBox::activated, this, &ExportDialog::formatChosen);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog()
{
    if (m_thread) { // closing mid-export: cancel and wait, the worker uses this dialog's session
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ExportDialog::formatChosen()
{
    const QString ext = extension(ExportFormat(m_ui->formatCombo->currentData().toInt()));
    const QFileInfo file(m_ui->fileEdit->text().trimmed());
    if (!file.fileName().isEmpty())
        m_ui->fileEdit->setText(file.dir().filePath(file.completeBaseName() + QLatin1Char('.') + ext));
}

void ExportDialog::browse()
{
    const QString ext = extension(ExportFormat(m_ui->formatCombo->currentData().toInt()));
    const QString path = FileDialog::saveFileName(this, tr("Export to"), m_ui->fileEdit->text(),
                                                  tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ExportDialog::accept()
{
    if (m_thread)
        return;
    const QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_ui->errorLabel->setText(tr("Choose the file to write."));
        m_ui->errorLabel->show();
        return;
    }
    if (QFileInfo::exists(path)
        && MessageBox::question(this, tr("Export questions"), tr("%1 exists. Replace it?").arg(path)) != QMessageBox::Yes)
        return;
    m_ui->errorLabel->hide();
    ExportFilter filter;
    if (m_ui->statusCombo->currentIndex() > 0)
        filter.statuses = {Status(m_ui->statusCombo->currentData().toInt())};
    if (m_ui->departmentCombo->currentIndex() > 0)
        filter.departmentCode = m_ui->departmentCombo->currentData().toString();
    if (m_ui->fromCheck->isChecked())
        filter.receivedFrom = m_ui->fromEdit->date();
    if (m_ui->toCheck->isChecked())
        filter.receivedTo = m_ui->toEdit->date();
    const ExportFormat format = ExportFormat(m_ui->formatCombo->currentData().toInt());

    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress = showCancellableProgress(this, QStringLiteral("exportProgress"), tr("Export questions"), tr("Exporting questions…"),
                                         m_cancelled);
    setEnabled(false);
    m_progress->setEnabled(true);

    ServiceContext& context = m_session.context();
    const User user = m_session.user();
    auto cancelled = m_cancelled;
    QPointer<QProgressDialog> progress = m_progress;
    // The worker never touches a widget: progress goes back to the UI thread as queued calls.
    m_thread = QThread::create([this, &context, user, filter, format, path, cancelled, progress] {
        backgroundWorkStarted(QStringLiteral("export"));
        ExportService service(context, user);
        auto result = service.exportQuestions(filter, format, path,
                                              [cancelled, progress](qint64 written, qint64 considered, qint64 total) {
                                                  QMetaObject::invokeMethod(progress, [progress, written, considered, total] {
                                                      if (!progress)
                                                          return;
                                                      progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                                                      progress->setValue(int(std::min<qint64>(considered, INT_MAX)));
                                                      progress->setLabelText(tr("Exporting questions… %n row(s) written", nullptr, int(written)));
                                                  }, Qt::QueuedConnection);
                                                  return !cancelled->load();
                                              });
        QMetaObject::invokeMethod(this, [this, result] { done(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("danhoi-export"));
    m_thread->start();
}

void ExportDialog::done(const Result<ExportSummary>& result)
{
    finishBackgroundWork(m_thread, m_progress);
    const bool cancelled = m_cancelled->load();
    setEnabled(true);
    if (!result) {
        const QString message = cancelled ? tr("The export was cancelled; no file was written.") : result.error().message;
        m_ui->errorLabel->setText(message);
        m_ui->errorLabel->show();
        emit finished(false, message);
        return;
    }
    const QString message = tr("%n question(s) written to %1.", nullptr, int(result->rows)).arg(result->path);
    emit finished(true, message);
    MessageBox::information(this, tr("Export questions"), message);
    QDialog::accept();
}

} // namespace danhoi
