#include "SimilarQuestionsWidget.h"
#include "ui_SimilarQuestionsWidget.h"

#include "answer/MarkdownText.h"
#include "common/DeskSession.h"
#include "common/StatusLook.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTextDocumentFragment>

namespace danhoi {

SimilarQuestionsWidget::SimilarQuestionsWidget(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::SimilarQuestionsWidget)
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->similarTree->setAccessibleName(tr("Similar questions"));
    m_ui->similarAnswerView->setAccessibleName(tr("Answer of the chosen similar question"));
    m_ui->similarTree->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("HD-2025-000000")) + 16);
    // The title takes what is left, so reference, status and likeness stay readable in a narrow pane (ten rows at most).
    m_ui->similarTree->header()->setStretchLastSection(false);
    m_ui->similarTree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->similarTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->similarTree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    // The list has four columns to the answer's one: in the intake form an even split left its titles 60 px.
    m_ui->similarSplitter->setStretchFactor(0, 3);
    m_ui->similarSplitter->setStretchFactor(1, 2);
    m_ui->similarSplitter->setSizes({600, 400}); // the same share from the start, whatever the panes' size hints
    connect(m_ui->similarTree, &QTreeWidget::currentItemChanged, this, &SimilarQuestionsWidget::showChosen);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, [this] {
        if (!chosenReference().isEmpty())
            emit duplicateOfChosen(chosenReference());
    });
    connect(m_ui->reuseAnswerButton, &QPushButton::clicked, this, [this] {
        if (!m_chosenAnswer.isEmpty())
            emit reuseAnswerChosen(m_chosenAnswer);
    });
    clear();
}

SimilarQuestionsWidget::~SimilarQuestionsWidget() = default;

void SimilarQuestionsWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}

void SimilarQuestionsWidget::clear()
{
    m_similar.clear();
    m_chosenAnswer.clear();
    m_ui->similarTree->clear();
    m_ui->similarAnswerView->clear();
    m_ui->similarLabel->setText(tr("Similar questions appear here."));
    updateButtons();
}

void SimilarQuestionsWidget::showSimilarTo(Id questionId, bool mayReject, bool mayDraft)
{
    m_mayReject = mayReject;
    m_mayDraft = mayDraft;
    m_ui->duplicateButton->setVisible(true);
    m_ui->reuseAnswerButton->setVisible(true);
    if (!questionId) {
        clear();
        return;
    }
    fill(m_session.search().similar(QString::number(questionId), 8));
}

void SimilarQuestionsWidget::showSimilarToText(const QString& title, const QString& body)
{
    m_mayReject = false;
    m_mayDraft = false;
    m_ui->duplicateButton->setVisible(false);
    m_ui->reuseAnswerButton->setVisible(false);
    if (title.trimmed().isEmpty() && body.trimmed().isEmpty()) {
        clear();
        return;
    }
    fill(m_session.search().similarToText(title, body, 5));
}

void SimilarQuestionsWidget::fill(const Result<QList<SimilarQuestion>>& found)
{
    m_similar = found ? found.value() : QList<SimilarQuestion>();
    m_chosenAnswer.clear();
    m_ui->similarTree->clear();
    m_ui->similarAnswerView->clear();
    if (!found)
        m_ui->similarLabel->setText(found.error().message);
    else if (m_similar.isEmpty())
        m_ui->similarLabel->setText(tr("No similar question found."));
    else
        m_ui->similarLabel->setText(tr("The most similar questions, answered ones first. Choose one to read its answer."));
    for (const SimilarQuestion& similar : std::as_const(m_similar)) {
        auto* item = new QTreeWidgetItem(m_ui->similarTree);
        item->setText(0, similar.ref);
        item->setText(1, similar.title); // plain text in an item view: never interpreted
        item->setToolTip(1, similar.title);
        // "answered" tells only of a question being amended; "Published – answered" said it twice and left the
        // title a few letters in the intake form.
        item->setText(2, similar.answered && similar.status != Status::Published
                             ? tr("%1 – answered").arg(DomainLabels::status(similar.status))
                             : DomainLabels::status(similar.status));
        item->setIcon(2, StatusLook::icon(similar.status));
        item->setText(3, tr("%1 %").arg(qRound(similar.score * 100)));
        item->setData(0, Qt::UserRole, similar.id);
    }
    if (!m_similar.isEmpty())
        m_ui->similarTree->setCurrentItem(m_ui->similarTree->topLevelItem(0));
    updateButtons();
}

void SimilarQuestionsWidget::choose(int row)
{
    if (QTreeWidgetItem* item = m_ui->similarTree->topLevelItem(row))
        m_ui->similarTree->setCurrentItem(item);
}

QString SimilarQuestionsWidget::chosenReference() const
{
    const QTreeWidgetItem* item = m_ui->similarTree->currentItem();
    return item ? item->text(0) : QString();
}

void SimilarQuestionsWidget::showChosen()
{
    m_chosenAnswer.clear();
    const QTreeWidgetItem* item = m_ui->similarTree->currentItem();
    if (!item) {
        m_ui->similarAnswerView->clear();
        updateButtons();
        return;
    }
    auto details = m_session.questions().details(item->data(0, Qt::UserRole).toString());
    if (!details) {
        m_ui->similarAnswerView->setPlainText(details.error().message);
        updateButtons();
        return;
    }
    const Question& question = details->question;
    const AnswerRevision* published = nullptr;
    for (const AnswerRevision& revision : std::as_const(details->revisions))
        if (question.publishedRevisionId && revision.id == *question.publishedRevisionId)
            published = &revision;
    if (published)
        m_chosenAnswer = published->body;
    // The citizen's words as text; the published answer through the Markdown reader that shows HTML as text.
    QTextDocument* document = m_ui->similarAnswerView->document();
    document->clear();
    QTextCursor cursor(document);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.insertText(question.title, bold);
    cursor.insertBlock();
    cursor.insertText(question.body, QTextCharFormat());
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(published ? tr("Published answer:") : tr("No published answer yet."), bold);
    if (published) {
        QTextDocument answer;
        MarkdownText::render(published->body, &answer);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        cursor.insertFragment(QTextDocumentFragment(&answer));
    }
    m_ui->similarAnswerView->moveCursor(QTextCursor::Start);
    updateButtons();
}

void SimilarQuestionsWidget::updateButtons()
{
    const bool chosen = m_ui->similarTree->currentItem() != nullptr;
    // Nothing to choose or read while nothing was found: Tab skips the list and the answer, so typing a question goes
    // from its last field to Save.
    m_ui->similarTree->setEnabled(!m_similar.isEmpty());
    m_ui->similarAnswerView->setEnabled(!m_similar.isEmpty());
    m_ui->duplicateButton->setEnabled(chosen && m_mayReject);
    m_ui->reuseAnswerButton->setEnabled(chosen && m_mayDraft && !m_chosenAnswer.isEmpty());
}

} // namespace danhoi
