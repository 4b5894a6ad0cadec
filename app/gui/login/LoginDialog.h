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

    // The result when the user chose another place for the data (see location()).
    static constexpr int LocationChanged = 2;

    // The signed-in user once the dialog was accepted.
    const User& user() const { return m_user; }
    // Lock mode: only this user's password is asked for again.
    void lockTo(const QString& username);
    // Shows where the data is and lets the user choose another place (ConnectionDialog) before signing in.
    void offerLocation(const QString& location);
    QString location() const { return m_location; }
    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    // As tall as the rows shown need (the location row, an error), no taller.
    void fitHeight();

    const std::unique_ptr<Ui::LoginDialog> m_ui;
    ServiceContext& m_context;
    User m_user;
    QString m_location;
};

} // namespace danhoi
