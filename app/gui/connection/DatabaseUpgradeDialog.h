#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DatabaseUpgradeDialog;
}

namespace danhoi {

// Opens the desk's database file. A file of an older DanHoi is upgraded first (a copy of it beside itself, then the
// schema steps: minutes at a million questions) on a worker thread, while this window says what is happening and the
// desk stays responsive; afterwards a message says where the old file was kept.
class DatabaseUpgradeDialog : public QDialog
{
    Q_OBJECT
public:
    // What DatabaseOpener::open(location, false) returns, with the window shown while an upgrade runs.
    static Result<DatabaseOpener::Opened> open(const QString& location, QWidget* parent = nullptr);

    ~DatabaseUpgradeDialog() override;
    void reject() override; // the upgrade cannot be interrupted: Escape and the close button do nothing

private:
    DatabaseUpgradeDialog(const DatabaseOpener::PendingUpgrade& upgrade, QWidget* parent);

    const std::unique_ptr<Ui::DatabaseUpgradeDialog> m_ui;
};

} // namespace danhoi
