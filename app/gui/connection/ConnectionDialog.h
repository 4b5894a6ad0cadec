#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace danhoi {

// Where the desk's data lives: a file on this computer, or the office's shared PostgreSQL server (server, port,
// database, encryption). The chosen location is checked like danhoi-cli's --db before the dialog closes.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QString& location, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    QString location() const { return m_location; }
    void accept() override;

    // The location the desk opens when none is given on the command line or in DANHOI_DB.
    static QString rememberedLocation();
    static void remember(const QString& location);

private:
    void showChoice();
    void showError(const QString& message, QWidget* field);

    const std::unique_ptr<Ui::ConnectionDialog> m_ui;
    QString m_location;
};

} // namespace danhoi
