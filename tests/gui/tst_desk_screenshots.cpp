#include "GuiFixture.h"

#include "common/SuggestionLearner.h"
#include "main/MainWindow.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QuestionTableModel.h"
#include "questions/QueueListWidget.h"
#include "services/SyntheticData.h"

#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>

using namespace danhoi;

// The desk as a coordinator meets it on a working database (400 synthetic questions of every status): the main
// window with its queues and a published question's history timeline, in Vietnamese and in English, at the
// 1366×768 of an office laptop. With DANHOI_SCREENSHOTS set, the pictures of the README are taken here.
class TestDeskScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindowAndHistory_data();
    void mainWindowAndHistory();

private:
    QTemporaryDir m_dir;
    ServiceContext m_context;
    User m_coordinator;
    Id m_published = 0;
};

void TestDeskScreenshots::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    auto opened = DatabaseOpener::open(m_dir.filePath(QStringLiteral("desk.sqlite")), false);
    QVERIFY(opened);
    m_context.db = opened->db;
    auto admin = AdminService::initialise(m_context, QStringLiteral("UBND tỉnh Nghệ An"), QStringLiteral("admin"),
                                          QLatin1String(test::password));
    QVERIFY(admin);
    auto generated = SyntheticData(m_context, admin.value()).generate(400, 7);
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
    const auto users = AdminService(m_context, admin.value()).users();
    for (const User& user : users.value())
        if (user.hasRole(Role::Coordinator) && user.active)
            m_coordinator = user;
    QVERIFY(m_coordinator.id);
    QuestionQuery published;
    published.statuses = {Status::Published};
    published.limit = 1;
    auto found = QuestionService(m_context, m_coordinator).list(published);
    QVERIFY(found && !found->isEmpty());
    m_published = found->first().id;
}

void TestDeskScreenshots::mainWindowAndHistory_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestDeskScreenshots::mainWindowAndHistory()
{
    QFETCH(QString, language);
    Language::install(language);
    DeskSession session(m_context, m_coordinator);
    MainWindow window(session);
    window.setIdleLockMinutes(0);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window.questionList()->model()->rowCount() > 20);
    QTRY_VERIFY(window.questionDetail()->questionId() != 0);
    test::screenshot(&window, QStringLiteral("desk-main-coordinator"));

    QVERIFY(window.questionList()->selectQuestion(m_published));
    QTRY_COMPARE(window.questionDetail()->questionId(), m_published);
    // The timeline gets the height a reader would drag it to.
    window.findChild<QSplitter*>(QStringLiteral("listDetailSplitter"))->setSizes({200, 480});
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("historyTab")));
    auto* history = window.findChild<QTreeWidget*>(QStringLiteral("historyTree"));
    QVERIFY(history->topLevelItemCount() >= 5); // received, routed, drafted, submitted, approved, published …
    // The notes the services wrote are shown in the reader's language, whoever acted.
    bool revisionNote = false;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QString note = history->topLevelItem(i)->text(4);
        QVERIFY2(!note.contains(QLatin1String("revision=")), qPrintable(note));
        revisionNote = revisionNote
            || note.startsWith(language == QLatin1String("en") ? QStringLiteral("revision ") : QStringLiteral("phiên bản "));
    }
    QVERIFY(revisionNote);
    test::screenshot(&window, QStringLiteral("desk-history"));
    QTRY_VERIFY(!session.suggestionLearner().isLearning());
}

QTEST_MAIN(TestDeskScreenshots)
#include "tst_desk_screenshots.moc"
