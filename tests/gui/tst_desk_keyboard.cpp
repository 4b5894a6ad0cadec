#include "AccessibilityAudit.h"
#include "GuiFixture.h"

#include "admin/AdminDialog.h"
#include "admin/CategoryDialog.h"
#include "admin/NewUserDialog.h"
#include "answer/AnswerEditorDialog.h"
#include "answer/ApprovalDialog.h"
#include "answer/RevisionDiffDialog.h"
#include "common/ReasonDialog.h"
#include "common/SuggestionLearner.h"
#include "connection/ConnectionDialog.h"
#include "export/ExportDialog.h"
#include "import/ImportDialog.h"
#include "intake/IntakeDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "publish/PublishDialog.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "routing/AssignDialog.h"
#include "routing/RejectDialog.h"
#include "routing/RoutingDialog.h"
#include "services/PublishService.h"
#include "setup/SetupDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QSpinBox>
#include <QTextEdit>

using namespace danhoi;

// The keyboard and screen-reader audit: the main window of every role and every dialog, each tab shown in turn,
// has a name for every control, Tab reaches every control, no Alt+letter is claimed twice; the standard shortcuts
// (New, Save, Find, Refresh) do what they say, and every toolbar action is also in a menu.
class TestDeskKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindowOfEveryRole_data();
    void mainWindowOfEveryRole();
    void everyDialog_data();
    void everyDialog();
    void standardShortcuts();
    void intakeTabOrderIsWrittenOut();
    void qtOwnWordsInVietnamese();
    void fileDialogInVietnamese();

private:
    // Audits `window` with each tab of each tab widget shown in turn; problems are prefixed with `where`.
    QStringList auditAllTabs(QWidget* window, const QString& where);
    bool perform(const User& who, Id id, Action action, ActionInput input = {});
    QuestionDetails detailsAs(const User& user, Id id);

    test::Desk m_desk;
    Id m_pending = 0;  // two revisions, the second awaiting approval
    Id m_approved = 0; // ready to publish
    Id m_received = 0; // not routed yet
};

void TestDeskKeyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_keyboard"));
    Language::install(QStringLiteral("vi"));
    QVERIFY(m_desk.open());
    QVERIFY(PublishService(m_desk.context, m_desk.admin)
                .saveSetting(QStringLiteral("agency.portal_base_url"), QStringLiteral("https://hoidap.nghean.gov.vn")));
    const auto add = [&](const QString& title) {
        NewQuestion input;
        input.title = title;
        input.body = QStringLiteral("Xin hỏi: %1?").arg(title);
        input.asker = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nam Đàn"), QStringLiteral("0912345678"), {}, {}, {}};
        auto added = QuestionService(m_desk.context, m_desk.coordinator).add(input);
        return added ? added->id : Id(0);
    };
    ActionInput route;
    route.departmentCode = QStringLiteral("SVHTTDL");
    const auto draft = [](const char* text) {
        ActionInput input;
        input.text = QString::fromUtf8(text);
        return input;
    };
    ActionInput comment;
    comment.reason = QStringLiteral("Bổ sung căn cứ pháp lý");
    m_pending = add(QStringLiteral("Lễ hội Làng Sen"));
    QVERIFY(perform(m_desk.coordinator, m_pending, Action::Route, route));
    QVERIFY(perform(m_desk.clerk, m_pending, Action::Draft, draft("Lễ hội diễn ra vào tháng Năm.")));
    QVERIFY(perform(m_desk.clerk, m_pending, Action::Submit));
    QVERIFY(perform(m_desk.supervisor, m_pending, Action::Return, comment));
    QVERIFY(perform(m_desk.clerk, m_pending, Action::Draft, draft("Theo kế hoạch, lễ hội diễn ra từ 19/5.")));
    QVERIFY(perform(m_desk.clerk, m_pending, Action::Submit));
    m_approved = add(QStringLiteral("Du lịch Cửa Lò"));
    QVERIFY(perform(m_desk.coordinator, m_approved, Action::Route, route));
    QVERIFY(perform(m_desk.clerk, m_approved, Action::Draft, draft("Mùa du lịch bắt đầu tháng Tư.")));
    QVERIFY(perform(m_desk.clerk, m_approved, Action::Submit));
    QVERIFY(perform(m_desk.supervisor, m_approved, Action::Approve));
    m_received = add(QStringLiteral("Khám bệnh ngày thứ bảy"));
}

bool TestDeskKeyboard::perform(const User& who, Id id, Action action, ActionInput input)
{
    auto done = WorkflowService(m_desk.context, who).perform(QString::number(id), action, input);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.ok();
}

QuestionDetails TestDeskKeyboard::detailsAs(const User& user, Id id)
{
    auto details = QuestionService(m_desk.context, user).details(QString::number(id));
    return details ? details.value() : QuestionDetails{};
}

QStringList TestDeskKeyboard::auditAllTabs(QWidget* window, const QString& where)
{
    QStringList problems;
    const auto note = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // a page just shown is laid out
        for (const QString& problem :
             test::auditAccessibility(window) + test::auditClippedTexts(window) + test::auditTabOrder(window))
            if (!problems.contains(where + problem))
                problems << where + problem;
    };
    note();
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (!tabs->isTabVisible(i))
                continue;
            tabs->setCurrentIndex(i);
            note();
        }
        tabs->setCurrentIndex(current);
    }
    return problems;
}

void TestDeskKeyboard::mainWindowOfEveryRole_data()
{
    everyDialog_data();
}

void TestDeskKeyboard::mainWindowOfEveryRole()
{
    QFETCH(QString, language);
    Language::install(language);
    QStringList problems;
    for (const User* user : {&m_desk.coordinator, &m_desk.clerk, &m_desk.supervisor, &m_desk.admin}) {
        DeskSession session(m_desk.context, *user);
        MainWindow window(session);
        window.setIdleLockMinutes(0);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.queues()->selectQueue(Queues::Kind::All);
        if (user != &m_desk.admin) {
            QTRY_VERIFY(window.questionList()->selectQuestion(m_pending));
            QTRY_COMPARE(window.questionDetail()->questionId(), m_pending);
        }
        problems += auditAllTabs(&window, QStringLiteral("main window of %1: ").arg(user->username));
        // Toolbar buttons take no Tab focus: what they do must be in a menu too (reachable with Alt+letter).
        QList<QAction*> inMenus;
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
            inMenus += menu->actions();
        for (QToolBar* bar : window.findChildren<QToolBar*>())
            for (QAction* action : bar->actions())
                if (!action->isSeparator() && !inMenus.contains(action))
                    problems << QStringLiteral("toolbar action %1 is in no menu").arg(action->objectName());
        QTRY_VERIFY(!session.suggestionLearner().isLearning());
    }
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

void TestDeskKeyboard::everyDialog_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestDeskKeyboard::everyDialog()
{
    QFETCH(QString, language);
    Language::install(language);
    DeskSession coordinator(m_desk.context, m_desk.coordinator);
    DeskSession clerk(m_desk.context, m_desk.clerk);
    DeskSession supervisor(m_desk.context, m_desk.supervisor);
    DeskSession admin(m_desk.context, m_desk.admin);
    const QuestionDetails pending = detailsAs(m_desk.supervisor, m_pending);
    QCOMPARE(pending.revisions.size(), 2);
    const QuestionDetails received = detailsAs(m_desk.coordinator, m_received);
    const QuestionDetails approved = detailsAs(m_desk.coordinator, m_approved);

    using Make = std::function<QDialog*()>;
    const QList<std::pair<QString, Make>> dialogs = {
        {QStringLiteral("login"), [&] { return new LoginDialog(m_desk.context); }},
        {QStringLiteral("setup"), [&] { return new SetupDialog(m_desk.context); }},
        {QStringLiteral("connection"), [&] { return new ConnectionDialog(m_desk.context.db->path()); }},
        {QStringLiteral("intake"), [&] { return new IntakeDialog(coordinator); }},
        {QStringLiteral("routing"), [&] { return new RoutingDialog(coordinator, received.question); }},
        {QStringLiteral("reject"), [&] { return new RejectDialog(coordinator, received.question); }},
        {QStringLiteral("assign"), [&] { return new AssignDialog(supervisor, pending.question); }},
        {QStringLiteral("answer editor"), [&] { return new AnswerEditorDialog(clerk, detailsAs(m_desk.clerk, m_pending)); }},
        {QStringLiteral("approval"), [&] { return new ApprovalDialog(supervisor, pending); }},
        {QStringLiteral("revision difference"),
         [&] { return new RevisionDiffDialog(pending.revisions.at(0), pending.revisions.at(1)); }},
        {QStringLiteral("publish"), [&] { return new PublishDialog(coordinator, approved.question); }},
        {QStringLiteral("import"), [&] { return new ImportDialog(coordinator); }},
        {QStringLiteral("export"), [&] { return new ExportDialog(coordinator); }},
        {QStringLiteral("reason"),
         [&] { return new ReasonDialog(QStringLiteral("Lý do"), QStringLiteral("Vì sao?")); }},
        {QStringLiteral("administration"), [&] { return new AdminDialog(admin); }},
        {QStringLiteral("new user"), [&] { return new NewUserDialog(admin.departments()); }},
        {QStringLiteral("category"),
         [&] {
             return new CategoryDialog(admin.departments(), admin.categories().value(0),
                                       [](const Category& c) { return Result<Category>(c); });
         }},
    };
    QStringList problems;
    for (const auto& [name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        problems += auditAllTabs(dialog.get(), name + QStringLiteral(": "));
        // An office laptop's 1366×768, less the title bar and the taskbar.
        if (dialog->width() > 1366 || dialog->height() > 700)
            problems << QStringLiteral("%1: %2×%3 does not fit a 1366×768 screen")
                            .arg(name)
                            .arg(dialog->width())
                            .arg(dialog->height());
        // No empty band above the buttons: a dialog of fixed rows is as tall as they are.
        if (auto* buttons = dialog->findChild<QDialogButtonBox*>()) {
            const int top = buttons->mapTo(dialog.get(), QPoint(0, 0)).y();
            int above = 0;
            for (QWidget* widget : dialog->findChildren<QWidget*>()) {
                if (!widget->isVisible() || widget == buttons || buttons->isAncestorOf(widget)
                    || widget->isAncestorOf(buttons))
                    continue;
                const int bottom = widget->mapTo(dialog.get(), QPoint(0, widget->height())).y();
                if (bottom <= top)
                    above = std::max(above, bottom);
            }
            if (top - above > 24)
                problems << QStringLiteral("%1: an empty band of %2 px above the buttons").arg(name).arg(top - above);
        }
        if (auto* intake = qobject_cast<IntakeDialog*>(dialog.get())) {
            // The message beside a field (one at a time: the first field at fault) may not be cut off.
            test::typeText(intake->findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Lễ hội Làng Sen"));
            test::typeText(intake->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit")), QStringLiteral("Khi nào?"));
            test::typeText(intake->findChild<QLineEdit*>(QStringLiteral("askerPhoneEdit")), QStringLiteral("12345"));
            QTest::mouseClick(intake->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QTRY_VERIFY(intake->findChild<QLabel*>(QStringLiteral("askerPhoneError"))->isVisible());
            QTest::qWait(20);
            test::screenshot(intake, QStringLiteral("intake-errors"));
            problems += auditAllTabs(dialog.get(), name + QStringLiteral(" with messages: "));
        }
        dialog->hide();
    }
    QTRY_VERIFY(!coordinator.suggestionLearner().isLearning());
    for (const QString& problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
}

void TestDeskKeyboard::standardShortcuts()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    MainWindow window(session);
    window.setIdleLockMinutes(0);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    const auto action = [&](const char* name) { return window.findChild<QAction*>(QLatin1String(name)); };
    QCOMPARE(action("actionNewQuestion")->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(action("actionFilter")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QCOMPARE(action("actionRefresh")->shortcut(), QKeySequence(QKeySequence::Refresh));

    QSignalSpy refreshed(action("actionRefresh"), &QAction::triggered);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(refreshed.count(), 1);
    // Find is the full-text search, as in a browser or a mail program; the quick filter has its own key.
    const auto focused = [] { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); };
    QTest::keySequence(&window, QKeySequence::Find);
    QTRY_COMPARE(focused(), QStringLiteral("searchEdit"));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QTRY_COMPARE(focused(), QStringLiteral("quickFilterEdit"));
    QTest::keySequence(&window, QKeySequence::New);
    IntakeDialog* intake = nullptr;
    QTRY_VERIFY((intake = window.findChild<IntakeDialog*>()));
    intake->reject();

    // Save in the answer editor writes a revision, also after the language changed while it was open.
    DeskSession clerk(m_desk.context, m_desk.clerk);
    ActionInput returned;
    returned.reason = QStringLiteral("Viết rõ hơn");
    QVERIFY(perform(m_desk.supervisor, m_pending, Action::Return, returned));
    AnswerEditorDialog editor(clerk, detailsAs(m_desk.clerk, m_pending));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QApplication::setActiveWindow(&editor);
    Language::install(QStringLiteral("en"));
    Language::install(QStringLiteral("vi"));
    auto* text = editor.findChild<QTextEdit*>(QStringLiteral("answerEdit"));
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    test::typeText(text, QStringLiteral(" Thêm ngày giờ cụ thể."));
    const int before = int(detailsAs(m_desk.clerk, m_pending).revisions.size());
    QTest::keySequence(&editor, QKeySequence::Save);
    QTRY_COMPARE(int(detailsAs(m_desk.clerk, m_pending).revisions.size()), before + 1);
    QVERIFY(detailsAs(m_desk.clerk, m_pending).revisions.last().body.endsWith(QStringLiteral("Thêm ngày giờ cụ thể.")));
    editor.close();
}

// The form a coordinator fills most, from a letter or on the phone: Tab walks it in this order and no other (the audit
// above only catches steps against the reading order).
void TestDeskKeyboard::intakeTabOrderIsWrittenOut()
{
    DeskSession coordinator(m_desk.context, m_desk.coordinator);
    IntakeDialog intake(coordinator);
    intake.show();
    QVERIFY(QTest::qWaitForWindowExposed(&intake));
    QApplication::setActiveWindow(&intake);
    auto* title = intake.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    title->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), title);
    QStringList walked{title->objectName()};
    for (int step = 0; step < 20; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (QApplication::focusWidget() == title)
            break;
        walked << QApplication::focusWidget()->objectName();
    }
    const QStringList expected = {
        QStringLiteral("titleEdit"),         QStringLiteral("bodyEdit"),
        QStringLiteral("channelCombo"),
        // Day, month, year, hour, minute: Tab goes from one part of the date to the next, as in any date field.
        QStringLiteral("receivedEdit"),      QStringLiteral("receivedEdit"),
        QStringLiteral("receivedEdit"),      QStringLiteral("receivedEdit"),
        QStringLiteral("receivedEdit"),
        QStringLiteral("categoryCombo"),     QStringLiteral("askerNameEdit"),
        QStringLiteral("askerLocalityEdit"), QStringLiteral("askerPhoneEdit"),
        QStringLiteral("askerEmailEdit"),    QStringLiteral("askerAddressEdit"),
        QStringLiteral("askerIdEdit"),       QStringLiteral("recordAnotherCheck"),
        QStringLiteral("saveButton"),        QStringLiteral("cancelButton"),
    };
    QCOMPARE(walked, expected);

    // Once similar questions are found, Tab reaches them between the asker and Save.
    test::typeText(title, QStringLiteral("Lễ hội Làng Sen"));
    auto* similar = intake.findChild<QTreeWidget*>(QStringLiteral("similarTree"));
    QTRY_VERIFY(similar->topLevelItemCount() > 0);
    intake.findChild<QLineEdit*>(QStringLiteral("askerIdEdit"))->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), similar);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("similarAnswerView"));
}

void TestDeskKeyboard::qtOwnWordsInVietnamese()
{
    // A right click in any text field, and the buttons of Qt's input dialogs, speak the desk's language too.
    Language::install(QStringLiteral("vi"));
    QLineEdit line;
    QTextEdit text;
    QSpinBox spin;
    QStringList english;
    const QRegularExpression englishWord(QStringLiteral("\\b(Undo|Redo|Cut|Copy|Paste|Delete|Select|Step)\\b"));
    for (const std::unique_ptr<QMenu>& menu : {std::unique_ptr<QMenu>(line.createStandardContextMenu()),
                                               std::unique_ptr<QMenu>(text.createStandardContextMenu())})
        for (QAction* action : menu->actions())
            if (!action->isSeparator() && QString(action->text()).remove(u'&').contains(englishWord))
                english << action->text();
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral(", "))));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
    QCOMPARE(QCoreApplication::translate("QAbstractSpinBox", "&Step up"), QStringLiteral("Tăn&g lên"));
    Language::install(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QLineEdit", "&Copy"), QStringLiteral("&Copy"));
}

// Export, import and publishing choose their file in Qt's own file dialog (no platform dialog on these desks): its
// labels, buttons, tips and columns speak Vietnamese too.
void TestDeskKeyboard::fileDialogInVietnamese()
{
    Language::install(QStringLiteral("vi"));
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("cau-hoi.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QFileDialog dialog(nullptr, QStringLiteral("Xuất dữ liệu"), folder.path(), QStringLiteral("CSV (*.csv)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setViewMode(QFileDialog::Detail);
    dialog.resize(760, 460);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("lookInLabel"))->text(), QStringLiteral("Tìm trong:"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("fileNameLabel"))->text(), QStringLiteral("&Tên tệp:"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("fileTypeLabel"))->text(), QStringLiteral("Loại tệp:"));
    QCOMPARE(dialog.findChild<QToolButton*>(QStringLiteral("toParentButton"))->toolTip(), QStringLiteral("Thư mục cha"));
    QCOMPARE(dialog.findChild<QToolButton*>(QStringLiteral("newFolderButton"))->toolTip(), QStringLiteral("Tạo thư mục mới"));
    const auto* buttons = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    QCOMPARE(buttons->button(QDialogButtonBox::Save)
                 ? buttons->button(QDialogButtonBox::Save)->text()
                 : buttons->buttons().first()->text(),
             QStringLiteral("&Lưu"));
    const QAbstractItemModel* files = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))->model();
    QStringList columns;
    for (int column = 0; column < files->columnCount(); ++column)
        columns << files->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(columns, (QStringList{QStringLiteral("Tên"), QStringLiteral("Kích thước"), QStringLiteral("Loại"),
                                   QStringLiteral("Ngày sửa đổi")}));
    danhoi::test::screenshot(&dialog, QStringLiteral("file-dialog"));
    Language::install(QStringLiteral("en"));
}

QTEST_MAIN(TestDeskKeyboard)
#include "tst_desk_keyboard.moc"
