#include "GuiFixture.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "core/Language.h"
#include "import/ImportDialog.h"
#include "main/MainWindow.h"
#include "publish/PublishDialog.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "routing/RoutingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace danhoi;

// The coordinator's desk: the main window's layout, routing suggestions, imports and publishing, each driven
// through the main window.
class TestDeskCoordinator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listHasTheLargerShareAndSplitterIsRemembered();
    void routingSuggestsDepartments();
    void importChecksFirstThenWritesAllOrNothing();
    void publishShowsPublicVersionAndKeepsChoices();

private:
    std::unique_ptr<MainWindow> windowFor(DeskSession& session);
    Id record(const QString& title, const QString& body);
    void route(Id id, const QString& department);

    test::Desk m_desk;
    Id m_festival = 0; // received, about a festival: the suggester should name SVHTTDL
};

void TestDeskCoordinator::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_coordinator"));
    Language::install(QStringLiteral("en"));
    QVERIFY(m_desk.open()); // QSettings in the test location from here
    QSettings().clear();
    route(record(QStringLiteral("Lễ hội Làng Sen"), QStringLiteral("Lễ hội Làng Sen có bắn pháo hoa không?")),
          QStringLiteral("SVHTTDL"));
    route(record(QStringLiteral("Du lịch Cửa Lò"), QStringLiteral("Mùa du lịch biển Cửa Lò bắt đầu khi nào?")),
          QStringLiteral("SVHTTDL"));
    route(record(QStringLiteral("Khám bệnh bảo hiểm y tế"),
                 QStringLiteral("Bệnh viện tỉnh có khám bảo hiểm y tế vào thứ bảy không?")),
          QStringLiteral("SYT"));
    m_festival = record(QStringLiteral("Lễ hội du lịch Cửa Lò"),
                        QStringLiteral("Lễ hội du lịch biển Cửa Lò năm nay & có những hoạt động gì?"));
    for (int i = 0; i < 30; ++i)
        record(QStringLiteral("Câu hỏi số %1").arg(i), QStringLiteral("Nội dung câu hỏi số %1 về thủ tục hành chính.").arg(i));
}

Id TestDeskCoordinator::record(const QString& title, const QString& body)
{
    NewQuestion input;
    input.title = title;
    input.body = body;
    input.asker = {QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nam Đàn"), QStringLiteral("0912345678"), {},
                   QStringLiteral("Xóm 3, xã Kim Liên"), {}};
    auto added = QuestionService(m_desk.context, m_desk.coordinator).add(input);
    return added ? added->id : 0;
}

void TestDeskCoordinator::route(Id id, const QString& department)
{
    ActionInput input;
    input.departmentCode = department;
    QVERIFY(WorkflowService(m_desk.context, m_desk.coordinator).perform(QString::number(id), Action::Route, input));
}

std::unique_ptr<MainWindow> TestDeskCoordinator::windowFor(DeskSession& session)
{
    auto window = std::make_unique<MainWindow>(session);
    window->setIdleLockMinutes(0);
    window->resize(1280, 800);
    window->show();
    return window;
}

void TestDeskCoordinator::listHasTheLargerShareAndSplitterIsRemembered()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    QList<int> dragged;
    {
        auto window = windowFor(session);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto* splitter = window->findChild<QSplitter*>(QStringLiteral("listDetailSplitter"));
        QVERIFY(splitter);
        QTRY_VERIFY(splitter->sizes().value(0) > 0);
        QTRY_VERIFY(window->questionDetail()->questionId() != 0);
        test::screenshot(window.get(), QStringLiteral("main-splitter"));
        const QList<int> sizes = splitter->sizes();
        QVERIFY2(sizes.at(0) > sizes.at(1), qPrintable(QStringLiteral("list %1, detail %2").arg(sizes.at(0)).arg(sizes.at(1))));
        // The user drags the handle down: the list grows, and the next window opens that way.
        QSplitterHandle* handle = splitter->handle(1);
        const QPoint from = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, from);
        QTest::mouseMove(handle, from + QPoint(0, 80));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, from + QPoint(0, 80));
        QTRY_VERIFY(splitter->sizes().at(0) > sizes.at(0));
        dragged = splitter->sizes();
    }
    auto window = windowFor(session);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto* splitter = window->findChild<QSplitter*>(QStringLiteral("listDetailSplitter"));
    QTRY_COMPARE(splitter->sizes(), dragged);
}

void TestDeskCoordinator::routingSuggestsDepartments()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window->questionList()->selectQuestion(m_festival));
    QTRY_COMPARE(window->questionDetail()->questionId(), m_festival);
    QVERIFY(test::triggerAction(window.get(), "actionRoute"));
    RoutingDialog* routing = nullptr;
    QTRY_VERIFY((routing = window->findChild<RoutingDialog*>()));
    QPushButton* first = nullptr; // learned on a worker thread
    QTRY_VERIFY((first = routing->findChild<QPushButton*>(QStringLiteral("suggestion0"))));
    QVERIFY(routing->findChild<QLabel*>(QStringLiteral("suggestionsLabel"))->isVisible());
    QVERIFY2(first->text().startsWith(QStringLiteral("SVHTTDL – Sở Văn hóa")), qPrintable(first->text()));
    // With its reasons, said to be words the question shares with those routed there before.
    QVERIFY2(first->text().contains(QStringLiteral("(words in common: ")), qPrintable(first->text()));
    test::screenshot(routing, QStringLiteral("routing-suggestions"));
    auto* department = routing->findChild<QComboBox*>(QStringLiteral("departmentCombo"));
    department->setCurrentIndex(department->findData(QStringLiteral("SYT")));
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(department->currentData().toString(), QStringLiteral("SVHTTDL"));
    QTest::mouseClick(routing->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<RoutingDialog*>());
    auto question = QuestionService(m_desk.context, m_desk.coordinator).find(QString::number(m_festival));
    QVERIFY(question);
    QCOMPARE(question->departmentCode, QStringLiteral("SVHTTDL"));
}

void TestDeskCoordinator::importChecksFirstThenWritesAllOrNothing()
{
    QTemporaryDir files;
    auto write = [&](const char* name, const QString& text) {
        QFile file(files.filePath(QLatin1String(name)));
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return file.fileName();
    };
    const QString valid = write("hop-le.csv",
                                QStringLiteral("title,body,channel,asker_name,asker_phone,external_id\n"
                                               "Giờ mở cửa Bảo tàng Xô Viết,Bảo tàng mở cửa mấy giờ?,portal,Lê Thị Hoa,0987654321,P-1\n"
                                               "<b>Phí</b> đỗ xe ở Cửa Lò,Phí đỗ xe ô tô ở bãi biển là bao nhiêu?,portal,Trần Văn Bình,,P-2\n"));
    const QString invalid = write("loi.csv",
                                  QStringLiteral("title,body,channel,asker_name,external_id\n"
                                                 "Hỏi về học phí,Học phí năm nay thế nào?,portal,Lê Văn Cường,P-3\n"
                                                 "Hỏi qua fax,Nội dung,fax,Lê Văn Cường,P-4\n"));
    auto count = [&] {
        QuestionQuery query;
        query.limit = 1000;
        auto all = QuestionService(m_desk.context, m_desk.coordinator).list(query);
        return all ? all->size() : -1;
    };
    const auto before = count();

    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    // The invalid file: every problem with its line and field; Import is not offered and nothing is written.
    QVERIFY(test::triggerAction(window.get(), "actionImport"));
    ImportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ImportDialog*>()));
    auto* importButton = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    auto* problems = dialog->findChild<QTreeWidget*>(QStringLiteral("problemsView"));
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    FileDialog::setNextAnswer(invalid);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
    QTRY_COMPARE(problems->topLevelItemCount(), 1);
    QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("line 3"));
    QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("channel"));
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY(!importButton->isEnabled());
    test::screenshot(dialog, QStringLiteral("import-problems"));
    QCOMPARE(count(), before);

    // The valid file: previewed as written (markup stays text), then imported with a result message.
    FileDialog::setNextAnswer(valid);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
    QTRY_VERIFY(importButton->isEnabled());
    QCOMPARE(problems->topLevelItemCount(), 0);
    QCOMPARE(preview->rowCount(), 2);
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("<b>Phí</b> đỗ xe ở Cửa Lò"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QLatin1String("2")));
    test::screenshot(dialog, QStringLiteral("import-preview"));
    QSignalSpy finished(dialog, &ImportDialog::finished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(count(), before + 2);
    QTRY_VERIFY(!window->findChild<ImportDialog*>());
}

void TestDeskCoordinator::publishShowsPublicVersionAndKeepsChoices()
{
    QVERIFY(PublishService(m_desk.context, m_desk.admin)
                .saveSetting(QStringLiteral("agency.portal_base_url"), QStringLiteral("https://hoidap.nghean.gov.vn")));
    const Id id = record(QStringLiteral("Đăng ký tour Pù Mát"),
                         QStringLiteral("Tôi ở Xóm 5 Môn Sơn, gọi 0912345678 hoặc viết an@example.com để được tư vấn tour."));
    const QString ref = QString::number(id);
    route(id, QStringLiteral("SVHTTDL"));
    ActionInput draft;
    draft.text = QStringLiteral("Ông liên hệ Ban quản lý Vườn quốc gia Pù Mát.");
    QVERIFY(WorkflowService(m_desk.context, m_desk.clerk).perform(ref, Action::Draft, draft));
    QVERIFY(WorkflowService(m_desk.context, m_desk.clerk).perform(ref, Action::Submit));
    QVERIFY(WorkflowService(m_desk.context, m_desk.supervisor).perform(ref, Action::Approve));

    QTemporaryDir out;
    DeskSession session(m_desk.context, m_desk.coordinator);
    auto window = windowFor(session);
    window->queues()->selectQueue(Queues::Kind::All);
    QTRY_VERIFY(window->questionList()->selectQuestion(id));
    QTRY_COMPARE(window->questionDetail()->questionId(), id);
    QVERIFY(test::triggerAction(window.get(), "actionPublish"));
    PublishDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<PublishDialog*>()));
    auto* original = dialog->findChild<QPlainTextEdit*>(QStringLiteral("originalView"));
    auto* published = dialog->findChild<QPlainTextEdit*>(QStringLiteral("publicView"));
    auto* hits = dialog->findChild<QListWidget*>(QStringLiteral("hitsList"));
    QVERIFY(original->toPlainText().contains(QStringLiteral("0912345678")));
    QVERIFY(!published->toPlainText().contains(QStringLiteral("0912345678")));
    QVERIFY(hits->count() > 0);
    // No choice made yet: the list says so and how to make one, and nothing can be undone.
    auto* choices = dialog->findChild<QListWidget*>(QStringLiteral("manualList"));
    QCOMPARE(choices->count(), 1);
    QCOMPARE(choices->item(0)->flags(), Qt::NoItemFlags);
    QVERIFY2(choices->item(0)->text().contains(QStringLiteral("Hide this text")), qPrintable(choices->item(0)->text()));
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("removeChoiceButton"))->isEnabled());

    // Hide a text the automatic redaction left, keep one it hid: both stored with the question.
    auto* hide = dialog->findChild<QLineEdit*>(QStringLiteral("hideEdit"));
    test::typeText(hide, QStringLiteral("tư vấn"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("hideButton")), Qt::LeftButton);
    QTRY_VERIFY(!published->toPlainText().contains(QStringLiteral("tư vấn")));
    QList<QListWidgetItem*> email = hits->findItems(QStringLiteral("an@example.com"), Qt::MatchStartsWith);
    QVERIFY(!email.isEmpty());
    hits->setCurrentItem(email.first());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("keepButton")), Qt::LeftButton);
    QTRY_VERIFY(published->toPlainText().contains(QStringLiteral("an@example.com")));
    auto stored = PublishService(m_desk.context, m_desk.coordinator).preview(ref);
    QVERIFY(stored);
    QCOMPARE(stored->manual.size(), 2);
    test::screenshot(dialog, QStringLiteral("publish"));

    const QString folder = out.filePath(QStringLiteral("portal"));
    FileDialog::setNextAnswer(folder);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("chooseFolderButton")), Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<PublishDialog*>());
    auto question = QuestionService(m_desk.context, m_desk.coordinator).find(ref);
    QVERIFY(question);
    QCOMPARE(question->status, Status::Published);
    QVERIFY(!QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("publish/folder")).toString(), folder);
}

QTEST_MAIN(TestDeskCoordinator)
#include "tst_desk_coordinator.moc"
