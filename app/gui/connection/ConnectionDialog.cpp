#include "ConnectionDialog.h"
#include "ui_ConnectionDialog.h"

#include "common/FileDialog.h"
#include "common/FitHeight.h"
#include "common/StandardButtons.h"
#include "services/ServiceContext.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

namespace danhoi {

namespace {
const QString settingsKey = QStringLiteral("database/location");
}

ConnectionDialog::ConnectionDialog(const QString& location, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ConnectionDialog), m_location(location)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    m_ui->errorLabel->hide();
    fitHeightWhenShown(this);
    m_ui->sslCombo->addItem(tr("Use it when the server offers it (default)"), QString());
    m_ui->sslCombo->addItem(tr("Required"), QStringLiteral("require"));
    m_ui->sslCombo->addItem(tr("Required, and check the server's certificate"), QStringLiteral("verify-full"));
    m_ui->sslCombo->addItem(tr("Off"), QStringLiteral("disable"));

    const auto server = DatabaseOpener::serverAddress(location);
    m_ui->filePathEdit->setText(server ? DatabaseOpener::defaultLocation() : location);
    if (server) {
        m_ui->hostEdit->setText(server->host);
        m_ui->portSpin->setValue(server->port);
        m_ui->databaseEdit->setText(server->database);
        const int ssl = m_ui->sslCombo->findData(server->sslMode);
        m_ui->sslCombo->setCurrentIndex(std::max(0, ssl));
    }
    (server ? m_ui->serverChoice : m_ui->fileChoice)->setChecked(true);
    showChoice();

    connect(m_ui->fileChoice, &QRadioButton::toggled, this, &ConnectionDialog::showChoice);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Database file"), m_ui->filePathEdit->text(),
                                                      tr("DanHoi databases (*.sqlite)"));
        if (!path.isEmpty())
            m_ui->filePathEdit->setText(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::showChoice()
{
    const bool file = m_ui->fileChoice->isChecked();
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->filePathEdit), static_cast<QWidget*>(m_ui->browseButton)})
        widget->setEnabled(file);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->hostEdit), static_cast<QWidget*>(m_ui->portSpin),
                            static_cast<QWidget*>(m_ui->databaseEdit), static_cast<QWidget*>(m_ui->sslCombo)})
        widget->setEnabled(!file);
}

void ConnectionDialog::showError(const QString& message, QWidget* field)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    fitHeight(this);
    if (field)
        field->setFocus();
}

void ConnectionDialog::accept()
{
    if (m_ui->fileChoice->isChecked()) {
        const QString path = m_ui->filePathEdit->text().trimmed();
        if (path.isEmpty())
            return showError(tr("Enter the database file."), m_ui->filePathEdit);
        if (DatabaseOpener::isServerLocation(path))
            return showError(tr("That is a server address: choose the shared server instead."), m_ui->filePathEdit);
        if (QFileInfo(path).isDir())
            return showError(tr("%1 is a folder; enter a file name.").arg(path), m_ui->filePathEdit);
        m_location = QFileInfo(path).absoluteFilePath();
        return QDialog::accept();
    }
    DatabaseOpener::ServerAddress address;
    address.host = m_ui->hostEdit->text();
    address.port = m_ui->portSpin->value();
    address.database = m_ui->databaseEdit->text();
    address.sslMode = m_ui->sslCombo->currentData().toString();
    auto location = DatabaseOpener::serverLocation(address);
    if (!location) {
        const QString field = location.error().field;
        QWidget* widget = field == QLatin1String("database") ? static_cast<QWidget*>(m_ui->databaseEdit)
                          : field == QLatin1String("port")   ? static_cast<QWidget*>(m_ui->portSpin)
                                                             : static_cast<QWidget*>(m_ui->hostEdit);
        return showError(location.error().message, widget);
    }
    m_location = location.value();
    QDialog::accept();
}

QString ConnectionDialog::rememberedLocation()
{
    return QSettings().value(settingsKey).toString();
}

void ConnectionDialog::remember(const QString& location)
{
    QSettings().setValue(settingsKey, location);
}

} // namespace danhoi
