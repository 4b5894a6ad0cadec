#include "ReasonDialog.h"
#include "ui_ReasonDialog.h"

#include "FormErrors.h"
#include "StandardButtons.h"

namespace danhoi {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ReasonDialog)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    setWindowTitle(title);
    m_ui->promptLabel->setText(prompt);
    m_ui->reasonEdit->setAccessibleName(tr("Reason"));
    FormErrors::style(m_ui->errorLabel);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    m_ui->reasonEdit->setFocus();
}

ReasonDialog::~ReasonDialog() = default;

void ReasonDialog::accept()
{
    const QString reason = m_ui->reasonEdit->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_ui->errorLabel->setText(tr("⚠ A reason is required."));
        m_ui->errorLabel->show();
        m_ui->reasonEdit->setFocus();
        return;
    }
    if (m_submit) {
        if (auto done = m_submit(reason); !done) {
            m_ui->errorLabel->setText(QStringLiteral("⚠ ") + done.error().message);
            m_ui->errorLabel->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace danhoi
