#include "CategoryDialog.h"
#include "ui_CategoryDialog.h"

#include "common/FormErrors.h"
#include "common/StandardButtons.h"

#include <QPushButton>

namespace danhoi {

CategoryDialog::CategoryDialog(const QList<Department>& departments, Category category, Save save, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::CategoryDialog)
    , m_errors(new FormErrors)
    , m_category(std::move(category))
    , m_save(std::move(save))
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    setWindowTitle(m_category.id ? tr("Edit category %1").arg(m_category.name) : tr("Add category"));
    m_ui->departmentCombo->addItem(tr("(none)"), QString());
    for (const Department& department : departments)
        if (department.active || department.code == m_category.defaultDepartmentCode)
            m_ui->departmentCombo->addItem(tr("%1 – %2").arg(department.code, department.nameVi), department.code);
    m_ui->nameEdit->setText(m_category.name);
    m_ui->departmentCombo->setCurrentIndex(qMax(0, m_ui->departmentCombo->findData(m_category.defaultDepartmentCode)));
    m_ui->daysSpin->setValue(m_category.answerDays);
    m_ui->activeCheck->setChecked(m_category.active);
    m_ui->activeCheck->setVisible(m_category.id != 0); // a new category is always offered
    m_ui->hintLabel->setVisible(m_category.id != 0);
    m_errors->add(QStringLiteral("name"), m_ui->nameError, m_ui->nameEdit);
    m_errors->add(QStringLiteral("days"), m_ui->daysError, m_ui->daysSpin);
    m_errors->setGeneral(m_ui->errorLabel);
    m_errors->clear();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CategoryDialog::trySave);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CategoryDialog::~CategoryDialog() = default;

void CategoryDialog::trySave()
{
    Category edited = m_category;
    edited.name = m_ui->nameEdit->text();
    edited.defaultDepartmentCode = m_ui->departmentCombo->currentData().toString();
    edited.answerDays = m_ui->daysSpin->value();
    edited.active = m_ui->activeCheck->isChecked();
    m_errors->clear();
    auto saved = m_save(edited);
    if (!saved) {
        m_errors->show(saved.error().field, saved.error().message);
        return;
    }
    m_category = saved.value();
    accept();
}

} // namespace danhoi
