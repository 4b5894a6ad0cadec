#include "GuiFixture.h"

#include "admin/AdminDialog.h"
#include "admin/CalendarAdminWidget.h"
#include "answer/AnswerEditorDialog.h"
#include "answer/DraftJournal.h"
#include "answer/MarkdownText.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "core/Language.h"
#include "export/ExportDialog.h"
#include "intake/IntakeDialog.h"
#include "main/MainWindow.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "routing/RejectDialog.h"
#include "search/SearchResultModel.h"
#include "similar/SimilarQuestionsWidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QTimer>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeWidget>

using namespace danhoi;

// The desk's tools around the workflow: search, similar questions, duplicates, reuse of answers, the draft
// journal, stale edits, language, exports, letters and the working calendar, each driven through the main window.
class TestDeskTools : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void searchAsYouType();
    void similarQuestionMarkedDuplicate();
    void publishedAnswerReusedAsDraft();
    void intakeShowsSimilarWhileTyping();
    void draftJournalOffersTextBack();
    void staleSaveRefusedWithWhoChangedIt();
    void languageSwitchesLive();
    void exportRunsAndWritesFile();
    void letterSaved();
    void calendarDaysSetAndUnset();
    void adminEditsRoles();

private:
    std::unique_ptr<MainWindow> windowFor(DeskSession& session);
    Id record(const QString& title, const QString& body);
    void answerAndPublish(Id id, const QString& answer);
    Status statusOf(Id id);

    test::Desk m_desk;
    Id m_published = 0; // answered and published: "Giá vé tham quan Khu di tích Kim Liên"
    Id m_duplicate = 0; // the same question again, received
    Id m_assigned = 0;  // routed to the clerk's department, no answer yet
};

void TestDeskTools::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_tools"));
    Language::install(QStringLiteral("vi"));
    QVERIFY(m_desk.open());
    m_published = record(QStringLiteral("Giá vé tham quan Khu di tích Kim Liên"),
                         QStringLiteral("Xin hỏi giá vé tham quan Khu di tích Kim Liên năm nay là bao nhiêu?"));
    answerAndPublish(m_published, QStringLiteral("Khu di tích Kim Liên **miễn phí** vé tham quan."));
    m_duplicate = record(QStringLiteral("Giá vé vào Khu di tích Kim Liên"),
                         QStringLiteral("Cho tôi hỏi vé tham quan Khu di tích Kim Liên giá bao nhiêu?"));
    m_assigned = record(QStringLiteral("Vé tham quan Kim Liên cho đoàn học sinh"),
                        QStringLiteral("Đoàn học sinh tham quan Khu di tích Kim Liên có phải mua vé không?"));
    ActionInput route;
    route.departmentCode = QStringLiteral("SVHTTDL");
    QVERIFY(WorkflowService(m_desk.context, m_desk.coordinator).perform(QString::number(m_assigned), Action::Route, route));
    record(QStringLiteral("Lịch lễ hội Làng Sen"), QStringLiteral("Lễ hội Làng Sen năm nay tổ chức vào ngày nào?"));
}

Id TestDeskTools::record(const QString& title, const QString& body)
{
    NewQuestion input;
    input.title = title;
    input.body = body;
    input.asker = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nam Đàn"), QStringLiteral("0912345678"), {},
                   QStringLiteral("Xóm 3, xã Kim Liên"), {}};
    auto added = QuestionService(m_desk.context, m_desk.coordinator).add(input);
    return added ? added->id : 0;
}

void TestDeskTools::answerAndPublish(Id id, const QString& answer)
{
    const QString ref = QString::number(id);
    ActionInput route;
    route.departmentCode = QStringLiteral("SVHTTDL");
    QVERIFY(WorkflowService(m_desk.context, m_desk.coordinator).perform(ref, Action::Route, route));
    ActionInput draft;
    draft.text = answer;
    QVERIFY(WorkflowService(m_desk.context, m_desk.clerk).perform(ref, Action::Draft, draft));
    QVERIFY(WorkflowService(m_desk.context, m_desk.clerk).perform(ref, Action::Submit));
    QVERIFY(WorkflowService(m_desk.context, m_desk.supervisor).perform(ref, Action::Approve));
    QVERIFY(WorkflowService(m_desk.context, m_desk.coordinator).perform(ref, Action::Publish));
}

std::unique_ptr<MainWindow> TestDeskTools::windowFor(DeskSession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    window->setIdleLockMinutes(0);
    window->resize(1280, 800);
    window->show();
    return window;
}

Status TestDeskTools::statusOf(Id id)
{
    auto question = QuestionService(m_desk.context, m_desk.coordinator).find(QString::number(id));
    return question ? question->status : Status::Rejected;
}

void TestDeskTools::searchAsYouType()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::All);
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* results = window->findChild<QTableView*>(QStringLiteral("searchResultsView"));
    auto* table = window->findChild<QTableView*>(QStringLiteral("questionTable"));
    QVERIFY(search && results && table);
    search->setFocus();
    test::typeText(search, QStringLiteral("le hoi")); // no accents typed; found all the same
    QTRY_VERIFY(results->isVisible());
    QVERIFY(!table->isVisible());
    SearchResultModel* model = window->questionList()->searchModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, SearchResultModel::TitleColumn).data().toString(), QStringLiteral("Lịch lễ hội Làng Sen"));
    QVERIFY(model->index(0, SearchResultModel::SnippetColumn).data(SearchResultModel::SnippetHtmlRole).toString()
                .contains(QStringLiteral("background-color")));
    QTRY_COMPARE(window->questionDetail()->details().question.title, QStringLiteral("Lịch lễ hội Làng Sen"));
    test::screenshot(window.get(), QStringLiteral("search"));

    // The status filter narrows the search: nothing about "lễ hội" is published.
    search->clear();
    test::typeText(search, QStringLiteral("Kim Liên"));
    QTRY_COMPARE(model->rowCount(), 3);
    auto* status = window->findChild<QComboBox*>(QStringLiteral("statusFilterCombo"));
    status->setCurrentIndex(status->findData(int(Status::Published)));
    emit status->activated(status->currentIndex());
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(window->questionList()->currentQuestionId(), m_published);

    search->clear();
    QTRY_VERIFY(table->isVisible());
    QVERIFY(!results->isVisible());
}

void TestDeskTools::similarQuestionMarkedDuplicate()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::ToRoute);
    QTRY_VERIFY(window->questionList()->selectQuestion(m_duplicate));
    QTRY_COMPARE(window->questionDetail()->questionId(), m_duplicate);
    window->questionDetail()->showSimilar();
    auto* similar = window->findChild<SimilarQuestionsWidget*>(QStringLiteral("similarQuestions"));
    QVERIFY(similar);
    QTRY_VERIFY(!similar->similar().isEmpty());
    QCOMPARE(similar->similar().first().id, m_published); // answered first
    QVERIFY(similar->similar().first().answered);
    QVERIFY(similar->chosenAnswer().contains(QStringLiteral("miễn phí")));
    auto* answerView = similar->findChild<QTextBrowser*>(QStringLiteral("similarAnswerView"));
    QVERIFY(answerView->toPlainText().contains(QStringLiteral("miễn phí")));
    test::screenshot(window.get(), QStringLiteral("similar"));
    auto* duplicate = similar->findChild<QPushButton*>(QStringLiteral("duplicateButton"));
    QVERIFY(duplicate->isEnabled());
    QTest::mouseClick(duplicate, Qt::LeftButton);
    RejectDialog* reject = nullptr;
    QTRY_VERIFY((reject = window->findChild<RejectDialog*>()));
    QCOMPARE(reject->findChild<QLineEdit*>(QStringLiteral("duplicateEdit"))->text(),
             similar->similar().first().ref);
    QTest::mouseClick(reject->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(statusOf(m_duplicate), Status::Rejected);
    auto question = QuestionService(m_desk.context, m_desk.coordinator).find(QString::number(m_duplicate));
    QVERIFY(question);
    QCOMPARE(question->duplicateOfId, std::optional<Id>(m_published));
}

void TestDeskTools::publishedAnswerReusedAsDraft()
{
    DeskSession session(m_desk.context, m_desk.clerk);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::MyDepartment);
    QTRY_VERIFY(window->questionList()->selectQuestion(m_assigned));
    QTRY_COMPARE(window->questionDetail()->questionId(), m_assigned);
    window->questionDetail()->showSimilar();
    auto* similar = window->findChild<SimilarQuestionsWidget*>(QStringLiteral("similarQuestions"));
    QTRY_VERIFY(!similar->similar().isEmpty());
    QCOMPARE(similar->similar().first().id, m_published);
    auto* duplicate = similar->findChild<QPushButton*>(QStringLiteral("duplicateButton"));
    QVERIFY(!duplicate->isEnabled()); // a clerk does not reject
    auto* reuse = similar->findChild<QPushButton*>(QStringLiteral("reuseAnswerButton"));
    QVERIFY(reuse->isEnabled());
    QTest::mouseClick(reuse, Qt::LeftButton);
    AnswerEditorDialog* editor = nullptr;
    QTRY_VERIFY((editor = window->findChild<AnswerEditorDialog*>()));
    QCOMPARE(editor->questionId(), m_assigned);
    QVERIFY2(MarkdownText::plainText(editor->markdown()).contains(QStringLiteral("miễn phí")), qPrintable(editor->markdown()));
    QVERIFY(editor->markdown().contains(QStringLiteral("**miễn phí**")));
    QVERIFY(editor->saveRevision());
    QCOMPARE(statusOf(m_assigned), Status::Drafting);
    editor->close();
}

void TestDeskTools::intakeShowsSimilarWhileTyping()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    QVERIFY(test::triggerAction(window.get(), "actionNewQuestion"));
    IntakeDialog* intake = nullptr;
    QTRY_VERIFY((intake = window->findChild<IntakeDialog*>()));
    test::typeText(intake->findChild<QLineEdit*>(QStringLiteral("titleEdit")), QStringLiteral("Vé Khu di tích Kim Liên"));
    auto* similar = intake->findChild<SimilarQuestionsWidget*>(QStringLiteral("similarQuestions"));
    QTRY_VERIFY(!similar->similar().isEmpty());
    QCOMPARE(similar->similar().first().id, m_published);
    QVERIFY(!similar->findChild<QPushButton*>(QStringLiteral("duplicateButton"))->isVisible());
    test::screenshot(intake, QStringLiteral("intake-similar"));
    intake->reject();
}

void TestDeskTools::draftJournalOffersTextBack()
{
    const QString typed = QStringLiteral("Đoàn học sinh được miễn vé <khi có công văn>");
    const Id id = m_assigned;
    {
        DeskSession session(m_desk.context, m_desk.clerk);
        DraftJournal(session).remove(id);
        auto window = windowFor(session);
        window->queues()->selectQueue(Queues::Kind::MyDepartment);
        QTRY_VERIFY(window->questionList()->selectQuestion(id));
        QTRY_COMPARE(window->questionDetail()->questionId(), id);
        QVERIFY(test::triggerAction(window.get(), "actionWriteAnswer"));
        AnswerEditorDialog* editor = nullptr;
        QTRY_VERIFY((editor = window->findChild<AnswerEditorDialog*>()));
        auto* edit = editor->findChild<QTextEdit*>(QStringLiteral("answerEdit"));
        edit->moveCursor(QTextCursor::End);
        test::typeText(edit, typed);
        // The autosave timer writes the journal; then the editor dies without a close event (as in a crash).
        QTRY_VERIFY_WITH_TIMEOUT(DraftJournal(session).entry(id).has_value(), AnswerEditorDialog::autosaveMilliseconds * 3);
        // When it was kept, in the agency's time like every other time on the desk (it showed the computer's clock).
        const QString note = editor->findChild<QLabel*>(QStringLiteral("journalLabel"))->text();
        const QRegularExpressionMatch when = QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")).match(note);
        QVERIFY2(when.hasMatch(), qPrintable(note));
        const QDateTime kept = QDateTime::fromString(when.captured(), QStringLiteral("dd/MM/yyyy HH:mm"));
        QDateTime agencyNow = session.agencyTime().toAgency(m_desk.context.clock->now());
        agencyNow = QDateTime(agencyNow.date(), agencyNow.time()); // compared as wall-clock readings
        QVERIFY2(qAbs(kept.secsTo(agencyNow)) <= 120, qPrintable(note));
        delete editor;
    }
    DeskSession session(m_desk.context, m_desk.clerk);
    QVERIFY(DraftJournal(session).entry(id));
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes); // "open the unsaved answer?"
    auto window = windowFor(session);
    AnswerEditorDialog* editor = nullptr;
    QTRY_VERIFY((editor = window->findChild<AnswerEditorDialog*>()));
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(editor->questionId(), id);
    QVERIFY2(MarkdownText::plainText(editor->markdown()).contains(typed), qPrintable(editor->markdown()));
    QVERIFY(editor->saveRevision());
    QVERIFY(!DraftJournal(session).entry(id)); // saved: the journal forgets it
    editor->close();
}

void TestDeskTools::staleSaveRefusedWithWhoChangedIt()
{
    const Id id = m_assigned;
    DeskSession clerkSession(m_desk.context, m_desk.clerk);
    DeskSession supervisorSession(m_desk.context, m_desk.supervisor);
    auto clerkWindow = windowFor(clerkSession);
    auto supervisorWindow = windowFor(supervisorSession);
    QTest::qWait(0); // the windows look for unsaved answers now, before the editors below write any
    auto openEditor = [&](MainWindow* window) -> AnswerEditorDialog* {
        window->queues()->selectQueue(Queues::Kind::MyDepartment);
        if (!window->questionList()->selectQuestion(id))
            return nullptr;
        window->questionDetail()->showQuestion(id);
        if (!test::triggerAction(window, "actionWriteAnswer"))
            return nullptr;
        return window->findChild<AnswerEditorDialog*>();
    };
    AnswerEditorDialog* clerkEditor = openEditor(clerkWindow.get());
    AnswerEditorDialog* supervisorEditor = openEditor(supervisorWindow.get());
    QVERIFY(clerkEditor && supervisorEditor);
    test::typeText(clerkEditor->findChild<QTextEdit*>(QStringLiteral("answerEdit")), QStringLiteral(" Bản của chuyên viên."));
    test::typeText(supervisorEditor->findChild<QTextEdit*>(QStringLiteral("answerEdit")), QStringLiteral(" Bản của lãnh đạo."));
    QVERIFY(clerkEditor->saveRevision());
    QVERIFY(!supervisorEditor->saveRevision()); // the second save is refused
    auto* error = supervisorEditor->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("chuyenvien")), qPrintable(error->text()));
    test::screenshot(supervisorEditor, QStringLiteral("stale-edit"));
    // The view reloaded: the supervisor's text is still there, and saving now succeeds on the new version.
    QVERIFY(supervisorEditor->markdown().contains(QStringLiteral("Bản của lãnh đạo.")));
    QVERIFY(supervisorEditor->saveRevision());
    auto details = QuestionService(m_desk.context, m_desk.clerk).details(QString::number(id));
    QVERIFY(details);
    QVERIFY(details->revisions.last().body.contains(QStringLiteral("Bản của lãnh đạo.")));
    clerkEditor->close();
    supervisorEditor->close();
}

void TestDeskTools::languageSwitchesLive()
{
    Language::install(QStringLiteral("vi"));
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    auto* newQuestion = window->findChild<QAction*>(QStringLiteral("actionNewQuestion"));
    const QString vietnamese = newQuestion->text();
    QVERIFY2(vietnamese != QStringLiteral("&New question…"), qPrintable(vietnamese));
    QVERIFY(test::triggerAction(window.get(), "actionLanguageEnglish"));
    QTRY_COMPARE(newQuestion->text(), QStringLiteral("&New question…"));
    QCOMPARE(Language::current(), QStringLiteral("en"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    auto* queues = window->queues();
    const Queues::Kind first = Queues::forUser(m_desk.coordinator).first();
    QTRY_VERIFY2(queues->item(0)->text().startsWith(Queues::label(first)), qPrintable(queues->item(0)->text()));
    test::screenshot(window.get(), QStringLiteral("main-english"));
    QVERIFY(test::triggerAction(window.get(), "actionLanguageVietnamese"));
    QTRY_COMPARE(newQuestion->text(), vietnamese);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("vi"));
    QSettings().remove(QStringLiteral("language"));
}

void TestDeskTools::exportRunsAndWritesFile()
{
    QTemporaryDir out;
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    QVERIFY(test::triggerAction(window.get(), "actionExport"));
    ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ExportDialog*>()));
    auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    file->clear();
    const QString path = out.filePath(QStringLiteral("bao-cao.csv"));
    test::typeText(file, path);
    test::screenshot(dialog, QStringLiteral("export"));
    QSignalSpy finished(dialog, &ExportDialog::finished);
    MessageBox::setNextAnswer(QMessageBox::Ok); // "n questions written"
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(QFile::exists(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(QStringLiteral("Kim Liên")));
}

void TestDeskTools::letterSaved()
{
    QTemporaryDir out;
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window->questionList()->selectQuestion(m_published));
    QTRY_COMPARE(window->questionDetail()->questionId(), m_published);
    const QString path = out.filePath(QStringLiteral("cong-van.pdf"));
    FileDialog::setNextAnswer(path);
    MessageBox::clearLastText();
    QVERIFY(test::triggerAction(window.get(), "actionSaveLetter"));
    QVERIFY2(QFile::exists(path), qPrintable(MessageBox::lastText()));
    QVERIFY(QFileInfo(path).size() > 1000);
    // A question without an approved answer offers no letter.
    QVERIFY(window->questionList()->selectQuestion(m_assigned));
    QTRY_COMPARE(window->questionDetail()->questionId(), m_assigned);
    QVERIFY(!window->findChild<QAction*>(QStringLiteral("actionSaveLetter"))->isEnabled());
}

void TestDeskTools::calendarDaysSetAndUnset()
{
    DeskSession session(m_desk.context, m_desk.admin);
    AdminDialog admin(session);
    admin.resize(1000, 640);
    admin.show();
    auto* tabs = admin.findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    auto* calendar = admin.findChild<CalendarAdminWidget*>(QStringLiteral("calendarAdmin"));
    QVERIFY(calendar);
    tabs->setCurrentWidget(calendar);
    calendar->showYear(2026);
    auto* holidays = calendar->findChild<QTreeWidget*>(QStringLiteral("holidaysTree"));
    auto* changes = calendar->findChild<QTreeWidget*>(QStringLiteral("changesTree"));
    QVERIFY(holidays->topLevelItemCount() >= 11); // Tết, Giỗ Tổ, 30/4, 1/5, 2/9 and the day next to it, …
    const int before = holidays->topLevelItemCount();
    QCOMPARE(changes->topLevelItemCount(), 0);
    auto* day = calendar->findChild<QDateEdit*>(QStringLiteral("dayEdit"));
    day->setDate(QDate(2026, 1, 2));
    auto* note = calendar->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
    test::typeText(note, QStringLiteral("Nghỉ thêm sau Tết Dương lịch"));
    QTest::mouseClick(calendar->findChild<QPushButton*>(QStringLiteral("setDayButton")), Qt::LeftButton);
    QTRY_COMPARE(changes->topLevelItemCount(), 1);
    QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("Nghỉ thêm sau Tết Dương lịch"));
    QCOMPARE(holidays->topLevelItemCount(), before + 1);
    QVERIFY(!m_desk.context.calendar.isWorkingDay(QDate(2026, 1, 2)));
    // Every column in sight, "Changed by" too, at the size the screen opens with.
    admin.resize(900, 600); // as it opens
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTRY_COMPARE(changes->horizontalScrollBar()->maximum(), 0);
    QVERIFY(changes->header()->sectionSize(3) >= changes->header()->sectionSizeHint(3));
    test::screenshot(&admin, QStringLiteral("admin-calendar"));

    // A Saturday worked in exchange.
    day->setDate(QDate(2026, 1, 10));
    auto* kind = calendar->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(1);
    note->clear();
    test::typeText(note, QStringLiteral("Làm bù cho ngày 02/01"));
    QTest::mouseClick(calendar->findChild<QPushButton*>(QStringLiteral("setDayButton")), Qt::LeftButton);
    QTRY_COMPARE(changes->topLevelItemCount(), 2);
    QVERIFY(m_desk.context.calendar.isWorkingDay(QDate(2026, 1, 10)));

    changes->setCurrentItem(changes->topLevelItem(0));
    QTest::mouseClick(calendar->findChild<QPushButton*>(QStringLiteral("unsetDayButton")), Qt::LeftButton);
    QTRY_COMPARE(changes->topLevelItemCount(), 1);
    QVERIFY(m_desk.context.calendar.isWorkingDay(QDate(2026, 1, 2)));

    // Refused by the service, shown in the screen.
    day->setDate(QDate(2026, 2, 3));
    kind->setCurrentIndex(0);
    note->clear();
    QVERIFY(!calendar->setDay()); // a day off needs a name
    QVERIFY(calendar->findChild<QLabel*>(QStringLiteral("calendarErrorLabel"))->isVisible());
}

void TestDeskTools::adminEditsRoles()
{
    DeskSession session(m_desk.context, m_desk.admin);
    AdminDialog admin(session);
    admin.show();
    auto* users = admin.findChild<QTableWidget*>(QStringLiteral("usersTable"));
    QVERIFY(users);
    // The name takes the room left, not the yes/no of the last column; a department is named, not only coded.
    QVERIFY(users->columnWidth(1) > users->columnWidth(4));
    bool departmentNamed = false;
    for (int r = 0; r < users->rowCount(); ++r)
        departmentNamed = departmentNamed
            || users->item(r, 3)->text() == QStringLiteral("SYT – Sở Y tế");
    QVERIFY(departmentNamed);
    int row = -1;
    for (int r = 0; r < users->rowCount(); ++r)
        if (users->item(r, 0)->text() == m_desk.otherClerk.username)
            row = r;
    QVERIFY(row >= 0);
    users->setCurrentCell(row, 0);
    bool edited = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->isEnabled());
        auto* supervisor = dialog->findChild<QCheckBox*>(QStringLiteral("role_supervisor"));
        QVERIFY(supervisor && !supervisor->isChecked());
        supervisor->setChecked(true);
        edited = true;
        dialog->accept();
    });
    QTest::mouseClick(admin.findChild<QPushButton*>(QStringLiteral("editUserButton")), Qt::LeftButton);
    QTRY_VERIFY(edited);
    User stored;
    const auto all = AdminService(m_desk.context, m_desk.admin).users();
    QVERIFY(all.ok());
    for (const User& user : all.value())
        if (user.username == m_desk.otherClerk.username)
            stored = user;
    QVERIFY(stored.hasRole(Role::Supervisor));
    QVERIFY(stored.hasRole(Role::Clerk));
    QCOMPARE(stored.departmentId, m_desk.otherClerk.departmentId);
}

QTEST_MAIN(TestDeskTools)
#include "tst_desk_tools.moc"
