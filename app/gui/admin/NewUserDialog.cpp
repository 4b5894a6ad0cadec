#include "NewUserDialog.h"

#include "common/FormErrors.h"
#include "common/StandardButtons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace danhoi {

NewUserDialog::NewUserDialog(const QList<Department>& departments, QWidget* parent)
    : QDialog(parent)
    , m_username(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_password(new QLineEdit)
    , m_department(new QComboBox)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("Add user"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->addItem(tr("(none)"));
    for (const Department& department : departments)
        if (department.active)
            m_department->addItem(tr("%1 – %2").arg(department.code, department.nameVi), department.code);
    auto* roles = new QHBoxLayout;
    for (Role role : allRoles()) {
        auto* box = new QCheckBox(DomainLabels::role(role));
        box->setObjectName(QStringLiteral("role_") + roleName(role));
        roles->addWidget(box);
        m_roles.append({role, box});
    }
    FormErrors::style(m_error);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    StandardButtons::translate(buttons);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

NewUser NewUserDialog::newUser() const
{
    NewUser user;
    user.username = m_username->text();
    user.displayName = m_displayName->text();
    user.password = m_password->text();
    user.departmentCode = m_department->currentData().toString();
    for (const auto& [role, box] : m_roles)
        if (box->isChecked())
            user.roles |= role;
    return user;
}

void NewUserDialog::editAccount(const User& user)
{
    m_account = user;
    setWindowTitle(tr("Edit user %1").arg(user.username));
    m_username->setText(user.username);
    m_username->setEnabled(false);
    m_displayName->setText(user.displayName);
    if (auto* form = qobject_cast<QFormLayout*>(layout()))
        form->setRowVisible(m_password, false);
    for (const auto& [role, box] : m_roles)
        box->setChecked(user.hasRole(role));
    m_department->setCurrentIndex(qMax(0, m_department->findData(user.departmentCode)));
}

User NewUserDialog::editedAccount() const
{
    User user = m_account;
    user.displayName = m_displayName->text();
    user.departmentCode = m_department->currentData().toString();
    user.roles = {};
    for (const auto& [role, box] : m_roles)
        if (box->isChecked())
            user.roles |= role;
    return user;
}

void NewUserDialog::showError(const QString& message)
{
    m_error->setText(QStringLiteral("⚠ ") + message);
    m_error->show();
}

} // namespace danhoi
