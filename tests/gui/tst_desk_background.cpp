#include "GuiFixture.h"

#include "common/BackgroundWork.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/SuggestionLearner.h"
#include "main/MainWindow.h"
#include "publish/PublishDialog.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "routing/RoutingDialog.h"
#include "services/PublishService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QThread>

using namespace danhoi;

namespace {
// Holds the next worker of one kind at its start until released, and remembers the thread it ran on.
class HeldWorker
{
public:
    explicit HeldWorker(const QString& work)
    {
        setBackgroundWorkHookForTests([this, work](const QString& started) {
            if (started != work)
                return;
            m_thread = QThread::currentThread();
            m_reached = true;
            m_release.acquire();
        });
    }
    ~HeldWorker()
    {
        release();
        setBackgroundWorkHookForTests({});
    }
    bool reached() const { return m_reached; }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_release.release();
        }
    }
    QThread* thread() const { return m_thread; }

private:
    QSemaphore m_release;
    std::atomic_bool m_reached = false;
    std::atomic<QThread*> m_thread = nullptr;
    bool m_released = false;
};

void clickCancel(QProgressDialog* progress)
{
    for (QPushButton* button : progress->findChildren<QPushButton*>())
        QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

// Publishing and learning the department suggestions run on worker threads behind cancellable progress: the
// desk stays usable meanwhile, Cancel leaves things as they were, and the suggestions follow new routing.
class TestDeskBackground : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void publishingRunsOnAWorkerAndCancels();
    void suggestionsLearnedOnAWorkerAndAgain();

private:
    std::unique_ptr<MainWindow> windowFor(DeskSession& session);
    Id record(const QString& title, const QString& body);
    Status statusOf(Id id);
    bool perform(const User& who, Id id, Action action, ActionInput input = {});

    test::Desk m_desk;
    Id m_approved = 0;
};

void TestDeskBackground::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_background"));
    Language::install(QStringLiteral("vi"));
    QVERIFY(m_desk.open());
    QSettings().clear();
    QVERIFY(PublishService(m_desk.context, m_desk.admin)
                .saveSetting(QStringLiteral("agency.portal_base_url"), QStringLiteral("https://hoidap.nghean.gov.vn")));
    ActionInput route;
    route.departmentCode = QStringLiteral("SVHTTDL");
    ActionInput draft;
    draft.text = QStringLiteral("Lễ hội Làng Sen diễn ra từ ngày 19/5.");
    m_approved = record(QStringLiteral("Lễ hội Làng Sen"), QStringLiteral("Lễ hội Làng Sen năm nay có những hoạt động gì?"));
    QVERIFY(perform(m_desk.coordinator, m_approved, Action::Route, route));
    QVERIFY(perform(m_desk.clerk, m_approved, Action::Draft, draft));
    QVERIFY(perform(m_desk.clerk, m_approved, Action::Submit));
    QVERIFY(perform(m_desk.supervisor, m_approved, Action::Approve));
    route.departmentCode = QStringLiteral("SYT");
    QVERIFY(perform(m_desk.coordinator,
                    record(QStringLiteral("Khám bệnh bảo hiểm y tế"), QStringLiteral("Bệnh viện có khám thứ bảy không?")),
                    Action::Route, route));
}

Id TestDeskBackground::record(const QString& title, const QString& body)
{
    auto added = QuestionService(m_desk.context, m_desk.coordinator).add({title, body});
    return added ? added->id : 0;
}

Status TestDeskBackground::statusOf(Id id)
{
    return QuestionService(m_desk.context, m_desk.admin).find(QString::number(id))->status;
}

bool TestDeskBackground::perform(const User& who, Id id, Action action, ActionInput input)
{
    auto done = WorkflowService(m_desk.context, who).perform(QString::number(id), action, input);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.ok();
}

std::unique_ptr<MainWindow> TestDeskBackground::windowFor(DeskSession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    window->setIdleLockMinutes(0);
    window->resize(1280, 800);
    window->show();
    return window;
}

void TestDeskBackground::publishingRunsOnAWorkerAndCancels()
{
    QTemporaryDir portal;
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window->questionList()->selectQuestion(m_approved));
    QTRY_COMPARE(window->questionDetail()->questionId(), m_approved);
    QVERIFY(test::triggerAction(window.get(), "actionPublish"));
    PublishDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<PublishDialog*>()));
    FileDialog::setNextAnswer(portal.path());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFolderButton")), Qt::LeftButton);
    auto* publish = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    {
        HeldWorker held(QStringLiteral("publish"));
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_VERIFY(held.reached());
        QVERIFY(held.thread() && held.thread() != QThread::currentThread()); // not the UI thread
        QProgressDialog* progress = nullptr;
        QTRY_VERIFY((progress = dialog->findChild<QProgressDialog*>(QStringLiteral("publishProgress"))));
        QTRY_VERIFY(progress->isVisible());
        test::screenshot(window.get(), QStringLiteral("publish-progress"));
        clickCancel(progress);
        held.release();
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    }
    QVERIFY(window->findChild<PublishDialog*>());
    QCOMPARE(statusOf(m_approved), Status::Approved); // cancelled before anything was published
    QVERIFY(QDir(portal.path()).isEmpty());

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(publish, Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<PublishDialog*>());
    QCOMPARE(statusOf(m_approved), Status::Published);
    QVERIFY(!QDir(portal.path()).isEmpty());

    // Tools → Write the portal bundle: the same worker, into the remembered folder.
    const QString generation = QFileInfo(portal.path()).symLinkTarget(); // the folder links to the bundle written
    QVERIFY(!generation.isEmpty());
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(test::triggerAction(window.get(), "actionWriteBundle"));
    QTRY_VERIFY(!MessageBox::lastText().isEmpty());
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(portal.path())), qPrintable(MessageBox::lastText()));
    QVERIFY(QFileInfo::exists(QDir(portal.path()).filePath(QStringLiteral("items.json"))));
    QVERIFY(QFileInfo(portal.path()).symLinkTarget() != generation); // a new generation
}

void TestDeskBackground::suggestionsLearnedOnAWorkerAndAgain()
{
    const Id festival = record(QStringLiteral("Lễ hội đền Cuông"), QStringLiteral("Lễ hội đền Cuông có những hoạt động gì?"));
    DeskSession session(m_desk.context, m_desk.coordinator);
    HeldWorker held(QStringLiteral("learn"));
    auto window = windowFor(session); // a coordinator's desk starts learning at once
    QTRY_VERIFY(held.reached());
    QVERIFY(held.thread() != QThread::currentThread());
    window->queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window->questionList()->selectQuestion(festival));
    QTRY_COMPARE(window->questionDetail()->questionId(), festival);
    QVERIFY(test::triggerAction(window.get(), "actionRoute"));
    RoutingDialog* routing = nullptr;
    QTRY_VERIFY((routing = window->findChild<RoutingDialog*>()));
    // The dialog is usable while the suggestions are learned; they appear when ready.
    QVERIFY(routing->findChild<QLabel*>(QStringLiteral("suggestionsLabel"))->isVisible());
    QVERIFY(!routing->findChild<QPushButton*>(QStringLiteral("suggestion0")));
    held.release();
    QPushButton* first = nullptr;
    QTRY_VERIFY((first = routing->findChild<QPushButton*>(QStringLiteral("suggestion0"))));
    QVERIFY2(first->text().startsWith(QStringLiteral("SVHTTDL")), qPrintable(first->text()));
    routing->reject();

    // A new kind of question routed to Health: unknown to the model until it learns again.
    const QString vaccine = QStringLiteral("Lịch tiêm chủng vắc xin sởi cho trẻ em");
    auto suggested = [&] {
        auto list = session.routing().suggestText(vaccine);
        return list && !list->isEmpty() ? list->first().departmentCode : QString();
    };
    QCOMPARE(suggested(), QString());
    ActionInput route;
    route.departmentCode = QStringLiteral("SYT");
    const Id routed = record(QStringLiteral("Tiêm chủng vắc xin"), QStringLiteral("Trạm y tế xã tiêm chủng vắc xin sởi khi nào?"));
    QVERIFY(perform(m_desk.coordinator, routed, Action::Route, route));
    session.notifyQuestionChanged(routed);
    QVERIFY(session.suggestionLearner().isStale());

    // On demand, with progress: cancelled, the model stays as it was …
    QTRY_VERIFY(!session.suggestionLearner().isLearning());
    {
        HeldWorker again(QStringLiteral("learn"));
        QVERIFY(test::triggerAction(window.get(), "actionLearnSuggestions"));
        QTRY_VERIFY(again.reached());
        QProgressDialog* progress = nullptr;
        QTRY_VERIFY((progress = window->findChild<QProgressDialog*>(QStringLiteral("learnProgress"))));
        QTRY_VERIFY(progress->isVisible());
        clickCancel(progress);
        again.release();
        QTRY_VERIFY(!session.suggestionLearner().isLearning());
    }
    QCOMPARE(suggested(), QString());
    QVERIFY(session.suggestionLearner().isStale());
    // … and learned when let run.
    QVERIFY(test::triggerAction(window.get(), "actionLearnSuggestions"));
    QTRY_VERIFY(!session.suggestionLearner().isLearning());
    QCOMPARE(suggested(), QStringLiteral("SYT"));
    QVERIFY(!session.suggestionLearner().isStale());
    QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("3")),
             qPrintable(window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestDeskBackground)
#include "tst_desk_background.moc"
