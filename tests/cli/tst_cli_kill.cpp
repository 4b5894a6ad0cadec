// Nothing acknowledged is lost: `question add` killed with SIGKILL at random moments leaves a database
// that passes integrity_check and holds every question the tool reported as saved.
#include "CliRunner.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestCliKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWritersLoseNothingAcknowledged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRunner cli(dir.filePath(QStringLiteral("kill.sqlite")));
        QCOMPARE(cli.run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("Thử"), QStringLiteral("--admin"),
                          QStringLiteral("admin")},
                         QStringLiteral("admin-pass-1"))
                     .exitCode,
                 0);
        QCOMPARE(cli.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dieuphoi"), QStringLiteral("--role"),
                          QStringLiteral("coordinator"), QStringLiteral("--user"), QStringLiteral("admin")},
                         QStringLiteral("admin-pass-1"), {{QStringLiteral("DANHOI_NEW_PASSWORD"), QStringLiteral("coord-pass-1")}})
                     .exitCode,
                 0);

        // Time one undisturbed run, then kill runs anywhere within that span.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cli.as(QStringLiteral("dieuphoi"), QStringLiteral("coord-pass-1"),
                        {QStringLiteral("question"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("mẫu"),
                         QStringLiteral("--body"), QStringLiteral("mẫu")})
                     .exitCode,
                 0);
        // Most of a run is the password check; half the kills land in its last third, where the write happens.
        const int span = int(qMax<qint64>(timer.elapsed(), 20));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DANHOI_DB"), cli.database());
        env.insert(QStringLiteral("DANHOI_PASSWORD"), QStringLiteral("coord-pass-1"));
        QSet<QString> acknowledged;
        int killed = 0;
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < 60; ++i) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(DANHOI_CLI),
                          {QStringLiteral("--user"), QStringLiteral("dieuphoi"), QStringLiteral("--json"), QStringLiteral("question"),
                           QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Câu hỏi số %1").arg(i),
                           QStringLiteral("--body"), QStringLiteral("Nội dung %1").arg(i)});
            QVERIFY(process.waitForStarted());
            const int delay = i % 2 ? int(random->bounded(span * 3 / 2)) : span * 2 / 3 + int(random->bounded(span / 2 + 1));
            if (!process.waitForFinished(delay)) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++killed;
            }
            process.waitForFinished(30000);
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
                const QString ref = QJsonDocument::fromJson(process.readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("ref"))
                                        .toString();
                QVERIFY(!ref.isEmpty());
                acknowledged.insert(ref);
            }
        }
        qInfo("%d runs killed, %lld acknowledged", killed, qint64(acknowledged.size()));
        QVERIFY(killed > 0);
        QVERIFY(!acknowledged.isEmpty());

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(cli.database());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QSet<QString> stored;
            QVERIFY(q.exec(QStringLiteral("SELECT ref FROM questions")));
            while (q.next())
                stored.insert(q.value(0).toString());
            for (const QString& ref : std::as_const(acknowledged))
                QVERIFY2(stored.contains(ref), qPrintable(ref));
        }
        db.close();
        // The tool still works on the file, and every question has its audit event.
        QCOMPARE(cli.as(QStringLiteral("admin"), QStringLiteral("admin-pass-1"), {QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
        QCOMPARE(cli.as(QStringLiteral("admin"), QStringLiteral("admin-pass-1"), {QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
