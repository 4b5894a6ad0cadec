#include "SetupDialog.h"
#include "ui_SetupDialog.h"

#include "DefaultDepartments.h"
#include "common/StandardButtons.h"
#include "services/AdminService.h"
#include "services/AuthService.h"

#include <QHeaderView>
#include <QPushButton>

namespace danhoi {

SetupDialog::SetupDialog(ServiceContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::SetupDialog)
    , m_context(context)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->departmentsTable->setColumnCount(ColumnCount);
    m_ui->departmentsTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("English name")});
    m_ui->departmentsTable->horizontalHeader()->setSectionResizeMode(NameViColumn, QHeaderView::Stretch);
    m_ui->departmentsTable->horizontalHeader()->setSectionResizeMode(NameEnColumn, QHeaderView::Stretch);
    m_ui->departmentsTable->verticalHeader()->hide();
    m_ui->departmentsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->departmentsTable->setAccessibleName(tr("Departments"));
    const QList<Department> defaults = DefaultDepartments::load();
    for (const Department& department : defaults)
        addRow(department);
    m_ui->departmentsTable->resizeColumnToContents(CodeColumn);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_ui->errorLabel->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    connect(m_ui->addDepartmentButton, &QPushButton::clicked, this, [this] {
        addRow({});
        const int row = m_ui->departmentsTable->rowCount() - 1;
        m_ui->departmentsTable->setCurrentCell(row, CodeColumn);
        m_ui->departmentsTable->editItem(m_ui->departmentsTable->item(row, CodeColumn));
    });
    connect(m_ui->removeDepartmentButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_ui->departmentsTable->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex& index : rows)
            numbers.append(index.row());
        std::sort(numbers.rbegin(), numbers.rend());
        for (int row : numbers)
            m_ui->departmentsTable->removeRow(row);
    });
    m_ui->agencyEdit->setFocus();
}

SetupDialog::~SetupDialog() = default;

void SetupDialog::addRow(const Department& department)
{
    const int row = m_ui->departmentsTable->rowCount();
    m_ui->departmentsTable->insertRow(row);
    m_ui->departmentsTable->setItem(row, CodeColumn, new QTableWidgetItem(department.code));
    m_ui->departmentsTable->setItem(row, NameViColumn, new QTableWidgetItem(department.nameVi));
    m_ui->departmentsTable->setItem(row, NameEnColumn, new QTableWidgetItem(department.nameEn));
}

QList<Department> SetupDialog::departmentsInTable(QString* error) const
{
    QList<Department> out;
    QSet<QString> codes;
    for (int row = 0; row < m_ui->departmentsTable->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem* item = m_ui->departmentsTable->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(CodeColumn).isEmpty() && text(NameViColumn).isEmpty())
            continue; // an empty line left by "Add department"
        auto code = AdminService::cleanDepartmentCode(text(CodeColumn));
        if (!code) {
            *error = tr("Line %1: %2").arg(row + 1).arg(code.error().message);
            return {};
        }
        if (text(NameViColumn).isEmpty()) {
            *error = tr("Line %1: the department %2 needs a name.").arg(row + 1).arg(code.value());
            return {};
        }
        if (codes.contains(code.value())) {
            *error = tr("Line %1: the code %2 is used twice.").arg(row + 1).arg(code.value());
            return {};
        }
        codes.insert(code.value());
        Department department;
        department.code = code.value();
        department.nameVi = text(NameViColumn);
        department.nameEn = text(NameEnColumn);
        out.append(department);
    }
    return out;
}

void SetupDialog::showError(const QString& message, QWidget* field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    if (field)
        field->setFocus();
}

void SetupDialog::accept()
{
    if (m_ui->agencyEdit->text().trimmed().isEmpty())
        return showError(tr("Enter the agency's name."), m_ui->agencyEdit);
    if (auto username = AdminService::cleanUsername(m_ui->adminUserEdit->text()); !username)
        return showError(username.error().message, m_ui->adminUserEdit);
    if (auto policy = AuthService::checkPasswordPolicy(m_ui->passwordEdit->text()); !policy)
        return showError(policy.error().message, m_ui->passwordEdit);
    if (m_ui->passwordEdit->text() != m_ui->passwordRepeatEdit->text())
        return showError(tr("The two passwords differ; type the same password twice."), m_ui->passwordRepeatEdit);
    QString error;
    const QList<Department> departments = departmentsInTable(&error);
    if (!error.isEmpty())
        return showError(error, m_ui->departmentsTable);

    auto admin = AdminService::initialise(m_context, m_ui->agencyEdit->text(), m_ui->adminUserEdit->text(),
                                          m_ui->passwordEdit->text());
    if (!admin)
        return showError(admin.error().message);
    AdminService service(m_context, admin.value());
    for (const Department& department : departments)
        if (auto added = service.addDepartment(department.code, department.nameVi, department.nameEn); !added)
            return showError(added.error().message);
    QDialog::accept();
}

} // namespace danhoi
