#include "ImportDialog.h"
#include "ui_ImportDialog.h"

#include "common/BackgroundWork.h"
#include "common/DeskSession.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/StandardButtons.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace danhoi {

namespace {
constexpr int previewRows = 10;
const auto folderKey = QStringLiteral("import/folder");

QString where(const ImportProblem& problem)
{
    if (problem.line <= 0)
        return ImportDialog::tr("the file");
    return problem.isRecord ? ImportDialog::tr("record %1").arg(problem.line)
                            : ImportDialog::tr("line %1").arg(problem.line);
}
} // namespace

ImportDialog::ImportDialog(DeskSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ImportDialog)
    , m_session(session)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->previewTable->setColumnCount(4);
    m_ui->previewTable->setHorizontalHeaderLabels({tr("Where"), tr("Title"), tr("Asker"), tr("Received")});
    m_ui->previewTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->previewTable->verticalHeader()->hide();
    m_ui->problemsView->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->summaryLabel->setText(tr("Choose the file to import."));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) { // closing mid-import: cancel (nothing is written) and wait, the worker uses this session
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void ImportDialog::browse()
{
    QString folder = QSettings().value(folderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = FileDialog::openFileName(this, tr("Import questions from"), folder,
                                                  tr("Portal submissions (*.csv *.json *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    preview(path);
}

void ImportDialog::preview(const QString& path)
{
    m_path.clear();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    m_ui->previewTable->setRowCount(0);
    m_ui->problemsView->clear();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    const QString fileName = QFileInfo(path).fileName();
    auto parsed = QuestionImport::readFile(path);
    if (!parsed) {
        m_ui->summaryLabel->setText(tr("%1 cannot be read: %2").arg(fileName, parsed.error().message));
        return;
    }
    const int shown = int(std::min<qsizetype>(parsed->records.size(), previewRows));
    m_ui->previewTable->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ImportRecord& record = parsed->records.at(row);
        ImportProblem at{record.line, record.isRecord, {}, {}};
        // QTableWidgetItem shows plain text: what the citizen wrote is never markup here.
        const QStringList cells = {where(at), record.fields.value(QStringLiteral("title")),
                                   record.fields.value(QStringLiteral("asker_name")),
                                   record.fields.value(QStringLiteral("received_at"))};
        for (int column = 0; column < cells.size(); ++column)
            m_ui->previewTable->setItem(row, column, new QTableWidgetItem(cells.at(column).simplified().left(200)));
    }
    m_ui->previewTable->resizeColumnToContents(0);

    ImportOptions options;
    options.dryRun = true;
    auto checked = ImportService(m_session.context(), m_session.user()).importParsed(parsed.value(), fileName, options);
    if (!checked) {
        m_ui->summaryLabel->setText(checked.error().message);
        return;
    }
    showProblems(checked->problems);
    if (!checked->ok()) {
        m_ui->summaryLabel->setText(tr("%1: %n record(s) in %2, with %3 problem(s). Nothing can be imported until "
                                       "the file is corrected.", nullptr, checked->records)
                                        .arg(fileName, checked->format)
                                        .arg(checked->problems.size()));
        return;
    }
    QString summary = tr("%1: %n record(s) in %2.", nullptr, checked->records).arg(fileName, checked->format);
    summary += QLatin1Char(' ') + tr("%n question(s) will be imported.", nullptr, int(checked->imported.size()));
    if (!checked->duplicates.isEmpty())
        summary += QLatin1Char(' ')
                   + tr("%n already recorded, skipped.", nullptr, int(checked->duplicates.size()));
    if (!checked->ignoredFields.isEmpty())
        summary += QLatin1Char(' ') + tr("Ignored columns: %1.").arg(checked->ignoredFields.join(tr(", ")));
    m_ui->summaryLabel->setText(summary);
    m_path = path;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!checked->imported.isEmpty());
}

void ImportDialog::showProblems(const QList<ImportProblem>& problems)
{
    m_ui->problemsView->clear();
    for (const ImportProblem& problem : problems)
        new QTreeWidgetItem(m_ui->problemsView, {where(problem), problem.field, problem.message});
    m_ui->problemsView->resizeColumnToContents(0);
    m_ui->problemsView->resizeColumnToContents(1);
}

void ImportDialog::accept()
{
    if (m_thread || m_path.isEmpty())
        return;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_progress = showCancellableProgress(this, QStringLiteral("importProgress"), tr("Import questions"), tr("Importing questions…"),
                                         m_cancelled);
    setEnabled(false);
    m_progress->setEnabled(true);

    ServiceContext& context = m_session.context();
    const User user = m_session.user();
    const QString path = m_path;
    auto cancelled = m_cancelled;
    QPointer<QProgressDialog> progress = m_progress;
    // The worker never touches a widget: progress goes back to the UI thread as queued calls.
    m_thread = QThread::create([this, &context, user, path, cancelled, progress] {
        backgroundWorkStarted(QStringLiteral("import"));
        ImportOptions options;
        options.progress = progressReporter(progress);
        options.cancelled = [cancelled] { return cancelled->load(); };
        auto result = ImportService(context, user).importFile(path, options);
        QMetaObject::invokeMethod(this, [this, result] { done(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("danhoi-import"));
    m_thread->start();
}

void ImportDialog::done(const Result<ImportOutcome>& result)
{
    finishBackgroundWork(m_thread, m_progress);
    const bool cancelled = m_cancelled->load();
    setEnabled(true);
    QString message;
    if (!result)
        message = cancelled ? tr("The import was cancelled; nothing was imported.") : result.error().message;
    else if (!result->ok())
        message = tr("The file has problems now (it may have changed since it was checked); nothing was imported.");
    if (!message.isEmpty()) {
        if (result)
            showProblems(result->problems);
        m_ui->summaryLabel->setText(message);
        emit finished(false, message);
        MessageBox::warning(this, tr("Import questions"), message);
        return;
    }
    m_session.notifyQuestionChanged(0);
    message = tr("%n question(s) imported.", nullptr, int(result->imported.size()));
    if (!result->duplicates.isEmpty())
        message += QLatin1Char(' ') + tr("%n already recorded, skipped.", nullptr, int(result->duplicates.size()));
    emit finished(true, message);
    MessageBox::information(this, tr("Import questions"), message);
    QDialog::accept();
}

} // namespace danhoi
