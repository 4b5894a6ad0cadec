#include "AccessibilityAudit.h"
#include "GuiFixture.h"

#include "admin/AdminDialog.h"
#include "admin/CalendarAdminWidget.h"
#include "answer/AnswerEditorDialog.h"
#include "answer/ApprovalDialog.h"
#include "common/SuggestionLearner.h"
#include "export/ExportDialog.h"
#include "intake/IntakeDialog.h"
#include "main/MainWindow.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QuestionTableModel.h"
#include "questions/QueueListWidget.h"
#include "routing/RoutingDialog.h"
#include "search/SearchResultModel.h"
#include "services/CalendarService.h"
#include "services/SyntheticData.h"
#include "services/WorkflowService.h"
#include "similar/SimilarQuestionsWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>

using namespace danhoi;

// The desk as its users meet it on a working database (400 synthetic questions of every status, plus an answer
// returned once with a comment), in Vietnamese and in English: the main window at the 1366×768 of an office laptop,
// every dialog at the size it opens with. Nothing shown may be clipped. With DANHOI_SCREENSHOTS set, the pictures of
// the README (docs/screenshots) are taken here.
class TestDeskScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void mainWindowAndHistory_data() { languages(); }
    void mainWindowAndHistory();
    void searchAndSimilar_data() { languages(); }
    void searchAndSimilar();
    void answerEditorAndApproval_data() { languages(); }
    void answerEditorAndApproval();
    void intakeAndRouting_data() { languages(); }
    void intakeAndRouting();
    void exportAndCalendar_data() { languages(); }
    void exportAndCalendar();

private:
    static void languages();
    Id addQuestion(const QString& title, const QString& body);
    bool perform(const User& who, Id id, Action action, const QString& text = {});
    QuestionDetails detailsAs(const User& user, Id id);
    void openMainWindow(MainWindow& window);
    // Takes the picture after checking that no label or button of `widget` shows less than its text.
    void take(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    ServiceContext m_context;
    User m_admin, m_coordinator, m_clerk, m_supervisor;
    Id m_published = 0;
    Id m_returned = 0; // drafting again after the supervisor returned revision 1 with a comment
    Id m_pending = 0;  // revision 2 awaiting approval after revision 1 was returned
    Id m_received = 0; // not routed yet
};

void TestDeskScreenshots::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

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
    m_admin = admin.value();
    auto generated = SyntheticData(m_context, m_admin).generate(400, 7);
    QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
    const auto users = AdminService(m_context, m_admin).users();
    QVERIFY(users);
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
    const QString department = found->first().departmentCode;
    for (const User& user : users.value())
        if (user.active && user.departmentCode == department)
            (user.hasRole(Role::Supervisor) ? m_supervisor : m_clerk) = user;
    QVERIFY(m_clerk.id && m_supervisor.id);

    const QString body = QStringLiteral(
        "Con tôi học lớp 8 ở xã Mường Lống. Gia đình thuộc hộ cận nghèo thì có được miễn, giảm học phí không, "
        "hồ sơ gồm những gì và nộp ở đâu?");
    const QString first = QStringLiteral(
        "Học sinh thuộc hộ cận nghèo được **giảm 50%** học phí. Hồ sơ gồm:\n\n"
        "- đơn đề nghị theo mẫu;\n- giấy chứng nhận hộ cận nghèo.\n\n"
        "Hồ sơ nộp tại trường, xem thêm [Cổng dịch vụ công](https://dichvucong.gov.vn).");
    const QString second = first + QStringLiteral(
        "\n\nCăn cứ Nghị định 81/2021/NĐ-CP; hồ sơ nộp trong 45 ngày kể từ ngày khai giảng.");
    for (Id* id : {&m_returned, &m_pending}) {
        *id = addQuestion(QStringLiteral("Miễn, giảm học phí cho học sinh hộ cận nghèo"), body);
        QVERIFY(*id);
        ActionInput route;
        route.departmentCode = department;
        QVERIFY(WorkflowService(m_context, m_coordinator).perform(QString::number(*id), Action::Route, route).ok());
        QVERIFY(perform(m_clerk, *id, Action::Draft, first));
        QVERIFY(perform(m_clerk, *id, Action::Submit));
        QVERIFY(perform(m_supervisor, *id, Action::Return,
                        QStringLiteral("Bổ sung căn cứ pháp lý và thời hạn nộp hồ sơ.")));
    }
    QVERIFY(perform(m_clerk, m_pending, Action::Draft, second));
    QVERIFY(perform(m_clerk, m_pending, Action::Submit));
    // A day off the government added this year, so the calendar shows a change.
    QVERIFY(CalendarService(m_context, m_admin).setDayOff(QDate(2026, 1, 2), QStringLiteral("Nghỉ thêm sau Tết Dương lịch")));
    m_received = addQuestion(QStringLiteral("Thời gian tiếp nhận hồ sơ cấp phép xây dựng nhà ở riêng lẻ"),
                             QStringLiteral("Xin hỏi Sở Xây dựng tiếp nhận hồ sơ vào những ngày nào trong tuần?"));
    QVERIFY(m_received);
}

void TestDeskScreenshots::init()
{
    QFETCH(QString, language);
    Language::install(language);
}

Id TestDeskScreenshots::addQuestion(const QString& title, const QString& body)
{
    NewQuestion input;
    input.title = title;
    input.body = body;
    input.asker = {QStringLiteral("Lò Văn Pành"), QStringLiteral("xã Mường Lống, huyện Kỳ Sơn"),
                   QStringLiteral("0912 345 678"), {}, {}, {}};
    auto added = QuestionService(m_context, m_coordinator).add(input);
    return added ? added->id : Id(0);
}

bool TestDeskScreenshots::perform(const User& who, Id id, Action action, const QString& text)
{
    ActionInput input;
    (action == Action::Return ? input.reason : input.text) = text;
    auto done = WorkflowService(m_context, who).perform(QString::number(id), action, input);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.ok();
}

QuestionDetails TestDeskScreenshots::detailsAs(const User& user, Id id)
{
    auto details = QuestionService(m_context, user).details(QString::number(id));
    return details ? details.value() : QuestionDetails{};
}

void TestDeskScreenshots::openMainWindow(MainWindow& window)
{
    window.setIdleLockMinutes(0);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window.questionList()->model()->rowCount() > 20);
    QTRY_VERIFY(window.questionDetail()->questionId() != 0);
}

void TestDeskScreenshots::take(QWidget* widget, const QString& name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QStringList clipped = test::auditClippedTexts(widget);
    QVERIFY2(clipped.isEmpty(), qPrintable(name + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
    test::screenshot(widget, name);
}

void TestDeskScreenshots::mainWindowAndHistory()
{
    QFETCH(QString, language);
    DeskSession session(m_context, m_coordinator);
    MainWindow window(session);
    openMainWindow(window);
    take(&window, QStringLiteral("desk-main-coordinator"));

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
        QVERIFY2(!note.contains(QLatin1String("revision=")) && !note.contains(QRegularExpression(QStringLiteral(
                                                                   "\\d{4}-\\d{2}-\\d{2}"))),
                 qPrintable(note));
        revisionNote = revisionNote
            || note.startsWith(language == QLatin1String("en") ? QStringLiteral("revision ") : QStringLiteral("phiên bản "));
    }
    QVERIFY(revisionNote);
    // Who acted is shown by name, the login in the tooltip (the generated staff have names of their own).
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = history->topLevelItem(i);
        QVERIFY2(!item->toolTip(1).isEmpty() && item->text(1) != item->toolTip(1), qPrintable(item->text(1)));
    }
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("clerkValue"))->text(), m_clerk.displayName);
    take(&window, QStringLiteral("desk-history"));
    QTRY_VERIFY(!session.suggestionLearner().isLearning());
}

void TestDeskScreenshots::searchAndSimilar()
{
    DeskSession session(m_context, m_coordinator);
    MainWindow window(session);
    openMainWindow(window);
    window.questionList()->search(QStringLiteral("hoc phi"));
    QTRY_VERIFY(window.questionList()->searchModel()->rowCount() > 0);
    QTRY_VERIFY(window.questionDetail()->questionId() != 0);
    take(&window, QStringLiteral("desk-search"));

    window.questionList()->search({});
    QVERIFY(window.questionList()->selectQuestion(m_received));
    QTRY_COMPARE(window.questionDetail()->questionId(), m_received);
    window.findChild<QSplitter*>(QStringLiteral("listDetailSplitter"))->setSizes({200, 480});
    window.questionDetail()->showSimilar();
    auto* similar = window.findChild<SimilarQuestionsWidget*>(QStringLiteral("similarQuestions"));
    QVERIFY(similar);
    QTRY_VERIFY(!similar->similar().isEmpty());
    take(&window, QStringLiteral("desk-similar"));
    QTRY_VERIFY(!session.suggestionLearner().isLearning());
}

void TestDeskScreenshots::answerEditorAndApproval()
{
    DeskSession clerk(m_context, m_clerk);
    AnswerEditorDialog editor(clerk, detailsAs(m_clerk, m_returned));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.width() <= 1366 && editor.height() <= 700);
    take(&editor, QStringLiteral("desk-answer-editor"));
    editor.hide();

    DeskSession supervisor(m_context, m_supervisor);
    ApprovalDialog approval(supervisor, detailsAs(m_supervisor, m_pending));
    approval.show();
    QVERIFY(QTest::qWaitForWindowExposed(&approval));
    QVERIFY(approval.width() <= 1366 && approval.height() <= 700);
    // The reviewer's comment ends the caption as typed: no full stop added after its own.
    const QString caption = approval.findChild<QLabel*>(QStringLiteral("diffCaption"))->text();
    QVERIFY2(caption.endsWith(QStringLiteral("thời hạn nộp hồ sơ.")), qPrintable(caption));
    take(&approval, QStringLiteral("desk-approval"));
    approval.hide();
}

void TestDeskScreenshots::intakeAndRouting()
{
    QFETCH(QString, language);
    DeskSession session(m_context, m_coordinator);
    IntakeDialog intake(session);
    intake.show();
    QVERIFY(QTest::qWaitForWindowExposed(&intake));
    QVERIFY(intake.width() <= 1366 && intake.height() <= 700);
    test::typeText(intake.findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                   QStringLiteral("Học phí cho học sinh hộ cận nghèo"));
    test::typeText(intake.findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit")),
                   QStringLiteral("Xin hỏi học sinh hộ cận nghèo được giảm học phí bao nhiêu?"));
    test::typeText(intake.findChild<QLineEdit*>(QStringLiteral("askerLocalityEdit")), QStringLiteral("xã Mường Lống"));
    test::typeText(intake.findChild<QLineEdit*>(QStringLiteral("askerPhoneEdit")), QStringLiteral("09123"));
    QTest::mouseClick(intake.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(intake.findChild<QLabel*>(QStringLiteral("askerPhoneError"))->isVisible());
    // Typing on after the message: the message keeps its whole text while the form lays itself out again.
    test::typeText(intake.findChild<QLineEdit*>(QStringLiteral("askerPhoneEdit")), QStringLiteral(" 456"));
    auto* similar = intake.findChild<SimilarQuestionsWidget*>(QStringLiteral("similarQuestions"));
    QTRY_VERIFY(!similar->similar().isEmpty());
    // The similar questions' titles stay readable beside the status and likeness columns.
    auto* similarTree = similar->findChild<QTreeWidget*>(QStringLiteral("similarTree"));
    const int titleChars = similarTree->columnWidth(1) / similarTree->fontMetrics().averageCharWidth();
    QVERIFY2(titleChars >= 15, qPrintable(QStringLiteral("title column %1 characters wide").arg(titleChars)));
    take(&intake, QStringLiteral("desk-intake"));
    intake.hide();

    auto question = QuestionService(m_context, m_coordinator).find(QString::number(m_received));
    QVERIFY(question);
    RoutingDialog routing(session, question.value());
    routing.show();
    QVERIFY(QTest::qWaitForWindowExposed(&routing));
    QTRY_VERIFY(!session.suggestionLearner().isLearning()); // the suggested departments are shown, as a user sees them
    QTest::qWait(100);
    // A suggestion says why: the words its question shares with those routed there before.
    auto* suggestion = routing.findChild<QPushButton*>(QStringLiteral("suggestion0"));
    QVERIFY(suggestion);
    QVERIFY2(suggestion->text().contains(language == QLatin1String("en") ? QStringLiteral("(words in common: ")
                                                                         : QStringLiteral("(từ khóa trùng khớp: ")),
             qPrintable(suggestion->text()));
    take(&routing, QStringLiteral("desk-routing"));
    routing.hide();
    QTRY_VERIFY(!session.suggestionLearner().isLearning());
}

void TestDeskScreenshots::exportAndCalendar()
{
    DeskSession coordinator(m_context, m_coordinator);
    ExportDialog exporter(coordinator);
    exporter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exporter));
    take(&exporter, QStringLiteral("desk-export"));
    exporter.hide();

    DeskSession admin(m_context, m_admin);
    AdminDialog administration(admin);
    administration.show();
    QVERIFY(QTest::qWaitForWindowExposed(&administration));
    QVERIFY(administration.width() <= 1366 && administration.height() <= 700);
    auto* calendar = administration.findChild<CalendarAdminWidget*>(QStringLiteral("calendarAdmin"));
    administration.findChild<QTabWidget*>(QStringLiteral("adminTabs"))->setCurrentWidget(calendar);
    calendar->showYear(2026);
    take(&administration, QStringLiteral("desk-admin-calendar"));
    administration.hide();
}

QTEST_MAIN(TestDeskScreenshots)
#include "tst_desk_screenshots.moc"
