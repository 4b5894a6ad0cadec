#include "QuestionDetailWidget.h"
#include "ui_QuestionDetailWidget.h"

#include "answer/MarkdownText.h"
#include "common/DeskSession.h"
#include "common/StatusLook.h"
#include "core/AuditNote.h"
#include "similar/SimilarQuestionsWidget.h"

#include <QHeaderView>

namespace danhoi {

QuestionDetailWidget::QuestionDetailWidget(DeskSession& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::QuestionDetailWidget)
    , m_session(session)
    , m_similar(new SimilarQuestionsWidget(session))
{
    m_ui->setupUi(this);
    m_similar->setObjectName(QStringLiteral("similarQuestions"));
    m_ui->detailTabs->addTab(m_similar, tr("Si&milar"));
    connect(m_ui->detailTabs, &QTabWidget::currentChanged, this, &QuestionDetailWidget::loadSimilarIfShown);
    connect(m_similar, &SimilarQuestionsWidget::duplicateOfChosen, this, &QuestionDetailWidget::duplicateOfChosen);
    connect(m_similar, &SimilarQuestionsWidget::reuseAnswerChosen, this, &QuestionDetailWidget::reuseAnswerChosen);
    QFont titleFont = m_ui->titleValue->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->titleValue->setFont(titleFont);
    m_ui->bodyView->setAccessibleName(tr("Question text"));
    m_ui->answerView->setAccessibleName(tr("Answer text"));
    m_ui->revisionsTree->header()->setStretchLastSection(true);
    m_ui->historyTree->header()->setStretchLastSection(true);
    m_ui->historyTree->setColumnWidth(0, 130);
    m_ui->historyTree->setColumnWidth(1, 170);
    m_ui->historyTree->setColumnWidth(2, 150);
    m_ui->historyTree->setColumnWidth(3, 230);
    m_ui->revisionsTree->setColumnWidth(0, 50);
    m_ui->revisionsTree->setColumnWidth(1, 170);
    m_ui->revisionsTree->setColumnWidth(2, 130);
    m_ui->revisionsTree->setColumnWidth(3, 110);
    connect(m_ui->revisionsTree, &QTreeWidget::currentItemChanged, this,
            [this] { showRevision(m_ui->revisionsTree->indexOfTopLevelItem(m_ui->revisionsTree->currentItem())); });
    m_ui->detailStack->setCurrentWidget(m_ui->emptyPage);
}

QuestionDetailWidget::~QuestionDetailWidget() = default;

QString QuestionDetailWidget::historyActionLabel(const QString& action)
{
    if (auto known = actionFromName(action))
        return DomainLabels::action(*known);
    if (action == QLatin1String("record"))
        return tr("Recorded");
    if (action == QLatin1String("assign"))
        return tr("Put on a clerk's desk");
    return action;
}

QString QuestionDetailWidget::personShown(const QString& login) const
{
    return m_details.names.value(login, login);
}

void QuestionDetailWidget::showQuestion(Id questionId)
{
    m_questionId = questionId;
    m_details = {};
    if (questionId) {
        auto details = m_session.questions().details(QString::number(questionId));
        if (details)
            m_details = details.value();
        else
            m_ui->emptyLabel->setText(details.error().message);
    } else {
        m_ui->emptyLabel->setText(tr("Select a question in the list to see it here."));
    }
    fill();
    m_similarLoadedFor = 0;
    loadSimilarIfShown();
    emit detailsChanged();
}

void QuestionDetailWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_similar), tr("Si&milar"));
        if (m_details.access == Access::None)
            m_ui->emptyLabel->setText(tr("Select a question in the list to see it here."));
        else
            fill();
    }
    QWidget::changeEvent(event);
}

void QuestionDetailWidget::showSimilar()
{
    m_ui->detailTabs->setCurrentWidget(m_similar);
    loadSimilarIfShown();
}

void QuestionDetailWidget::loadSimilarIfShown()
{
    // Looked up on demand: the similarity query is not free, and most rows are only glanced at.
    if (m_ui->detailTabs->currentWidget() != m_similar || m_similarLoadedFor == m_questionId)
        return;
    m_similarLoadedFor = m_questionId;
    if (m_details.access == Access::None) {
        m_similar->clear();
        return;
    }
    m_similar->showSimilarTo(m_questionId, m_details.availableActions.contains(Action::Reject),
                             m_details.availableActions.contains(Action::Draft));
}

void QuestionDetailWidget::fill()
{
    if (m_details.access == Access::None) {
        m_ui->detailStack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    m_ui->detailStack->setCurrentWidget(m_ui->questionPage);
    const Question& q = m_details.question;
    m_ui->titleValue->setText(q.title);
    m_ui->refValue->setText(q.ref);
    m_ui->statusValue->setText(DomainLabels::status(q.status));
    m_ui->channelValue->setText(DomainLabels::channel(q.channel));
    m_ui->receivedValue->setText(m_session.formatDateTime(q.receivedAt));
    m_ui->categoryValue->setText(q.categoryName.isEmpty() ? tr("(none)") : q.categoryName);
    m_ui->departmentValue->setText(q.departmentCode.isEmpty() ? tr("(not routed yet)")
                                                              : tr("%1 – %2").arg(q.departmentCode, q.departmentName));
    m_ui->clerkValue->setText(q.assignedClerkUsername.isEmpty() ? tr("(nobody)") : personShown(q.assignedClerkUsername));
    m_ui->clerkValue->setToolTip(q.assignedClerkUsername);
    QString due = q.dueDate ? m_session.formatDate(*q.dueDate) : tr("(none)");
    if (m_details.workingDaysLeft) {
        const int left = *m_details.workingDaysLeft;
        due = left < 0 ? tr("%1 – overdue by %n working day(s)", nullptr, -left).arg(due)
            : left == 0 ? tr("%1 – due today").arg(due)
                        : tr("%1 – %n working day(s) left", nullptr, left).arg(due);
    }
    m_ui->dueValue->setText(due);
    QString note;
    if (!q.rejectionReason.isEmpty())
        note = q.duplicateOfRef.isEmpty() ? tr("Rejected: %1").arg(q.rejectionReason)
                                          : tr("Rejected: %1 (duplicate of %2)").arg(q.rejectionReason, q.duplicateOfRef);
    m_ui->noteValue->setText(note);
    m_ui->noteValue->setVisible(!note.isEmpty());
    m_ui->noteValueCaption->setVisible(!note.isEmpty());
    m_ui->bodyView->setPlainText(q.body);

    const bool full = m_details.access == Access::Full;
    m_ui->askerGroup->setVisible(full);
    m_ui->askerNameValue->setText(full ? q.asker.name : QString());
    m_ui->askerLocalityValue->setText(q.asker.locality);
    m_ui->askerPhoneValue->setText(full ? q.asker.phone : QString());
    m_ui->askerEmailValue->setText(full ? q.asker.email : QString());
    m_ui->askerAddressValue->setText(full ? q.asker.address : QString());
    m_ui->askerIdValue->setText(full ? q.asker.idNumber : QString());

    m_ui->revisionsTree->clear();
    for (const AnswerRevision& revision : m_details.revisions) {
        auto* item = new QTreeWidgetItem(m_ui->revisionsTree);
        item->setText(0, QString::number(revision.number));
        item->setText(1, personShown(revision.authorUsername));
        item->setToolTip(1, revision.authorUsername);
        item->setText(2, m_session.formatDateTime(revision.createdAt));
        QString state = DomainLabels::revisionState(revision.state);
        if (q.publishedRevisionId == revision.id)
            state = tr("%1, published").arg(state);
        item->setText(3, state);
        item->setText(4, revision.comment);
        item->setToolTip(4, revision.comment);
    }
    if (!m_details.revisions.isEmpty())
        m_ui->revisionsTree->setCurrentItem(m_ui->revisionsTree->topLevelItem(int(m_details.revisions.size()) - 1));
    else
        m_ui->answerView->setPlainText(tr("No answer has been written yet."));

    m_ui->historyTree->clear();
    for (const AuditEvent& event : m_details.history) {
        auto* item = new QTreeWidgetItem(m_ui->historyTree);
        item->setText(0, m_session.formatDateTime(event.at));
        item->setText(1, personShown(event.username));
        item->setToolTip(1, event.username);
        item->setText(2, historyActionLabel(event.action));
        const auto from = statusFromName(event.fromStatus);
        const auto to = statusFromName(event.toStatus);
        if (from && to && from != to)
            item->setText(3, tr("%1 → %2").arg(DomainLabels::status(*from), DomainLabels::status(*to)));
        else if (to)
            item->setText(3, DomainLabels::status(*to));
        if (to)
            item->setIcon(3, StatusLook::icon(*to));
        const QString note = AuditNote::display(event.action, event.note);
        item->setText(4, note);
        item->setToolTip(4, note);
    }
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_ui->answerTab),
                                 tr("&Answer (%n revision(s))", nullptr, int(m_details.revisions.size())));
    m_ui->detailTabs->setTabVisible(m_ui->detailTabs->indexOf(m_ui->historyTab), full);
}

void QuestionDetailWidget::showRevision(int row)
{
    if (row < 0 || row >= m_details.revisions.size())
        return;
    MarkdownText::render(m_details.revisions.at(row).body, m_ui->answerView->document());
}

} // namespace danhoi
