// danhoi-cli dev generate: synthetic questions through the bulk path leave a database that passes every check.

#include "CliRunner.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString adminPassword = QStringLiteral("Quản-trị-2025!");
}

class TestCliGenerate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;

    CliResult admin(QStringList a) const { return m_cli->as(QStringLiteral("admin"), adminPassword, std::move(a)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.filePath(QStringLiteral("gen.sqlite")));
        const CliResult init = m_cli->run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("UBND tỉnh Nghệ An"),
                                           QStringLiteral("--admin"), QStringLiteral("admin")},
                                          adminPassword);
        QCOMPARE(init.exitCode, 0);
    }

    void generatesAConsistentDatabaseInBatches()
    {
        // A second run on top of the first: it carries on the audit chain and the yearly numbering.
        const CliResult first = admin({QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--count"),
                                       QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QCOMPARE(first.object().value(QStringLiteral("questions")).toInt(), 1500);
        QVERIFY2(!first.err.contains("QString::arg"), first.err.left(300).constData());
        const CliResult second = admin({QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--count"),
                                        QStringLiteral("100"), QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--json")});
        QCOMPARE(second.exitCode, 0);
        const qint64 finished = QDateTime::currentMSecsSinceEpoch();

        const CliResult index = admin({QStringLiteral("search"), QStringLiteral("--check")});
        QVERIFY2(index.exitCode == 0, (index.out + index.err).constData());
        QVERIFY2(index.out.contains("1600"), index.out.constData());
        const CliResult audit = admin({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(audit.exitCode == 0, (audit.out + audit.err).constData());

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen"));
            db.setDatabaseName(m_cli->database());
            QVERIFY(db.open());
            QSqlQuery q(db);
            // References are numbered per year without gaps; answers open with the department's name, not the topic.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(ref_seq) FROM questions GROUP BY ref_year"
                                          " HAVING SUM(ref_seq) <> COUNT(*) * (COUNT(*) + 1) / 2")));
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM answer_revisions r JOIN questions qq ON qq.id = r.question_id"
                                          " JOIN departments d ON d.id = qq.department_id WHERE r.body LIKE d.name_vi || ' trả lời%'")));
            QVERIFY(q.next());
            QSqlQuery all(db);
            QVERIFY(all.exec(QStringLiteral("SELECT COUNT(*) FROM answer_revisions")) && all.next());
            QVERIFY(all.value(0).toInt() > 500);
            QCOMPARE(q.value(0).toInt(), all.value(0).toInt());

            // Nothing happened after the run: the newest questions are squeezed, not answered or published tomorrow.
            QVERIFY(q.exec(QStringLiteral("SELECT MAX(t) FROM (SELECT MAX(published_at) AS t FROM questions"
                                          " UNION ALL SELECT MAX(updated_at) FROM questions"
                                          " UNION ALL SELECT MAX(created_at) FROM answer_revisions"
                                          " UNION ALL SELECT MAX(reviewed_at) FROM answer_revisions"
                                          " UNION ALL SELECT MAX(at) FROM audit_events)")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toLongLong() <= finished,
                     qPrintable(QStringLiteral("%1 > %2").arg(q.value(0).toLongLong()).arg(finished)));
            // And a question's own events follow one another from its receipt to its publication.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM questions WHERE published_at < received_at")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM (SELECT e.at, LAG(e.at) OVER (PARTITION BY e.question_id"
                                          " ORDER BY e.seq) AS before FROM audit_events e WHERE e.question_id IS NOT NULL)"
                                          " WHERE at < before")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            // A question is published when its event says, and last changed at its last event.
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(q.published_at = e.at) FROM questions q JOIN audit_events e"
                                          " ON e.question_id = q.id AND e.to_status = 'published'")) && q.next());
            QVERIFY(q.value(0).toInt() > 100);
            QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM questions q WHERE q.updated_at <>"
                                          " (SELECT MAX(e.at) FROM audit_events e WHERE e.question_id = q.id)")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("gen"));
    }
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
