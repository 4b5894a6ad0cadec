#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SetupDialog;
}

namespace danhoi {

// First run on an empty database: the agency, its first administrator and the departments.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(ServiceContext& context, QWidget* parent = nullptr);
    ~SetupDialog() override;

    void accept() override;

private:
    enum Column { CodeColumn, NameViColumn, NameEnColumn, ColumnCount };
    void addRow(const Department& department);
    QList<Department> departmentsInTable(QString* error) const;
    void showError(const QString& message, QWidget* field = nullptr);

    const std::unique_ptr<Ui::SetupDialog> m_ui;
    ServiceContext& m_context;
};

} // namespace danhoi
