// Other departments search a published question as the public sees it: a phone number, an address or a name the
// portal hides does not make it match (no oracle for hidden words), while its own department still finds it by
// them; manual choices and the redaction settings re-index it at once.

#include "SearchFixture.h"
#include "services/PublishService.h"

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestPublicSearch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        f = SearchFixture();
        QVERIFY(f.open());
        m_question = f.add(QStringLiteral("Lễ hội đền Cuông"),
                           QStringLiteral("Tôi là Trần Thị Bình, số điện thoại 0912 345 678, trú tại số 56 đường Lê Lợi. "
                                          "Lễ hội đền Cuông năm nay tổ chức khi nào?"));
        QVERIFY(f.publish(m_question.id, f.deptB, QStringLiteral("Lễ hội diễn ra ngày 15 tháng Hai âm lịch.")));
    }

    void hiddenTextsDoNotMatchForOtherDepartments()
    {
        const QStringList found{m_question.ref};
        // Words the public sees: found by everyone.
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("đền Cuông")), found);
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("âm lịch")), found);
        // The phone number and the street address are hidden on the portal: no match outside the department …
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList());
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("\"345 678\"")), QStringList());
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("\"Lê Lợi\"")), QStringList());
        // … but the department that answers it finds it by them.
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("0912")), found);
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("\"Lê Lợi\"")), found);
        QVERIFY2(f.consistency().ok(), qPrintable(f.consistency().problems.join(QLatin1Char('\n'))));
    }

    void manualChoicesReindex()
    {
        const QStringList found{m_question.ref};
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("Bình")), found); // a name the automatic redaction keeps
        PublishService publish(f.context, f.coordinator);
        QVERIFY(publish.addManualRedaction(m_question.ref, ManualRedaction::Kind::Hide, QStringLiteral("Trần Thị Bình")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("Bình")), QStringList());
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("Bình")), found);
        QVERIFY(f.consistency().ok());
        QVERIFY(publish.removeManualRedaction(m_question.ref, ManualRedaction::Kind::Hide, QStringLiteral("Trần Thị Bình")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("Bình")), found);
        // A "keep" choice makes a hidden number public, and searchable.
        QVERIFY(publish.addManualRedaction(m_question.ref, ManualRedaction::Kind::Keep, QStringLiteral("0912 345 678")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), found);
        QVERIFY(f.consistency().ok());
    }

    void settingsReindex()
    {
        PublishService settings(f.context, f.admin);
        QVERIFY(settings.saveSetting(QLatin1String(PublishService::allowlistKey), QStringLiteral("0912 345 678")));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList{m_question.ref});
        QVERIFY(settings.saveSetting(QLatin1String(PublishService::allowlistKey), QString()));
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList());
        QVERIFY(f.consistency().ok());
        // The rebuilt index is the same as the one kept in step.
        auto connection = f.context.db->connection();
        QVERIFY(connection);
        QVERIFY(SearchIndex(connection.value()).rebuild());
        QVERIFY(f.consistency().ok());
        QCOMPARE(f.refs(f.clerkA, QStringLiteral("0912")), QStringList());
        QCOMPARE(f.refs(f.clerkB, QStringLiteral("0912")), QStringList{m_question.ref});
    }

private:
    SearchFixture f;
    Question m_question;
};

QTEST_GUILESS_MAIN(TestPublicSearch)
#include "tst_publicsearch.moc"
