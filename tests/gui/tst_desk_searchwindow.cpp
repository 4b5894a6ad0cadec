// The desk's search when more questions match than a search ranks (SearchService::window): the count line says
// that the best of the newest matches are shown, and says nothing of the kind when every match was ranked.

#include "GuiFixture.h"
#include "main/MainWindow.h"
#include "questions/QuestionListWidget.h"
#include "questions/QueueListWidget.h"
#include "search/SearchResultModel.h"
#include "services/QuestionService.h"
#include "services/SearchService.h"

#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>

using namespace danhoi;

class TestDeskSearchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysWhenOnlyTheNewestWereRanked();

private:
    test::Desk m_desk;
};

void TestDeskSearchWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DanHoiTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_desk_searchwindow"));
    QVERIFY(m_desk.open());
    NewQuestion input;
    input.title = QStringLiteral("Lịch lễ hội Làng Sen");
    input.body = QStringLiteral("Lễ hội Làng Sen năm nay tổ chức vào ngày nào?");
    input.asker.name = QStringLiteral("Nguyễn Văn An");
    auto added = QuestionService(m_desk.context, m_desk.coordinator).add(input);
    QVERIFY(added.ok());
    input.title = QStringLiteral("Giá vé Khu di tích Kim Liên");
    input.body = QStringLiteral("Vé tham quan bao nhiêu tiền?");
    QVERIFY(QuestionService(m_desk.context, m_desk.coordinator).add(input).ok());
    // The same question 2,000 times more, written straight to the table (the workflow's way takes minutes), then
    // the index rebuilt as an administrator would.
    QSqlQuery copy(m_desk.context.db->connection().value());
    QVERIFY2(copy.exec(QStringLiteral(
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                 " INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body, asker_name, status,"
                 " created_at, updated_at) SELECT 'HD-2024-' || printf('%06d', i), 2024, i, q.channel, q.received_at,"
                 " q.title, q.body, q.asker_name, q.status, q.created_at, q.updated_at FROM n, questions q WHERE q.id = %2")
                           .arg(SearchService::window)
                           .arg(added->id)),
             qPrintable(copy.lastError().text()));
    QVERIFY(SearchService(m_desk.context, m_desk.admin).rebuild().ok());
}

void TestDeskSearchWindow::saysWhenOnlyTheNewestWereRanked()
{
    DeskSession session(m_desk.context, m_desk.coordinator);
    MainWindow window(session);
    window.setIdleLockMinutes(0);
    window.resize(1280, 800);
    window.show();
    window.queues()->selectQueue(Queues::Kind::All);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(search && count);
    SearchResultModel* model = window.questionList()->searchModel();
    search->setFocus();
    test::typeText(search, QStringLiteral("lễ hội"));
    QTRY_COMPARE(model->rowCount(), SearchService::maxLimit);
    QTRY_VERIFY(count->text().contains(QStringLiteral("among the newest %1 matches").arg(QLocale().toString(SearchService::window))));
    test::screenshot(&window, QStringLiteral("search-newest"));
    search->clear();
    test::typeText(search, QStringLiteral("kim liên"));
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_VERIFY(count->text().contains(QStringLiteral("best first, within the status and department filters")));
}

QTEST_MAIN(TestDeskSearchWindow)
#include "tst_desk_searchwindow.moc"
