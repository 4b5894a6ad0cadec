#include "DatabaseUpgradeDialog.h"
#include "ui_DatabaseUpgradeDialog.h"

#include "common/FitHeight.h"
#include "common/MessageBox.h"

#include <QDir>
#include <QEventLoop>
#include <QThread>

#include <optional>

namespace danhoi {

DatabaseUpgradeDialog::DatabaseUpgradeDialog(const DatabaseOpener::PendingUpgrade& upgrade, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DatabaseUpgradeDialog>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_ui->explanationLabel->setText(tr("This database was made by an older version of DanHoi (schema version %1); "
                                       "this version needs schema version %2. DanHoi first keeps a copy of the file "
                                       "as it is, then upgrades it.")
                                        .arg(upgrade.fromVersion)
                                        .arg(upgrade.toVersion));
    m_ui->fileLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(upgrade.path)));
    fitHeight(this); // before it is shown: the form's height and a spacer left a band under the last line
}

DatabaseUpgradeDialog::~DatabaseUpgradeDialog() = default;

void DatabaseUpgradeDialog::reject() { }

Result<DatabaseOpener::Opened> DatabaseUpgradeDialog::open(const QString& location, QWidget* parent)
{
    const auto pending = DatabaseOpener::pendingUpgrade(location);
    if (!pending)
        return DatabaseOpener::open(location, false);

    std::optional<Result<DatabaseOpener::Opened>> opened;
    DatabaseUpgradeDialog window(*pending, parent);
    window.setWindowModality(Qt::ApplicationModal);
    QThread* worker = QThread::create([&opened, location] { opened = DatabaseOpener::open(location, false); });
    // The end of the upgrade is seen on this thread, where the window waits: exec() with finished → accept() waited
    // for good when the upgrade ended while show() was still handling events (accept() came before exec()'s loop).
    QEventLoop waiting;
    bool ended = false;
    connect(worker, &QThread::finished, &window, [&] {
        ended = true;
        waiting.quit();
    });
    worker->start();
    window.show();
    if (!ended)
        waiting.exec(QEventLoop::DialogExec);
    window.hide();
    worker->wait();
    delete worker;

    if (opened->ok() && !opened->value().backupPath.isEmpty())
        MessageBox::information(parent, tr("Database upgraded"),
                                tr("The database was upgraded from schema version %1 to %2. The file as it was "
                                   "before is kept as:\n%3\nIt is no longer needed once you have checked that your "
                                   "questions are all there; delete it then to free the space.")
                                    .arg(opened->value().upgradedFrom)
                                    .arg(pending->toVersion)
                                    .arg(QDir::toNativeSeparators(opened->value().backupPath)));
    return std::move(*opened);
}

} // namespace danhoi
