#include "IntakeDialog.h"
#include "ui_IntakeDialog.h"

#include "common/DeskSession.h"
#include "common/FocusOrder.h"
#include "common/StandardButtons.h"
#include "similar/SimilarQuestionsWidget.h"

#include <QPushButton>
#include <QTimer>

namespace danhoi {

IntakeDialog::IntakeDialog(DeskSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::IntakeDialog)
    , m_session(session)
    , m_similar(new SimilarQuestionsWidget(session))
    , m_similarDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_similar->setObjectName(QStringLiteral("similarQuestions"));
    m_ui->similarLayout->addWidget(m_similar);
    // Added after the form was built: Tab reaches it where it is shown, before "record another" and the buttons.
    FocusOrder::chain({m_ui->askerIdEdit, m_similar, m_ui->recordAnotherCheck, m_ui->buttonBox});
    // While the coordinator types: a duplicate is cheaper to spot before it is recorded.
    m_similarDelay->setSingleShot(true);
    m_similarDelay->setInterval(600);
    connect(m_similarDelay, &QTimer::timeout, this, &IntakeDialog::lookForSimilar);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, m_similarDelay, qOverload<>(&QTimer::start));
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, m_similarDelay, qOverload<>(&QTimer::start));
    StandardButtons::translate(m_ui->buttonBox);
    for (Channel channel : allChannels())
        m_ui->channelCombo->addItem(DomainLabels::channel(channel), int(channel));
    m_ui->categoryCombo->addItem(tr("(decide when routing)"));
    session.forgetCatalog(); // categories an administrator changed meanwhile
    const QList<Category> categories = session.categories();
    for (const Category& category : categories)
        if (category.active)
            m_ui->categoryCombo->addItem(category.name, category.name);
    resetReceived();
    m_errors.add(QStringLiteral("title"), m_ui->titleError, m_ui->titleEdit);
    m_errors.add(QStringLiteral("body"), m_ui->bodyError, m_ui->bodyEdit);
    m_errors.add(QStringLiteral("received_at"), m_ui->receivedError, m_ui->receivedEdit);
    m_errors.add(QStringLiteral("category"), m_ui->categoryError, m_ui->categoryCombo);
    m_errors.add(QStringLiteral("asker_name"), m_ui->askerNameError, m_ui->askerNameEdit);
    m_errors.add(QStringLiteral("asker_locality"), m_ui->askerLocalityError, m_ui->askerLocalityEdit);
    m_errors.add(QStringLiteral("asker_phone"), m_ui->askerPhoneError, m_ui->askerPhoneEdit);
    m_errors.add(QStringLiteral("asker_email"), m_ui->askerEmailError, m_ui->askerEmailEdit);
    m_errors.add(QStringLiteral("asker_address"), m_ui->askerAddressError, m_ui->askerAddressEdit);
    m_errors.add(QStringLiteral("asker_id_number"), m_ui->askerIdError, m_ui->askerIdEdit);
    m_errors.setGeneral(m_ui->errorLabel);
    m_ui->savedLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    m_ui->titleEdit->setFocus();
}

IntakeDialog::~IntakeDialog() = default;

void IntakeDialog::accept()
{
    NewQuestion input;
    input.title = m_ui->titleEdit->text();
    input.body = m_ui->bodyEdit->toPlainText();
    input.channel = Channel(m_ui->channelCombo->currentData().toInt());
    input.categoryName = m_ui->categoryCombo->currentData().toString();
    // The edit shows agency wall-clock time whatever the machine's zone.
    const QDateTime shown = m_ui->receivedEdit->dateTime();
    input.receivedAt = QDateTime(shown.date(), shown.time(), m_session.agencyTime().zone()).toUTC();
    input.asker = {m_ui->askerNameEdit->text(),  m_ui->askerLocalityEdit->text(), m_ui->askerPhoneEdit->text(),
                   m_ui->askerEmailEdit->text(), m_ui->askerAddressEdit->text(),  m_ui->askerIdEdit->text()};
    auto saved = m_session.questions().add(input);
    if (!saved) {
        m_errors.show(saved.error().field, saved.error().message);
        return;
    }
    m_errors.clear();
    m_lastReference = saved->ref;
    m_session.notifyQuestionChanged(saved->id);
    if (m_ui->recordAnotherCheck->isChecked()) {
        clearForNext();
        m_ui->savedLabel->setText(tr("Recorded as %1. Enter the next question.").arg(saved->ref));
        m_ui->savedLabel->show();
        return;
    }
    QDialog::accept();
}

void IntakeDialog::lookForSimilar()
{
    m_similarDelay->stop();
    m_similar->showSimilarToText(m_ui->titleEdit->text(), m_ui->bodyEdit->toPlainText());
}

void IntakeDialog::clearForNext()
{
    // The channel and category often repeat in a batch (a bag of letters); they stay.
    for (QLineEdit* edit : {m_ui->titleEdit, m_ui->askerNameEdit, m_ui->askerLocalityEdit, m_ui->askerPhoneEdit,
                            m_ui->askerEmailEdit, m_ui->askerAddressEdit, m_ui->askerIdEdit})
        edit->clear();
    m_ui->bodyEdit->clear();
    resetReceived();
    m_ui->titleEdit->setFocus();
}

void IntakeDialog::resetReceived()
{
    const QDateTime now = m_session.agencyTime().toAgency(m_session.context().now());
    m_ui->receivedEdit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
}

} // namespace danhoi
