#include "ApprovalDialog.h"
#include "ui_ApprovalDialog.h"

#include "MarkdownText.h"
#include "RevisionDiff.h"
#include "common/DeskSession.h"
#include "common/MessageBox.h"

namespace danhoi {

ApprovalDialog::ApprovalDialog(DeskSession& session, const QuestionDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::ApprovalDialog)
    , m_session(session)
    , m_details(details)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->errorLabel->hide();
    m_ui->commentEdit->setAccessibleName(tr("Comment for the author"));
    const Question& question = details.question;
    setWindowTitle(tr("Review the answer to %1").arg(question.ref));
    const AnswerRevision* submitted = details.revisions.isEmpty() ? nullptr : &details.revisions.last();
    const AnswerRevision* returned = nullptr;
    for (const AnswerRevision& revision : details.revisions)
        if (revision.state == RevisionState::Returned && (!submitted || revision.number < submitted->number))
            returned = &revision;
    m_ui->questionLabel->setText(
        submitted ? tr("%1: %2 – revision %3 by %4").arg(question.ref, question.title).arg(submitted->number).arg(submitted->authorUsername)
                  : tr("%1: %2").arg(question.ref, question.title));
    if (submitted)
        MarkdownText::render(submitted->body, m_ui->answerView->document());
    if (submitted && returned) {
        // The comment ends the caption: its own punctuation is the last character, nothing is appended to it.
        m_ui->diffCaption->setText(tr("Revision %1 was returned with this comment (removed text is struck through, "
                                      "added text underlined):\n%2")
                                       .arg(QString::number(returned->number), returned->comment));
        m_ui->diffView->setHtml(RevisionDiff::toHtml(RevisionDiff::compare(MarkdownText::plainText(returned->body),
                                                                           MarkdownText::plainText(submitted->body))));
    } else {
        m_ui->diffCaption->setText(tr("This is the first submission: no revision was returned before."));
        m_ui->diffGroup->setEnabled(false);
    }
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ApprovalDialog::approve);
    connect(m_ui->returnButton, &QPushButton::clicked, this, &ApprovalDialog::returnToAuthor);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->reviewSplitter->setSizes({500, 500});
    m_ui->mainLayout->setStretch(1, 1); // the texts take the height, not the gaps between the rows
}

ApprovalDialog::~ApprovalDialog() = default;

bool ApprovalDialog::approve()
{
    return decide(Action::Approve);
}

bool ApprovalDialog::returnToAuthor()
{
    if (m_ui->commentEdit->toPlainText().trimmed().isEmpty()) {
        m_ui->errorLabel->setText(tr("⚠ Write a comment saying what the author should change."));
        m_ui->errorLabel->show();
        m_ui->commentEdit->setFocus();
        return false;
    }
    return decide(Action::Return);
}

bool ApprovalDialog::decide(Action action)
{
    ActionInput input;
    input.reason = m_ui->commentEdit->toPlainText();
    input.expectedVersion = m_details.question.version;
    auto done = m_session.workflow().perform(QString::number(m_details.question.id), action, input);
    if (!done) {
        m_ui->errorLabel->setText(QStringLiteral("⚠ ") + done.error().message);
        m_ui->errorLabel->show();
        MessageBox::warning(this, DomainLabels::action(action), done.error().message);
        if (done.error().kind == ErrorKind::Conflict)
            m_session.notifyQuestionChanged(m_details.question.id);
        return false;
    }
    m_session.notifyQuestionChanged(m_details.question.id);
    accept();
    return true;
}

} // namespace danhoi
