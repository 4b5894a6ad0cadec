#include "LoginDialog.h"
#include "ui_LoginDialog.h"

#include "common/StandardButtons.h"
#include "connection/ConnectionDialog.h"
#include "services/AdminService.h"
#include "services/AuthService.h"

#include <QLayout>
#include <QPushButton>
#include <QSettings>

namespace danhoi {

LoginDialog::LoginDialog(ServiceContext& context, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::LoginDialog)
    , m_context(context)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000; font-weight: bold;"));
    QFont agencyFont = m_ui->agencyLabel->font();
    agencyFont.setBold(true);
    agencyFont.setPointSizeF(agencyFont.pointSizeF() * 1.15);
    m_ui->agencyLabel->setFont(agencyFont);
    m_ui->errorLabel->hide();
    m_ui->locationCaption->hide();
    m_ui->locationLabel->hide();
    m_ui->changeLocationButton->hide();
    connect(m_ui->changeLocationButton, &QPushButton::clicked, this, [this] {
        ConnectionDialog choose(m_location, this);
        if (choose.exec() != QDialog::Accepted || choose.location() == m_location)
            return;
        m_location = choose.location();
        done(LocationChanged);
    });
    // Before signing in to a server nothing can be read: the agency's name shows once connected.
    if (!context.db)
        m_ui->agencyLabel->hide();
    else if (auto settings = AdminService(context, User{}).settings(); settings && !settings->name.isEmpty())
        m_ui->agencyLabel->setText(settings->name);
    else
        m_ui->agencyLabel->hide();
    const QString lastUser = QSettings().value(QStringLiteral("login/lastUser")).toString();
    m_ui->usernameEdit->setText(lastUser);
    (lastUser.isEmpty() ? m_ui->usernameEdit : m_ui->passwordEdit)->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::lockTo(const QString& username)
{
    setWindowTitle(tr("DanHoi is locked"));
    m_ui->usernameEdit->setText(username);
    m_ui->usernameEdit->setReadOnly(true);
    m_ui->passwordEdit->setFocus();
}

void LoginDialog::offerLocation(const QString& location)
{
    m_location = location;
    // A long path keeps its start and its file name; the whole of it is in the tooltip.
    m_ui->locationLabel->setText(m_ui->locationLabel->fontMetrics().elidedText(location, Qt::ElideMiddle, 300));
    m_ui->locationLabel->setToolTip(location);
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->locationCaption), static_cast<QWidget*>(m_ui->locationLabel),
                            static_cast<QWidget*>(m_ui->changeLocationButton)})
        widget->show();
    fitHeight();
}

void LoginDialog::showEvent(QShowEvent* event)
{
    fitHeight();
    QDialog::showEvent(event);
}

void LoginDialog::fitHeight()
{
    layout()->activate();
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    resize(width(), std::max(height, minimumSizeHint().height()));
}

void LoginDialog::accept()
{
    auto user = AuthService(m_context).login(m_ui->usernameEdit->text(), m_ui->passwordEdit->text());
    if (!user) {
        m_ui->errorLabel->setText(user.error().message);
        m_ui->errorLabel->show();
        fitHeight();
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        return;
    }
    m_user = user.value();
    QSettings().setValue(QStringLiteral("login/lastUser"), m_user.username);
    QDialog::accept();
}

} // namespace danhoi
