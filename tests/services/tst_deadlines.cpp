// Deadlines through the services: routing's default due date skips the holidays and the yearly table; the
// due-soon window (≤ 2 working days) and the overdue filter select the right open questions.

#include "ServicesFixture.h"
#include "services/CalendarService.h"
#include "services/QuestionService.h"
#include "services/WorkflowService.h"

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestDeadlines : public QObject
{
    Q_OBJECT

    Agency m_agency;
    User m_coordinator;

    Question routed(const QString& title, std::optional<QDate> due)
    {
        auto added = QuestionService(m_agency.context, m_coordinator).add({title, QStringLiteral("Nội dung.")});
        if (!added) {
            qWarning("add: %s", qPrintable(added.error().message));
            return {};
        }
        ActionInput input;
        input.departmentCode = QStringLiteral("SVH");
        input.dueDate = due;
        auto done = WorkflowService(m_agency.context, m_coordinator).perform(added->ref, Action::Route, input);
        if (!done)
            qWarning("route: %s", qPrintable(done.error().message));
        return done.ok() ? done.value() : Question();
    }

private slots:
    void initTestCase()
    {
        m_agency.clock->set(QDateTime(QDate(2025, 4, 28), QTime(2, 0), Qt::UTC)); // Monday 09:00 in Hanoi
        QVERIFY(m_agency.open());
        QVERIFY(AdminService(m_agency.context, m_agency.admin).addDepartment(QStringLiteral("SVH"), QStringLiteral("Sở Văn hóa"), {}).ok());
        m_coordinator = m_agency.addUser(QStringLiteral("dieuphoi"), Roles(Role::Coordinator));
        QVERIFY(m_coordinator.id != 0);
    }

    void routingSkipsHolidaysAndTheTable()
    {
        // 10 working days from Mon 28/04/2025: 30/04 and 01/05 are holidays → Wed 14/05.
        QCOMPARE(routed(QStringLiteral("Mặc định"), std::nullopt).dueDate.value_or(QDate()), QDate(2025, 5, 14));
        QVERIFY(CalendarService(m_agency.context, m_agency.admin).setDayOff(QDate(2025, 5, 2), QStringLiteral("Nghỉ")).ok());
        QCOMPARE(routed(QStringLiteral("Với ngày nghỉ thêm"), std::nullopt).dueDate.value_or(QDate()), QDate(2025, 5, 15));
        QVERIFY(CalendarService(m_agency.context, m_agency.admin).unset(QDate(2025, 5, 2)).ok());
        QVERIFY(!CalendarService(m_agency.context, m_coordinator).setDayOff(QDate(2025, 5, 2), QStringLiteral("x")).ok());
    }

    void dueSoonAndOverdue()
    {
        auto window = CalendarService::dueSoon(m_agency.context);
        QVERIFY(window.ok());
        QCOMPARE(window->first, QDate(2025, 4, 28));
        QCOMPARE(window->second, QDate(2025, 5, 2)); // 29/04, then 30/04–01/05 off, then 02/05
        const Question today = routed(QStringLiteral("Hạn hôm nay"), QDate(2025, 4, 28));
        const Question friday = routed(QStringLiteral("Hạn thứ Sáu"), QDate(2025, 5, 2));
        const Question later = routed(QStringLiteral("Hạn tuần sau"), QDate(2025, 5, 5));
        QuestionQuery soon;
        soon.dueBetween = window.value();
        auto list = QuestionService(m_agency.context, m_coordinator).list(soon);
        QVERIFY(list.ok());
        QList<qint64> ids;
        for (const Question& q : list.value())
            ids.append(q.id);
        QVERIFY(ids.contains(today.id));
        QVERIFY(ids.contains(friday.id));
        QVERIFY(!ids.contains(later.id));
        QCOMPARE(QuestionService(m_agency.context, m_coordinator).count(soon).value(), qint64(ids.size()));

        // A week on, all three are overdue and no longer due soon.
        m_agency.clock->set(QDateTime(QDate(2025, 5, 6), QTime(2, 0), Qt::UTC));
        QuestionQuery overdue;
        overdue.overdueAsOf = QDate(2025, 5, 6);
        auto late = QuestionService(m_agency.context, m_coordinator).list(overdue);
        QVERIFY(late.ok());
        QCOMPARE(late->size(), 3); // 05/05 too
        window = CalendarService::dueSoon(m_agency.context);
        QCOMPARE(window->second, QDate(2025, 5, 8));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
