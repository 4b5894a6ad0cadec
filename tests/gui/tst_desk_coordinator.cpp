#include "GuiFixture.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "core/Language.h"
#include "main/MainWindow.h"
#include "questions/QuestionDetailWidget.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "routing/RoutingDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>

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
    auto* first = routing->findChild<QPushButton*>(QStringLiteral("suggestion0"));
    QVERIFY(first);
    QVERIFY(routing->findChild<QLabel*>(QStringLiteral("suggestionsLabel"))->isVisible());
    QVERIFY2(first->text().startsWith(QStringLiteral("SVHTTDL – Sở Văn hóa")), qPrintable(first->text()));
    QVERIFY2(first->text().contains(QLatin1Char('(')), qPrintable(first->text())); // with its reasons
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

QTEST_MAIN(TestDeskCoordinator)
#include "tst_desk_coordinator.moc"
