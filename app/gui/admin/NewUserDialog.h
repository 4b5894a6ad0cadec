#pragma once

#include "services/AdminService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace danhoi {

// The fields of a new account. Built in code: a short form that changes with the roles on offer.
class NewUserDialog : public QDialog
{
    Q_OBJECT
public:
    NewUserDialog(const QList<Department>& departments, QWidget* parent = nullptr);

    NewUser newUser() const;
    // Edits an existing account instead: the user name is fixed and there is no password field.
    void editAccount(const User& user);
    User editedAccount() const;
    void showError(const QString& message);

private:
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QComboBox* m_department;
    QList<std::pair<Role, QCheckBox*>> m_roles;
    QLabel* m_error;
    User m_account;
};

} // namespace danhoi
