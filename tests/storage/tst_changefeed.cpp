// The change feed (PostgreSQL LISTEN/NOTIFY): notifications arrive within a second, a dropped connection is noticed
// by the heartbeat, re-established and announced (so desks reload what they show), and payloads are parsed safely.

#include "storage/ChangeFeed.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace danhoi;

namespace {

// A feed started on the test database, with a spy on each of its signals.
struct StartedFeed {
    explicit StartedFeed(std::shared_ptr<Database> db)
        : feed(std::move(db)), listening(&feed, &ChangeFeed::listening), questions(&feed, &ChangeFeed::questionsChanged),
          catalog(&feed, &ChangeFeed::catalogChanged), lost(&feed, &ChangeFeed::connectionLost),
          reconnected(&feed, &ChangeFeed::reconnected)
    {
        feed.start(200);
    }
    bool isListening(int waitMs = 5000) { return listening.wait(waitMs) && feed.isListening(); }
    QList<qint64> nextQuestions() { return questions.takeFirst().at(0).value<QList<qint64>>(); }

    ChangeFeed feed;
    QSignalSpy listening, questions, catalog, lost, reconnected;
};

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void payloadsAreParsedSafely();
    void notificationArrivesWithinASecond();
    void droppedConnectionIsNoticedAndRestored();
    void everyChangeIsAnnouncedByIdOnly();
    void sqliteHasNothingToListenTo();

private:
    // A second desk: another connection to the same database.
    bool notifyFromElsewhere(const QString& payload);

    test::BackendUnderTest m_backend;
    std::shared_ptr<Database> m_db;
    std::shared_ptr<Database> m_other;
};

void TestChangeFeed::initTestCase()
{
    QVERIFY2(test::BackendUnderTest::isPostgres(), "the change feed is tested on PostgreSQL (DANHOI_TEST_BACKEND)");
    QVERIFY(m_backend.create());
    m_db = m_backend.db; // with the security layer, which brings the triggers that notify
    auto other = m_backend.openAnother();
    QVERIFY(other.ok());
    m_other = other.value();
}

void TestChangeFeed::payloadsAreParsedSafely()
{
    const ChangePayload parsed = ChangePayload::parse(QStringLiteral("q:12, q:7,catalog,q:12,q:x,q:-3,junk,q:"));
    QCOMPARE(parsed.questionIds, (QList<qint64>{12, 7}));
    QVERIFY(parsed.catalog);
    const ChangePayload hostile = ChangePayload::parse(QStringLiteral("<script>alert(1)</script>,q:1;DROP TABLE x"));
    QVERIFY(hostile.questionIds.isEmpty());
    QVERIFY(!hostile.catalog);
}

bool TestChangeFeed::notifyFromElsewhere(const QString& payload)
{
    auto connection = m_other->connection();
    if (!connection)
        return false;
    SqlStatement notify(connection.value(), QStringLiteral("SELECT pg_notify('danhoi_changes', :payload)"));
    return notify.bind(QStringLiteral(":payload"), payload).exec().ok();
}

void TestChangeFeed::notificationArrivesWithinASecond()
{
    StartedFeed desk(m_db);
    QVERIFY(desk.isListening());

    QList<qint64> latencies;
    for (int i = 1; i <= 20; ++i) {
        QElapsedTimer sent;
        sent.start();
        QVERIFY(notifyFromElsewhere(QStringLiteral("q:%1").arg(i)));
        QVERIFY2(desk.questions.wait(1000), "a change must reach the desk within a second");
        latencies.append(sent.elapsed());
        QCOMPARE(desk.nextQuestions(), QList<qint64>{i});
    }
    std::sort(latencies.begin(), latencies.end());
    qInfo("notification latency over %lld changes: median %lld ms, worst %lld ms", qint64(latencies.size()),
          latencies.at(latencies.size() / 2), latencies.last());

    QVERIFY(notifyFromElsewhere(QStringLiteral("catalog")));
    QVERIFY(desk.catalog.wait(1000));
}

void TestChangeFeed::droppedConnectionIsNoticedAndRestored()
{
    StartedFeed desk(m_db);
    QVERIFY(desk.isListening());

    // What a server restart or a cut network does to the listener: its backend goes away.
    QElapsedTimer cut;
    cut.start();
    const QVariant killed = test::scalar(*m_other, QStringLiteral(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'danhoi-feed'"
        " AND datname = current_database()"));
    QCOMPARE(killed.toInt(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(desk.lost.count() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(desk.reconnected.count() == 1, 10000);
    qInfo("listener back %lld ms after its connection was cut", cut.elapsed());
    QVERIFY(desk.feed.isListening());

    QVERIFY(notifyFromElsewhere(QStringLiteral("q:42")));
    QVERIFY(desk.questions.wait(1000));
    QCOMPARE(desk.nextQuestions(), QList<qint64>{42});
}

void TestChangeFeed::everyChangeIsAnnouncedByIdOnly()
{
    StartedFeed desk(m_db);
    QVERIFY(desk.isListening());

    QVERIFY(test::execSql(*m_other, QStringLiteral(
        "INSERT INTO departments (code, name_vi) VALUES ('SYT', 'Sở Y tế')")));
    QVERIFY(desk.catalog.wait(1000));
    QVERIFY(test::execSql(*m_other, QStringLiteral(
        "INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body, asker_phone, status,"
        " created_at, updated_at) VALUES ('HD-2026-000001', 2026, 1, 'portal', 0, 'Bí mật', 'Nội dung riêng',"
        " '0912345678', 'received', 0, 0)")));
    QVERIFY(desk.questions.wait(1000));
    const qint64 id = test::scalar(*m_other, QStringLiteral("SELECT id FROM questions")).toLongLong();
    QCOMPARE(desk.nextQuestions(), QList<qint64>{id});
}

void TestChangeFeed::sqliteHasNothingToListenTo()
{
    QTemporaryDir dir;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("desk.sqlite")));
    QVERIFY(db.ok());
    StartedFeed desk(db.value());
    QVERIFY(!desk.isListening(600)); // three heartbeats' worth
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
