#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace danhoi {

// Asks for the user name and password; the AuthService's answer (wrong password, lockout) is shown as it is.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(ServiceContext& context, QWidget* parent = nullptr);
    ~LoginDialog() override;

    // The signed-in user once the dialog was accepted.
    const User& user() const { return m_user; }
    // Lock mode: only this user's password is asked for again.
    void lockTo(const QString& username);
    void accept() override;

private:
    const std::unique_ptr<Ui::LoginDialog> m_ui;
    ServiceContext& m_context;
    User m_user;
};

} // namespace danhoi
