#include "AccessibilityAudit.h"
#include "GuiFixture.h"

#include "answer/AnswerEditorDialog.h"
#include "answer/ApprovalDialog.h"
#include "answer/MarkdownText.h"
#include "core/Language.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "intake/IntakeDialog.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "publish/PublishDialog.h"
#include "questions/QuestionListWidget.h"
#include "questions/QuestionTableModel.h"
#include "questions/QueueListWidget.h"
#include "routing/RoutingDialog.h"
#include "services/AuthService.h"
#include "setup/SetupDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolBar>

using namespace danhoi;

class TestDesk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstRunSetup();
    void loginFailureAndSuccess();
    void wholeWorkflow();
    void clerkOfAnotherDepartmentSeesNothing();
    void toolBarOffersWhatTheRolesMayDo();

private:
    std::unique_ptr<MainWindow> windowFor(DeskSession& session);
    Status statusOf(Id id);

    test::Desk m_desk;
    Id m_questionId = 0;
};

void TestDesk::initTestCase()
{
    // The desk's default language; DANHOI_SCREENSHOT_LANG=en takes the screenshots in English.
    Language::install(qEnvironmentVariable("DANHOI_SCREENSHOT_LANG", QStringLiteral("vi")));
    QVERIFY(m_desk.open());
}

std::unique_ptr<MainWindow> TestDesk::windowFor(DeskSession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    window->setIdleLockMinutes(0);
    window->resize(1280, 800);
    window->show();
    return window;
}

Status TestDesk::statusOf(Id id)
{
    auto question = QuestionService(m_desk.context, m_desk.coordinator).find(QString::number(id));
    return question ? question->status : Status::Rejected;
}

void TestDesk::firstRunSetup()
{
    QTemporaryDir dir;
    auto opened = DatabaseOpener::open(dir.filePath(QStringLiteral("empty.sqlite")), false);
    QVERIFY(opened);
    ServiceContext context;
    context.db = opened->db;
    QVERIFY(!AdminService::isInitialised(context).value());
    SetupDialog setup(context);
    setup.show();
    auto* table = setup.findChild<QTableWidget*>(QStringLiteral("departmentsTable"));
    // The province's structure since the mergers of 1 March 2025, shipped with the program.
    QCOMPARE(table->rowCount(), 12);
    QStringList offered;
    for (int row = 0; row < table->rowCount(); ++row)
        offered << table->item(row, 1)->text();
    QVERIFY(offered.contains(QStringLiteral("Sở Nông nghiệp và Môi trường")));
    QVERIFY(offered.contains(QStringLiteral("Sở Khoa học và Công nghệ")));
    for (const QString& merged : {QStringLiteral("Lao động"), QStringLiteral("Tài nguyên"),
                                  QStringLiteral("Giao thông"), QStringLiteral("Kế hoạch"),
                                  QStringLiteral("Thông tin và Truyền thông")})
        QVERIFY2(offered.filter(merged).isEmpty(), qPrintable(merged));
    test::screenshot(&setup, QStringLiteral("setup"));
    test::typeText(setup.findChild<QLineEdit*>(QStringLiteral("agencyEdit")), QStringLiteral("UBND tỉnh Nghệ An"));
    test::typeText(setup.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QLatin1String(test::password));
    test::typeText(setup.findChild<QLineEdit*>(QStringLiteral("passwordRepeatEdit")), QStringLiteral("khac-hoan-toan"));
    auto* ok = setup.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(setup.findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY(!AdminService::isInitialised(context).value());
    auto* repeat = setup.findChild<QLineEdit*>(QStringLiteral("passwordRepeatEdit"));
    repeat->clear();
    test::typeText(repeat, QLatin1String(test::password));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(setup.result(), int(QDialog::Accepted));
    QVERIFY(AdminService::isInitialised(context).value());
    auto login = AuthService(context).login(QStringLiteral("admin"), QLatin1String(test::password));
    QVERIFY(login);
    QCOMPARE(AdminService(context, login.value()).departments()->size(), 12);
}

void TestDesk::loginFailureAndSuccess()
{
    LoginDialog login(m_desk.context);
    login.show();
    auto* username = login.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* passwordEdit = login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* ok = login.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    username->clear();
    test::typeText(username, QStringLiteral("dieuphoi"));
    test::typeText(passwordEdit, QStringLiteral("sai-mat-khau"));
    QTest::mouseClick(ok, Qt::LeftButton);
    auto* error = login.findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(login.result(), 0);
    test::typeText(passwordEdit, QLatin1String(test::password));
    QTest::keyClick(passwordEdit, Qt::Key_Return);
    QTRY_COMPARE(login.result(), int(QDialog::Accepted));
    QCOMPARE(login.user().username, QStringLiteral("dieuphoi"));
}

void TestDesk::wholeWorkflow()
{
    const QString typedAnswer = QStringLiteral("Giá vé < 50.000 đồng; trẻ em *dưới* 6 tuổi_miễn phí [xem bảng giá]");
    // Coordinator: intake, then routing.
    {
        DeskSession session(m_desk.context, m_desk.coordinator);
        auto window = windowFor(session);
        QVERIFY(test::triggerAction(window.get(), "actionNewQuestion"));
        IntakeDialog* intake = nullptr;
        QTRY_VERIFY((intake = window->findChild<IntakeDialog*>()));
        test::typeText(intake->findChild<QLineEdit*>(QStringLiteral("askerPhoneEdit")), QStringLiteral("abc"));
        auto* save = intake->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(intake->findChild<QLabel*>(QStringLiteral("titleError"))->isVisible()); // empty title comes first
        test::typeText(intake->findChild<QLineEdit*>(QStringLiteral("titleEdit")),
                         QStringLiteral("Giá vé tham quan <Khu di tích Kim Liên>?"));
        test::typeText(intake->findChild<QPlainTextEdit*>(QStringLiteral("bodyEdit")),
                         QStringLiteral("Xin hỏi giá vé <script>alert(1)</script> bao nhiêu?"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(intake->findChild<QLabel*>(QStringLiteral("askerPhoneError"))->isVisible());
        auto* phone = intake->findChild<QLineEdit*>(QStringLiteral("askerPhoneEdit"));
        phone->clear();
        test::typeText(phone, QStringLiteral("0912 345 678"));
        test::typeText(intake->findChild<QLineEdit*>(QStringLiteral("askerLocalityEdit")), QStringLiteral("Nam Đàn"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(test::auditClippedTexts(intake).isEmpty(), qPrintable(test::auditClippedTexts(intake).join(u'\n')));
        test::screenshot(intake, QStringLiteral("intake"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<IntakeDialog*>());

        QCOMPARE(window->queues()->countOf(Queues::Kind::ToRoute), 1);
        QTRY_VERIFY(window->questionList()->currentQuestionId() != 0);
        m_questionId = window->questionList()->currentQuestionId();
        QCOMPARE(statusOf(m_questionId), Status::Received);

        QVERIFY(test::triggerAction(window.get(), "actionRoute"));
        RoutingDialog* routing = nullptr;
        QTRY_VERIFY((routing = window->findChild<RoutingDialog*>()));
        auto* department = routing->findChild<QComboBox*>(QStringLiteral("departmentCombo"));
        department->lineEdit()->clear();
        test::typeText(department->lineEdit(), QStringLiteral("SVHTTDL"));
        test::screenshot(routing, QStringLiteral("routing"));
        QTest::mouseClick(routing->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<RoutingDialog*>());
        QCOMPARE(statusOf(m_questionId), Status::Assigned);
        QTRY_COMPARE(window->queues()->countOf(Queues::Kind::ToRoute), 0);
    }
    auto writeAndSubmit = [&](const QString& text) {
        DeskSession session(m_desk.context, m_desk.clerk);
        auto window = windowFor(session);
        window->queues()->selectQueue(Queues::Kind::MyDepartment);
        QTRY_COMPARE(window->questionList()->currentQuestionId(), m_questionId);
        QVERIFY(test::triggerAction(window.get(), "actionWriteAnswer"));
        AnswerEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = window->findChild<AnswerEditorDialog*>()));
        auto* edit = editor->findChild<QTextEdit*>(QStringLiteral("answerEdit"));
        edit->moveCursor(QTextCursor::End);
        test::typeText(edit, text);
        test::screenshot(editor, QStringLiteral("answer-editor"));
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(statusOf(m_questionId), Status::Drafting);
        QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("submitButton")), Qt::LeftButton);
        QTRY_COMPARE(statusOf(m_questionId), Status::PendingApproval);
        test::screenshot(window.get(), QStringLiteral("main-clerk"));
    };
    writeAndSubmit(typedAnswer);
    if (QTest::currentTestFailed())
        return;

    auto review = [&](bool approve, const QString& screenshotName) {
        DeskSession session(m_desk.context, m_desk.supervisor);
        auto window = windowFor(session);
        window->queues()->selectQueue(Queues::Kind::AwaitingApproval);
        QTRY_COMPARE(window->questionList()->currentQuestionId(), m_questionId);
        QVERIFY(test::triggerAction(window.get(), "actionReview"));
        ApprovalDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<ApprovalDialog*>()));
        if (!approve) {
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("returnButton")), Qt::LeftButton);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible()); // comment required
            test::typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("commentEdit")),
                             QStringLiteral("Bổ sung căn cứ pháp lý."));
        }
        test::screenshot(dialog, screenshotName);
        QTest::mouseClick(dialog->findChild<QPushButton*>(approve ? QStringLiteral("approveButton")
                                                                  : QStringLiteral("returnButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<ApprovalDialog*>());
    };
    review(false, QStringLiteral("approval-first"));
    QCOMPARE(statusOf(m_questionId), Status::Drafting);
    writeAndSubmit(QStringLiteral(" Căn cứ Quyết định 12/2024."));
    review(true, QStringLiteral("approval"));
    QCOMPARE(statusOf(m_questionId), Status::Approved);

    auto details = QuestionService(m_desk.context, m_desk.coordinator).details(QString::number(m_questionId));
    QVERIFY(details);
    QCOMPARE(details->revisions.size(), 2);
    QCOMPARE(MarkdownText::plainText(details->revisions.first().body).trimmed(), typedAnswer);
    QVERIFY2(details->revisions.first().body.contains(QStringLiteral("\\*dưới\\*")),
             qPrintable(details->revisions.first().body));
    QCOMPARE(MarkdownText::plainText(details->revisions.last().body).trimmed(),
             typedAnswer + QStringLiteral(" Căn cứ Quyết định 12/2024."));

    // A supervisor who wrote the draft may not approve it; the refusal is explained.
    {
        DeskSession coordinatorSession(m_desk.context, m_desk.coordinator);
        auto window = windowFor(coordinatorSession);
        window->queues()->selectQueue(Queues::Kind::ToPublish);
        QTRY_COMPARE(window->questionList()->currentQuestionId(), m_questionId);
        QVERIFY(PublishService(m_desk.context, m_desk.admin)
                    .saveSetting(QStringLiteral("agency.portal_base_url"), QStringLiteral("https://hoidap.nghean.gov.vn")));
        QTemporaryDir portal;
        QVERIFY(test::triggerAction(window.get(), "actionPublish"));
        PublishDialog* publish = nullptr;
        QTRY_VERIFY((publish = window->findChild<PublishDialog*>()));
        FileDialog::setNextAnswer(portal.path());
        QTest::mouseClick(publish->findChild<QPushButton*>(QStringLiteral("chooseFolderButton")), Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(publish->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<PublishDialog*>()); // published on a worker thread, then closed
        QCOMPARE(statusOf(m_questionId), Status::Published);
    }
    {
        DeskSession session(m_desk.context, m_desk.supervisor);
        ActionInput draft;
        draft.text = QStringLiteral("Bản sửa đổi của lãnh đạo"); // an amendment of the published answer
        QVERIFY(session.workflow().perform(QString::number(m_questionId), Action::Draft, draft));
        QVERIFY(session.workflow().perform(QString::number(m_questionId), Action::Submit));
        auto window = windowFor(session);
        window->queues()->selectQueue(Queues::Kind::AwaitingApproval);
        QTRY_COMPARE(window->questionList()->currentQuestionId(), m_questionId);
        auto* review = window->findChild<QAction*>(QStringLiteral("actionReview"));
        if (review->isEnabled()) { // the rules may already hide approval; either way the service refuses it
            review->trigger();
            ApprovalDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = window->findChild<ApprovalDialog*>()));
            MessageBox::clearLastText();
            MessageBox::setNextAnswer(QMessageBox::Ok);
            QVERIFY(!dialog->approve());
            QVERIFY(!MessageBox::lastText().isEmpty());
            dialog->close();
        }
        QCOMPARE(statusOf(m_questionId), Status::PendingApproval);
    }
}

void TestDesk::clerkOfAnotherDepartmentSeesNothing()
{
    QVERIFY(m_questionId);
    DeskSession session(m_desk.context, m_desk.otherClerk);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::All);
    // The question was published by wholeWorkflow: another department sees only its public version.
    QTRY_COMPARE(window->queues()->countOf(Queues::Kind::All), 1);
    QTRY_COMPARE(window->questionList()->currentQuestionId(), m_questionId);
    QVERIFY(!window->findChild<QWidget*>(QStringLiteral("askerGroup"))->isVisible());
    QVERIFY(window->findChild<QLabel*>(QStringLiteral("askerPhoneValue"))->text().isEmpty());
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("actionWriteAnswer"))->isEnabled());
    QCOMPARE(window->queues()->countOf(Queues::Kind::MyDepartment), 0);
}

void TestDesk::toolBarOffersWhatTheRolesMayDo()
{
    // The tool bar as each role sees it: object names of the visible actions, "|" for a visible separator.
    auto bar = [&](const User& user) {
        DeskSession session(m_desk.context, user);
        auto window = windowFor(session);
        QStringList shown;
        for (QAction* action : window->findChild<QToolBar*>(QStringLiteral("mainToolBar"))->actions())
            if (action->isVisible())
                shown << (action->isSeparator() ? QStringLiteral("|") : action->objectName());
        return shown.join(u' ');
    };
    QCOMPARE(bar(m_desk.coordinator), QStringLiteral("actionNewQuestion | actionRoute actionReject actionAssign | "
                                                     "actionPublish | actionRefresh"));
    // No coordinator's step, and no separator before the first button.
    QCOMPARE(bar(m_desk.clerk), QStringLiteral("actionWriteAnswer actionSubmit actionTransferRequest | actionRefresh"));
    QCOMPARE(bar(m_desk.supervisor), QStringLiteral("actionAssign | actionWriteAnswer actionSubmit actionReview "
                                                    "actionTransferRequest | actionRefresh"));
    QCOMPARE(bar(m_desk.admin), QStringLiteral("actionRefresh"));
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
