// Long service work that the desk runs on a worker thread can be cancelled: publishing (nothing published when
// cancelled before the marking; answers published but the folder's bundle untouched when cancelled while the bundle
// is built) and learning the department suggestions (the model in use stays).

#include "ServicesFixture.h"
#include "services/PublishService.h"
#include "services/QuestionService.h"
#include "services/RoutingService.h"
#include "services/WorkflowService.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestCancellation : public QObject
{
    Q_OBJECT

    Agency m_agency;
    User m_coordinator, m_clerk, m_supervisor;

    Question approved(const QString& title)
    {
        auto added = QuestionService(m_agency.context, m_coordinator).add({title, QStringLiteral("Xin hỏi về lễ hội.")});
        if (!added)
            return {};
        const auto step = [&](const User& who, Action action, ActionInput input = {}) {
            auto done = WorkflowService(m_agency.context, who).perform(added->ref, action, input);
            if (!done)
                qWarning("%s", qPrintable(done.error().message));
            return done.ok();
        };
        ActionInput route;
        route.departmentCode = QStringLiteral("SVH");
        ActionInput draft;
        draft.text = QStringLiteral("Lễ hội diễn ra vào tháng Ba.");
        if (!step(m_coordinator, Action::Route, route) || !step(m_clerk, Action::Draft, draft)
            || !step(m_clerk, Action::Submit) || !step(m_supervisor, Action::Approve))
            return {};
        return QuestionService(m_agency.context, m_coordinator).find(added->ref).value();
    }

    Status statusOf(const Question& q)
    {
        return QuestionService(m_agency.context, m_coordinator).find(q.ref).value().status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_agency.open());
        AdminService admin(m_agency.context, m_agency.admin);
        QVERIFY(admin.addDepartment(QStringLiteral("SVH"), QStringLiteral("Sở Văn hóa"), {}).ok());
        QVERIFY(admin.addDepartment(QStringLiteral("SYT"), QStringLiteral("Sở Y tế"), {}).ok());
        m_coordinator = m_agency.addUser(QStringLiteral("dieuphoi"), Role::Coordinator);
        m_clerk = m_agency.addUser(QStringLiteral("chuyenvien"), Role::Clerk, QStringLiteral("SVH"));
        m_supervisor = m_agency.addUser(QStringLiteral("lanhdao"), Role::Supervisor, QStringLiteral("SVH"));
        QVERIFY(PublishService(m_agency.context, m_agency.admin)
                    .saveSetting(QStringLiteral("agency.portal_base_url"), QStringLiteral("https://nghean.gov.vn/dan-hoi"))
                    .ok());
    }

    void publishCancelledBeforeTheMarkingChangesNothing()
    {
        const Question q = approved(QStringLiteral("Lễ hội Làng Sen"));
        QVERIFY(q.id);
        QTemporaryDir out;
        const qint64 events = m_agency.rows(QStringLiteral("audit_events"));
        PublishRequest request;
        request.ids = {q.ref};
        request.outDir = out.filePath(QStringLiteral("portal"));
        request.cancelled = [] { return true; };
        auto result = PublishService(m_agency.context, m_coordinator).publish(request);
        QVERIFY(!result.ok());
        QCOMPARE(statusOf(q), Status::Approved);
        QCOMPARE(m_agency.rows(QStringLiteral("audit_events")), events);
        QVERIFY(!QFileInfo::exists(request.outDir));
    }

    void publishCancelledWhileBuildingKeepsThePreviousBundle()
    {
        QTemporaryDir out;
        const QString folder = out.filePath(QStringLiteral("portal"));
        PublishRequest first;
        first.allApproved = true;
        first.outDir = folder;
        int reports = 0;
        first.progress = [&](int done, int total) {
            QVERIFY(done <= total);
            ++reports;
        };
        auto written = PublishService(m_agency.context, m_coordinator).publish(first);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(written->bundleWritten);
        QCOMPARE(written->items, 1);
        QVERIFY(reports > 0);
        const QByteArray before = [&] {
            QFile feed(QDir(folder).filePath(QStringLiteral("items.json")));
            return feed.open(QIODevice::ReadOnly) ? feed.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());

        // Cancelled once the bundle is being built: the answer is published, the folder keeps the old bundle.
        const Question q = approved(QStringLiteral("Lễ hội đền Cuông"));
        bool building = false;
        PublishRequest second;
        second.ids = {q.ref};
        second.outDir = folder;
        second.progress = [&](int, int) { building = true; };
        second.cancelled = [&] { return building; };
        auto cancelled = PublishService(m_agency.context, m_coordinator).publish(second);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->published, QStringList{q.ref});
        QVERIFY(!cancelled->bundleWritten);
        QCOMPARE(statusOf(q), Status::Published);
        QFile feed(QDir(folder).filePath(QStringLiteral("items.json")));
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QCOMPARE(feed.readAll(), before);

        // Publishing nothing writes the bundle again, now with both.
        PublishRequest again;
        again.outDir = folder;
        auto rewritten = PublishService(m_agency.context, m_coordinator).publish(again);
        QVERIFY(rewritten.ok());
        QVERIFY(rewritten->bundleWritten);
        QCOMPARE(rewritten->items, 2);
    }

    void learningCancelledKeepsTheModel()
    {
        RoutingService routing(m_agency.context, m_coordinator);
        QVERIFY(!routing.isTrained());
        auto refused = routing.train([] { return true; });
        QVERIFY(!refused.ok());
        QVERIFY(!routing.isTrained());
        QList<std::pair<int, int>> reports;
        auto model = routing.train({}, [&](int done, int total) { reports.append({done, total}); });
        QVERIFY(model.ok());
        QCOMPARE(model.value()->exampleCount(), 2); // the two routed questions above
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.last(), std::make_pair(2, 2));
        QVERIFY(!routing.isTrained()); // train() does not touch the service's model …
        routing.adopt(model.value()); // … adopt() does
        QVERIFY(routing.isTrained());
        auto suggestions = routing.suggestText(QStringLiteral("Lễ hội Làng Sen năm nay"));
        QVERIFY(suggestions.ok());
        QVERIFY(!suggestions->isEmpty());
        QCOMPARE(suggestions->first().departmentCode, QStringLiteral("SVH"));
    }
};

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
