#include "AnswerEditorDialog.h"
#include "ui_AnswerEditorDialog.h"

#include "DraftJournal.h"
#include "MarkdownText.h"
#include "RevisionDiffDialog.h"
#include "common/DeskSession.h"
#include "common/MessageBox.h"
#include "questions/QuestionDetailWidget.h"

#include <QCloseEvent>
#include <QInputDialog>
#include <QTextList>
#include <QTimer>
#include <QToolBar>

namespace danhoi {

AnswerEditorDialog::AnswerEditorDialog(DeskSession& session, const QuestionDetails& details, QWidget* parent)
    : QDialog(parent)
    , m_ui(new Ui::AnswerEditorDialog)
    , m_session(session)
    , m_details(details)
    , m_journal(new DraftJournal(session))
    , m_autosave(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    const Question& question = details.question;
    setWindowTitle(tr("Answer to %1").arg(question.ref));
    m_ui->questionLabel->setText(tr("%1: %2").arg(question.ref, question.title));
    m_ui->questionView->setPlainText(question.body);
    m_ui->answerEdit->setAccessibleName(tr("Answer text"));
    m_ui->answerEdit->setAcceptRichText(false); // pasted text arrives as text; formatting comes from the toolbar
    m_ui->editorSplitter->setSizes({260, 560, 280});
    m_ui->revisionsList->setWordWrap(true); // a revision's state and its reviewer's comment are read, not scrolled to
    m_ui->revisionsList->setResizeMode(QListView::Adjust);
    m_ui->revisionsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_ui->errorLabel->hide();
    setupToolbar();
    fillRevisions();

    if (!details.revisions.isEmpty())
        MarkdownText::render(details.revisions.last().body, m_ui->answerEdit->document());
    if (auto kept = m_journal->entry(question.id); kept && kept->markdown != MarkdownText::fromDocument(*m_ui->answerEdit->document())) {
        restoreText(kept->markdown);
        m_ui->journalLabel->setText(tr("Restored text you typed on %1 but did not save as a revision.")
                                        .arg(m_session.formatDateTime(kept->savedAt)));
    }

    connect(m_ui->answerEdit, &QTextEdit::textChanged, this, [this] {
        m_unsaved = true;
        m_unjournaled = true;
    });
    m_autosave->setInterval(autosaveMilliseconds);
    connect(m_autosave, &QTimer::timeout, this, &AnswerEditorDialog::writeJournal);
    m_autosave->start();
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AnswerEditorDialog::saveRevision);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &AnswerEditorDialog::submit);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &AnswerEditorDialog::compareSelected);
    m_ui->saveButton->setShortcut(QKeySequence::Save);
    m_ui->answerEdit->setFocus();
}

AnswerEditorDialog::~AnswerEditorDialog() = default;

void AnswerEditorDialog::setupToolbar()
{
    auto* toolbar = new QToolBar(tr("Formatting"), this);
    toolbar->setObjectName(QStringLiteral("formatToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QTextEdit* edit = m_ui->answerEdit;
    QAction* bold = toolbar->addAction(tr("Bold"));
    bold->setObjectName(QStringLiteral("actionBold"));
    bold->setShortcut(QKeySequence::Bold);
    bold->setCheckable(true);
    QFont boldFont = bold->font();
    boldFont.setBold(true);
    bold->setFont(boldFont);
    connect(bold, &QAction::triggered, this, [edit](bool on) { edit->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    QAction* italic = toolbar->addAction(tr("Italic"));
    italic->setObjectName(QStringLiteral("actionItalic"));
    italic->setShortcut(QKeySequence::Italic);
    italic->setCheckable(true);
    QFont italicFont = italic->font();
    italicFont.setItalic(true);
    italic->setFont(italicFont);
    connect(italic, &QAction::triggered, this, [edit](bool on) { edit->setFontItalic(on); });
    connect(edit, &QTextEdit::currentCharFormatChanged, this, [bold, italic](const QTextCharFormat& format) {
        bold->setChecked(format.fontWeight() >= QFont::DemiBold);
        italic->setChecked(format.fontItalic());
    });
    toolbar->addSeparator();
    auto addList = [&](const QString& text, const char* name, QTextListFormat::Style style) {
        QAction* action = toolbar->addAction(text);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [edit, style] {
            QTextCursor cursor = edit->textCursor();
            if (QTextList* list = cursor.currentList(); list && list->format().style() == style) {
                QTextBlockFormat plain;
                plain.setIndent(0);
                list->remove(cursor.block());
                cursor.setBlockFormat(plain);
                return;
            }
            cursor.createList(style);
        });
    };
    addList(tr("• List"), "actionBulletList", QTextListFormat::ListDisc);
    addList(tr("1. List"), "actionNumberedList", QTextListFormat::ListDecimal);
    QAction* link = toolbar->addAction(tr("Link…"));
    link->setObjectName(QStringLiteral("actionLink"));
    connect(link, &QAction::triggered, this, [this, edit] {
        bool ok = false;
        const QString url = QInputDialog::getText(this, tr("Insert a link"), tr("Web address (https://…):"),
                                                  QLineEdit::Normal, QStringLiteral("https://"), &ok)
                                .trimmed();
        if (!ok || url.isEmpty() || url == QLatin1String("https://"))
            return;
        QTextCursor cursor = edit->textCursor();
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorHref(url);
        format.setFontUnderline(true);
        format.setForeground(QColor(0x1a, 0x4f, 0xa0));
        if (!cursor.hasSelection())
            cursor.insertText(url, format);
        else
            cursor.mergeCharFormat(format);
        cursor.setCharFormat(QTextCharFormat());
        edit->setTextCursor(cursor);
    });
    m_ui->toolbarLayout->addWidget(toolbar);
}

QString AnswerEditorDialog::markdown() const
{
    return MarkdownText::fromDocument(*m_ui->answerEdit->document());
}

void AnswerEditorDialog::restoreText(const QString& markdown)
{
    MarkdownText::render(markdown, m_ui->answerEdit->document());
    m_unsaved = true;
    m_unjournaled = false;
}

void AnswerEditorDialog::startFrom(const QString& markdown)
{
    const QString current = this->markdown().trimmed();
    restoreText(current.isEmpty() ? markdown : markdown + QStringLiteral("\n\n") + current);
    m_unjournaled = true;
    m_ui->journalLabel->setText(tr("Started from a published answer: adapt it to this question before saving."));
}

void AnswerEditorDialog::writeJournal()
{
    if (!m_unjournaled)
        return;
    if (m_journal->save(m_details.question.id, markdown())) {
        m_unjournaled = false;
        m_ui->journalLabel->setText(tr("Kept on this computer at %1 – not yet a revision.")
                                        .arg(m_session.formatDateTime(m_session.context().clock->now())));
    }
}

void AnswerEditorDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(QStringLiteral("⚠ ") + message);
    m_ui->errorLabel->show();
}

void AnswerEditorDialog::fillRevisions()
{
    m_ui->revisionsList->clear();
    for (const AnswerRevision& revision : std::as_const(m_details.revisions)) {
        QString text = tr("%1. %2, %3 – %4")
                           .arg(revision.number)
                           .arg(revision.authorUsername, m_session.formatDateTime(revision.createdAt),
                                DomainLabels::revisionState(revision.state));
        if (!revision.comment.isEmpty()) // what the reviewer asked for is what the author works from
            text += QLatin1Char('\n') + tr("Reviewer's comment: %1").arg(revision.comment);
        auto* item = new QListWidgetItem(text, m_ui->revisionsList);
        item->setData(Qt::UserRole, revision.number);
        if (!revision.comment.isEmpty())
            item->setToolTip(revision.comment);
    }
    m_ui->compareButton->setEnabled(m_details.revisions.size() >= 2);
    m_ui->submitButton->setEnabled(m_details.availableActions.contains(Action::Submit) || m_unsaved);
}

void AnswerEditorDialog::reloadDetails()
{
    if (auto details = m_session.questions().details(QString::number(m_details.question.id)))
        m_details = details.value();
    fillRevisions();
}

bool AnswerEditorDialog::saveRevision()
{
    ActionInput input;
    input.text = markdown();
    input.expectedVersion = m_details.question.version;
    auto saved = m_session.workflow().perform(QString::number(m_details.question.id), Action::Draft, input);
    if (!saved) {
        QString message = saved.error().message;
        if (saved.error().kind == ErrorKind::Conflict) { // someone else acted: show their state, keep the text
            m_unjournaled = true;
            writeJournal();
            reloadDetails();
            if (!m_details.history.isEmpty()) {
                const AuditEvent& last = m_details.history.last();
                message = tr("%1 Last change: %2 by %3 at %4. Your text is kept here and in the draft journal.")
                              .arg(message, QuestionDetailWidget::historyActionLabel(last.action), last.username,
                                   m_session.formatDateTime(last.at));
            }
            m_session.notifyQuestionChanged(m_details.question.id);
        }
        showError(message);
        return false;
    }
    m_ui->errorLabel->hide();
    m_unsaved = false;
    m_unjournaled = false;
    m_journal->remove(m_details.question.id);
    reloadDetails();
    m_ui->journalLabel->setText(tr("Saved as revision %1.").arg(m_details.revisions.isEmpty() ? 0 : m_details.revisions.last().number));
    m_session.notifyQuestionChanged(m_details.question.id);
    return true;
}

bool AnswerEditorDialog::submit()
{
    if (m_unsaved && !saveRevision())
        return false;
    ActionInput input;
    input.expectedVersion = m_details.question.version;
    auto done = m_session.workflow().perform(QString::number(m_details.question.id), Action::Submit, input);
    if (!done) {
        showError(done.error().message);
        return false;
    }
    m_session.notifyQuestionChanged(m_details.question.id);
    m_unsaved = false;
    close();
    return true;
}

void AnswerEditorDialog::compareSelected()
{
    QList<int> numbers;
    const QList<QListWidgetItem*> selected = m_ui->revisionsList->selectedItems();
    for (QListWidgetItem* item : selected)
        numbers.append(item->data(Qt::UserRole).toInt());
    if (numbers.size() != 2 && m_details.revisions.size() >= 2) // default: the last two
        numbers = {m_details.revisions.at(m_details.revisions.size() - 2).number, m_details.revisions.last().number};
    std::sort(numbers.begin(), numbers.end());
    if (numbers.size() != 2)
        return;
    const AnswerRevision* before = nullptr;
    const AnswerRevision* after = nullptr;
    for (const AnswerRevision& revision : std::as_const(m_details.revisions)) {
        if (revision.number == numbers.first())
            before = &revision;
        if (revision.number == numbers.last())
            after = &revision;
    }
    if (!before || !after)
        return;
    auto* dialog = new RevisionDiffDialog(*before, *after, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AnswerEditorDialog::reject()
{
    close();
}

void AnswerEditorDialog::closeEvent(QCloseEvent* event)
{
    // Nothing typed is lost: unsaved text goes to the journal and is offered again next time.
    if (m_unsaved) {
        m_unjournaled = true;
        writeJournal();
    }
    m_autosave->stop();
    event->accept();
}

} // namespace danhoi
