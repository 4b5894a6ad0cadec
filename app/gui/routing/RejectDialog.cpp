#include "RejectDialog.h"
#include "ui_RejectDialog.h"

#include "common/DeskSession.h"
#include "common/StandardButtons.h"

namespace danhoi {

RejectDialog::RejectDialog(DeskSession& session, const Question& question, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::RejectDialog)
    , m_session(session)
    , m_question(question)
{
    m_ui->setupUi(this);
    StandardButtons::translate(m_ui->buttonBox);
    m_ui->questionLabel->setText(tr("%1: %2").arg(question.ref, question.title));
    m_ui->reasonCombo->addItem(tr("Spam or advertising"), int(Reason::Spam));
    m_ui->reasonCombo->addItem(tr("Out of the agency's scope"), int(Reason::OutOfScope));
    m_ui->reasonCombo->addItem(tr("Duplicate of another question"), int(Reason::Duplicate));
    m_ui->reasonCombo->addItem(tr("Other (explain below)"), int(Reason::Other));
    m_errors.add(QStringLiteral("duplicate_of"), m_ui->duplicateError, m_ui->duplicateEdit);
    m_errors.setGeneral(m_ui->errorLabel);
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, this, &RejectDialog::reasonChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RejectDialog::reject);
    reasonChosen();
}

RejectDialog::~RejectDialog() = default;

void RejectDialog::reasonChosen()
{
    const bool duplicate = Reason(m_ui->reasonCombo->currentData().toInt()) == Reason::Duplicate;
    m_ui->duplicateEdit->setEnabled(duplicate);
    m_ui->duplicateEditLabel->setEnabled(duplicate);
}

void RejectDialog::setDuplicateOf(const QString& reference)
{
    m_ui->reasonCombo->setCurrentIndex(m_ui->reasonCombo->findData(int(Reason::Duplicate)));
    m_ui->duplicateEdit->setText(reference);
}

void RejectDialog::accept()
{
    const Reason reason = Reason(m_ui->reasonCombo->currentData().toInt());
    const QString details = m_ui->detailsEdit->toPlainText().trimmed();
    if (reason == Reason::Other && details.isEmpty()) {
        m_errors.show(QString(), tr("Explain why the question is rejected."));
        m_ui->detailsEdit->setFocus();
        return;
    }
    if (reason == Reason::Duplicate && m_ui->duplicateEdit->text().trimmed().isEmpty()) {
        m_errors.show(QStringLiteral("duplicate_of"), tr("Enter the reference of the original question."));
        return;
    }
    ActionInput input;
    input.reason = details.isEmpty() ? m_ui->reasonCombo->currentText()
                                     : tr("%1: %2").arg(m_ui->reasonCombo->currentText(), details);
    if (reason == Reason::Duplicate)
        input.duplicateOf = m_ui->duplicateEdit->text().trimmed();
    input.expectedVersion = m_question.version;
    auto done = m_session.workflow().perform(QString::number(m_question.id), Action::Reject, input);
    if (!done) {
        m_errors.show(done.error().field, done.error().message);
        return;
    }
    m_session.notifyQuestionChanged(m_question.id);
    QDialog::accept();
}

} // namespace danhoi
