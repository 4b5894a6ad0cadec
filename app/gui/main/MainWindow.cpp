#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "admin/AdminDialog.h"
#include "answer/AnswerEditorDialog.h"
#include "answer/ApprovalDialog.h"
#include "answer/DraftJournal.h"
#include "common/DeskSession.h"
#include "common/FileDialog.h"
#include "common/LiveRefresh.h"
#include "export/ExportDialog.h"
#include "import/ImportDialog.h"
#include "common/MessageBox.h"
#include "common/ReasonDialog.h"
#include "common/SuggestionLearner.h"
#include "core/Language.h"
#include "core/Workflow.h"
#include "intake/IntakeDialog.h"
#include "login/LoginDialog.h"
#include "publish/PublishDialog.h"
#include "publish/PublishRun.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "routing/AssignDialog.h"
#include "routing/RejectDialog.h"
#include "routing/RoutingDialog.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QStandardPaths>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace danhoi {

namespace {
// A tool bar, unlike a menu, shows a separator with nothing visible on one side of it (a clerk's bar began with one).
void hideStrandedSeparators(QWidget* bar)
{
    QAction* pending = nullptr; // the separator after the last visible action, shown once another follows
    bool seenAction = false;
    for (QAction* action : bar->actions()) {
        if (action->isSeparator()) {
            action->setVisible(false);
            if (seenAction && !pending)
                pending = action;
        } else if (action->isVisible()) {
            if (pending)
                pending->setVisible(true);
            pending = nullptr;
            seenAction = true;
        }
    }
}
} // namespace

MainWindow::MainWindow(DeskSession& session, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(new Ui::MainWindow)
    , m_session(session)
    , m_queues(new QueueListWidget(session))
    , m_list(new QuestionListWidget(session))
    , m_detail(new QuestionDetailWidget(session))
    , m_idleTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_list->setObjectName(QStringLiteral("questionList"));
    m_detail->setObjectName(QStringLiteral("questionDetail"));
    const User& user = session.user();

    auto* right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("listDetailSplitter"));
    right->addWidget(m_list);
    // The detail scrolls rather than claiming its full height (asker, meta, tabs) from the list.
    auto* detailScroll = new QScrollArea;
    detailScroll->setObjectName(QStringLiteral("questionDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(m_detail);
    right->addWidget(detailScroll);
    // The list gets the larger share: with many questions a few visible rows are not enough to work through a queue.
    right->setChildrenCollapsible(false);
    right->setStretchFactor(0, 11);
    right->setStretchFactor(1, 9);
    right->setSizes({440, 360});
    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_queues);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({230, 1050});
    // Where the user last dragged the splitters, per desk.
    for (QSplitter* splitter : {right, split}) {
        const QString key = QStringLiteral("mainWindow/%1").arg(splitter->objectName());
        splitter->restoreState(QSettings().value(key).toByteArray());
        connect(splitter, &QSplitter::splitterMoved, this,
                [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    }
    auto* layout = new QVBoxLayout(m_ui->centralWidget);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split);

    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    retranslate();

    auto* languages = new QActionGroup(this);
    languages->addAction(m_ui->actionLanguageVietnamese);
    languages->addAction(m_ui->actionLanguageEnglish);
    (Language::current() == QLatin1String("en") ? m_ui->actionLanguageEnglish : m_ui->actionLanguageVietnamese)
        ->setChecked(true);
    m_ui->actionNewQuestion->setVisible(user.hasRole(Role::Coordinator));
    m_ui->actionImport->setVisible(user.hasRole(Role::Coordinator));
    m_ui->actionWriteBundle->setVisible(user.hasRole(Role::Coordinator));
    m_ui->actionLearnSuggestions->setVisible(user.hasRole(Role::Coordinator));
    m_ui->actionAdministration->setVisible(user.hasRole(Role::Admin));
    // A step the user's roles never allow is not offered at all (a clerk sees no Publish, a coordinator no
    // Approve); the rest stay and are enabled per question. The workflow table is the rule; services still check.
    const auto mayEver = [&user](Action action) { return !!(user.roles & Workflow::transition(action).roles); };
    m_ui->actionRoute->setVisible(mayEver(Action::Route));
    m_ui->actionReject->setVisible(mayEver(Action::Reject));
    m_ui->actionAssign->setVisible(user.hasRole(Role::Coordinator) || user.hasRole(Role::Supervisor));
    m_ui->actionWriteAnswer->setVisible(mayEver(Action::Draft));
    m_ui->actionSubmit->setVisible(mayEver(Action::Submit));
    m_ui->actionReview->setVisible(mayEver(Action::Approve) || mayEver(Action::Return));
    m_ui->actionTransferRequest->setVisible(mayEver(Action::TransferRequest));
    m_ui->actionPublish->setVisible(mayEver(Action::Publish));
    m_ui->actionUnpublish->setVisible(mayEver(Action::Unpublish));
    hideStrandedSeparators(m_ui->mainToolBar);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionNewQuestion->setShortcut(QKeySequence::New);

    connect(m_queues, &QueueListWidget::queueSelected, this, [this] { m_list->setQueue(m_queues->currentQuery()); });
    connect(m_list, &QuestionListWidget::currentQuestionChanged, m_detail, &QuestionDetailWidget::showQuestion);
    connect(m_detail, &QuestionDetailWidget::detailsChanged, this, &MainWindow::updateActions);
    connect(&m_session, &DeskSession::questionChanged, this, &MainWindow::onQuestionChanged);
    connect(&m_session, &DeskSession::catalogChanged, this, &MainWindow::refreshAll);

    connect(m_detail, &QuestionDetailWidget::duplicateOfChosen, this, [this](const QString& reference) {
        auto* dialog = new RejectDialog(m_session, m_detail->details().question, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setDuplicateOf(reference);
        dialog->open();
    });
    connect(m_detail, &QuestionDetailWidget::reuseAnswerChosen, this, [this](const QString& markdown) {
        auto* editor = new AnswerEditorDialog(m_session, m_detail->details(), this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->startFrom(markdown);
        editor->show();
    });

    connect(m_ui->actionNewQuestion, &QAction::triggered, this, [this] {
        auto* dialog = new IntakeDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionRoute, &QAction::triggered, this, [this] {
        auto* dialog = new RoutingDialog(m_session, m_detail->details().question, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionReject, &QAction::triggered, this, [this] {
        auto* dialog = new RejectDialog(m_session, m_detail->details().question, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionAssign, &QAction::triggered, this, [this] {
        auto* dialog = new AssignDialog(m_session, m_detail->details().question, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionWriteAnswer, &QAction::triggered, this, [this] {
        auto* editor = new AnswerEditorDialog(m_session, m_detail->details(), this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->show();
    });
    connect(m_ui->actionReview, &QAction::triggered, this, [this] {
        auto* dialog = new ApprovalDialog(m_session, m_detail->details(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionSubmit, &QAction::triggered, this, [this] {
        perform(Action::Submit, tr("Submit the latest draft of %1 for approval?").arg(m_detail->details().question.ref));
    });
    connect(m_ui->actionPublish, &QAction::triggered, this, [this] {
        auto* dialog = new PublishDialog(m_session, m_detail->details().question, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionTransferRequest, &QAction::triggered, this, [this] {
        const Question question = m_detail->details().question;
        auto* dialog = new ReasonDialog(tr("Request a transfer"),
                                        tr("Why should %1 go to another department? The coordinator reads this.")
                                            .arg(question.ref),
                                        this);
        dialog->setObjectName(QStringLiteral("transferRequestDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSubmit([this, question](const QString& reason) {
            ActionInput input;
            input.reason = reason;
            input.expectedVersion = question.version;
            auto done = m_session.workflow().perform(QString::number(question.id), Action::TransferRequest, input);
            if (done || done.error().kind == ErrorKind::Conflict)
                m_session.notifyQuestionChanged(question.id);
            return done ? Result<void>() : Result<void>(done.error());
        });
        dialog->open();
    });
    connect(m_ui->actionUnpublish, &QAction::triggered, this, [this] {
        const Question question = m_detail->details().question;
        auto* dialog = new ReasonDialog(tr("Unpublish the answer"),
                                        tr("Why should the answer to %1 come off the portal?").arg(question.ref), this);
        dialog->setObjectName(QStringLiteral("unpublishDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSubmit([this, question](const QString& reason) {
            ActionInput input;
            input.reason = reason;
            input.expectedVersion = question.version;
            auto done = m_session.workflow().perform(QString::number(question.id), Action::Unpublish, input);
            if (done || done.error().kind == ErrorKind::Conflict)
                m_session.notifyQuestionChanged(question.id);
            return done ? Result<void>() : Result<void>(done.error());
        });
        dialog->open();
    });
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        auto* dialog = new ExportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionImport, &QAction::triggered, this, [this] {
        auto* dialog = new ImportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionWriteBundle, &QAction::triggered, this, [this] { writePortalBundle(m_session, this); });
    connect(m_ui->actionLearnSuggestions, &QAction::triggered, this,
            [this] { m_session.suggestionLearner().learnWithProgress(this); });
    connect(&m_session.suggestionLearner(), &SuggestionLearner::finished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_ui->actionSaveLetter, &QAction::triggered, this, &MainWindow::saveLetter);
    connect(m_ui->actionAdministration, &QAction::triggered, this, [this] {
        auto* dialog = new AdminDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(m_ui->actionFind, &QAction::triggered, m_list, &QuestionListWidget::focusSearch);
    connect(m_ui->actionFilter, &QAction::triggered, m_list, &QuestionListWidget::focusFilter);
    connect(m_ui->actionLanguageVietnamese, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("vi")); });
    connect(m_ui->actionLanguageEnglish, &QAction::triggered, this, [this] { chooseLanguage(QStringLiteral("en")); });
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    // The administrator's idle period; a change in the admin screen applies at once.
    setIdleLockMinutes(m_session.agency().idleLockMinutes);
    connect(&m_session, &DeskSession::catalogChanged, this,
            [this] { setIdleLockMinutes(m_session.agency().idleLockMinutes); });
    qApp->installEventFilter(this);

    // Other desks' changes on a shared server: lists and the open question follow within a second.
    auto* live = new LiveRefresh(m_session, this);
    connect(live, &LiveRefresh::questionsChanged, this, &MainWindow::onOtherDesksChanged);
    connect(live, &LiveRefresh::catalogChanged, &m_session, &DeskSession::notifyCatalogChanged);
    connect(live, &LiveRefresh::everythingChanged, &m_session, &DeskSession::notifyCatalogChanged);
    connect(live, &LiveRefresh::statusMessage, this, [this](const QString& message) {
        statusBar()->showMessage(message, 10000);
    });

    m_queues->setCurrentRow(0);
    updateActions();
    QTimer::singleShot(0, this, &MainWindow::offerJournalDrafts);
    if (user.hasRole(Role::Coordinator)) // the routing dialog's suggestions, learned while the desk is in use
        QTimer::singleShot(0, this, [this] { m_session.suggestionLearner().learn(); });
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::updateActions()
{
    const QuestionDetails& details = m_detail->details();
    auto may = [&](Action action) { return details.availableActions.contains(action); };
    m_ui->actionRoute->setEnabled(may(Action::Route));
    m_ui->actionReject->setEnabled(may(Action::Reject));
    m_ui->actionAssign->setEnabled(details.mayAssign);
    m_ui->actionWriteAnswer->setEnabled(may(Action::Draft));
    m_ui->actionSubmit->setEnabled(may(Action::Submit));
    m_ui->actionReview->setEnabled(may(Action::Approve) || may(Action::Return));
    m_ui->actionTransferRequest->setEnabled(may(Action::TransferRequest));
    m_ui->actionPublish->setEnabled(may(Action::Publish));
    m_ui->actionUnpublish->setEnabled(may(Action::Unpublish));
    // Offered for an approved answer to someone who sees the asker; LetterService decides who may produce it.
    m_ui->actionSaveLetter->setEnabled(details.access == Access::Full
                                       && (details.question.status == Status::Approved
                                           || details.question.status == Status::Published));
}

void MainWindow::saveLetter()
{
    const Question question = m_detail->details().question;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1.pdf").arg(question.ref));
    const QString path = FileDialog::saveFileName(this, tr("Save the reply letter to %1").arg(question.ref), suggested,
                                                  tr("PDF (*.pdf);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    const LetterFormat format = path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? LetterFormat::Odt
                                                                                          : LetterFormat::Pdf;
    auto written = m_session.letters().write(QString::number(question.id), format, path);
    if (!written) {
        MessageBox::warning(this, tr("Reply letter"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Letter saved to %1; print it from your PDF or document viewer.").arg(path), 10000);
}

void MainWindow::refreshAll()
{
    m_queues->refreshCounts();
    m_list->refresh();
}

void MainWindow::onQuestionChanged(Id questionId)
{
    m_queues->refreshCounts();
    m_list->refresh();
    if (questionId && questionId != m_list->currentQuestionId() && !m_list->selectQuestion(questionId))
        statusBar()->showMessage(tr("Saved. The question is no longer in this queue."), 5000);
    if (m_detail->questionId() == questionId || !m_list->currentQuestionId())
        m_detail->reload();
}

void MainWindow::onOtherDesksChanged(const QSet<Id>& questionIds)
{
    m_queues->refreshCounts();
    const Id shown = m_detail->questionId();
    m_list->refresh(); // keeps the selection, and reloads its details
    if (shown && questionIds.contains(shown) && m_detail->questionId() == shown && m_list->currentQuestionId() != shown)
        m_detail->reload();
}

void MainWindow::perform(Action action, const QString& confirmation)
{
    const Question question = m_detail->details().question;
    if (MessageBox::question(this, DomainLabels::action(action), confirmation, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    ActionInput input;
    input.expectedVersion = question.version;
    auto done = m_session.workflow().perform(QString::number(question.id), action, input);
    if (!done)
        MessageBox::warning(this, DomainLabels::action(action), done.error().message);
    m_session.notifyQuestionChanged(question.id);
}

void MainWindow::chooseLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    if (Language::normalise(code) == Language::current())
        return;
    Language::install(code); // every widget gets a LanguageChange event and retranslates itself
    statusBar()->showMessage(tr("Menus, queues, lists and details are now in the new language; windows that are "
                                "already open change when they are opened again."),
                             10000);
}

void MainWindow::retranslate()
{
    if (!m_userLabel)
        return;
    const User& user = m_session.user();
    const QString who = user.displayName.isEmpty() ? user.username : user.displayName;
    setWindowTitle(tr("DanHoi – %1 – %2").arg(m_session.agency().name, who));
    QStringList roles;
    for (Role role : allRoles())
        if (user.hasRole(role))
            roles << DomainLabels::role(role);
    m_userLabel->setText(user.departmentCode.isEmpty()
                             ? tr("Signed in as %1 (%2)").arg(user.username, roles.join(QStringLiteral(", ")))
                             : tr("Signed in as %1 (%2, %3)").arg(user.username, roles.join(QStringLiteral(", ")),
                                                                  user.departmentCode));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idleTimer->stop();
    if (minutes > 0) {
        m_idleTimer->setInterval(minutes * 60 * 1000);
        m_idleTimer->start();
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleTimer->interval() > 0 && !m_locked)
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_ui->centralWidget->hide(); // nothing readable behind the lock; open editors keep their text
    LoginDialog unlock(m_session.context(), this);
    unlock.setObjectName(QStringLiteral("unlockDialog"));
    unlock.lockTo(m_session.user().username);
    while (unlock.exec() != QDialog::Accepted) {
        if (MessageBox::question(this, tr("DanHoi is locked"), tr("Quit DanHoi? Unsaved answers are kept in the "
                                                                   "draft journal and offered again."))
            == QMessageBox::Yes) {
            close();
            return;
        }
    }
    m_ui->centralWidget->show();
    m_locked = false;
    m_idleTimer->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Open answer editors write their text to the draft journal as they close.
    const QList<AnswerEditorDialog*> editors = findChildren<AnswerEditorDialog*>();
    for (AnswerEditorDialog* editor : editors)
        editor->close();
    event->accept();
}

void MainWindow::offerJournalDrafts()
{
    DraftJournal journal(m_session);
    const QList<DraftJournal::Entry> entries = journal.entries();
    const QList<AnswerEditorDialog*> open = findChildren<AnswerEditorDialog*>();
    for (const DraftJournal::Entry& entry : entries) {
        if (std::any_of(open.begin(), open.end(), [&](auto* editor) { return editor->questionId() == entry.questionId; }))
            continue; // the text is in an editor already
        auto details = m_session.questions().details(QString::number(entry.questionId));
        if (!details || !details->availableActions.contains(Action::Draft)) {
            continue;
        }
        const auto answer = MessageBox::question(
            this, tr("Unsaved answer"),
            tr("There is an answer to %1 that was not saved (last typed %2). Open it in the answer editor?")
                .arg(details->question.ref, m_session.formatDateTime(entry.savedAt)),
            QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            continue;
        auto* editor = new AnswerEditorDialog(m_session, details.value(), this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->restoreText(entry.markdown);
        editor->show();
    }
}

} // namespace danhoi
