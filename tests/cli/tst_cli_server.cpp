// danhoi-cli on a PostgreSQL server, in the order an IT officer sets one up: db provision and init by the owner,
// then users who are login roles — their password is the login's (SCRAM), DanHoi keeps no hash of it.

#include "CliRunner.h"
#include "storage/PostgresSecurity.h"
#include "support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestCliServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void provisionSetsUpAnEmptyDatabaseOnce();
    void initMakesTheAdministratorALogin();
    void usersAreLoginRoles();
    void upgradeKeepsTheLayer();
    void generatedDataIsTheOwnersWork();

private:
    QVariant value(const QString& sql);
    CliResult asBoss(const QStringList& arguments, const QList<std::pair<QString, QString>>& environment = {})
    {
        return m_cli->as(QStringLiteral("boss"), QStringLiteral("boss-pass-1"), arguments, environment);
    }

    BackendUnderTest m_backend;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliServer::initTestCase()
{
    QVERIFY2(BackendUnderTest::isPostgres(), "runs on PostgreSQL only (registered with the pg_cluster fixture)");
    QVERIFY(m_backend.create(false)); // an empty database: the owner provisions it
    m_cli = std::make_unique<CliRunner>(m_backend.location);
}

QVariant TestCliServer::value(const QString& sql)
{
    QSqlQuery q(m_backend.db->connection().value());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestCliServer::provisionSetsUpAnEmptyDatabaseOnce()
{
    const CliResult done = m_cli->run({QStringLiteral("db"), QStringLiteral("provision")});
    QVERIFY2(done.exitCode == 0, done.err.constData());
    QVERIFY2(done.out.contains("ready"), done.out.constData());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM workflow_rules")).toInt(), 9);
    QVERIFY(value(QStringLiteral("SELECT count(*) FROM pg_policies WHERE tablename = 'questions'")).toInt() > 0);
    const CliResult again = m_cli->run({QStringLiteral("db"), QStringLiteral("provision")});
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains("db upgrade"), again.err.constData());
}

void TestCliServer::initMakesTheAdministratorALogin()
{
    const CliResult init = m_cli->run({QStringLiteral("init"), QStringLiteral("--agency"), QStringLiteral("Sở Tư pháp"),
                                       QStringLiteral("--admin"), QStringLiteral("boss")},
                                      QStringLiteral("boss-pass-1"));
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT password_hash FROM users WHERE username = 'boss'")).toString(), QString());
    QVERIFY(value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'dh_%1_boss'").arg(m_backend.name))
                .toString()
                .startsWith(QLatin1String("SCRAM-SHA-256$")));
    const CliResult list = asBoss({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(list.array().size(), 1);
    const CliResult wrong = m_cli->as(QStringLiteral("boss"), QStringLiteral("not-the-password"),
                                      {QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY(wrong.exitCode != 0);
    QVERIFY2(wrong.err.contains("wrong user name or password"), wrong.err.constData());
}

void TestCliServer::usersAreLoginRoles()
{
    QCOMPARE(asBoss({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("TP"), QStringLiteral("--name"),
                     QStringLiteral("Phòng Tư pháp")})
                 .exitCode,
             0);
    const CliResult added = asBoss({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lan"),
                                    QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                                    QStringLiteral("TP")},
                                   {{QStringLiteral("DANHOI_NEW_PASSWORD"), QStringLiteral("lan-pass-1")}});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m JOIN"
                                  " pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname ="
                                  " 'dh_%1_lan'")
                       .arg(m_backend.name))
                 .toString(),
             QStringLiteral("dh_%1__clerk,dh_%1__desk").arg(m_backend.name));
    auto asLan = [&](const QString& password) {
        return m_cli->as(QStringLiteral("lan"), password, {QStringLiteral("question"), QStringLiteral("list")});
    };
    QCOMPARE(asLan(QStringLiteral("lan-pass-1")).exitCode, 0);
    // A clerk may not add users: the program says so, and the server would refuse too.
    const CliResult byClerk = m_cli->as(QStringLiteral("lan"), QStringLiteral("lan-pass-1"),
                                        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("mallory"),
                                         QStringLiteral("--role"), QStringLiteral("admin")},
                                        {{QStringLiteral("DANHOI_NEW_PASSWORD"), QStringLiteral("mallory-pass-1")}});
    QVERIFY(byClerk.exitCode != 0);
    QVERIFY(!value(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = 'dh_%1_mallory'").arg(m_backend.name)).isValid());

    const CliResult changed = asBoss({QStringLiteral("user"), QStringLiteral("password"), QStringLiteral("lan")},
                                     {{QStringLiteral("DANHOI_NEW_PASSWORD"), QStringLiteral("lan-pass-2")}});
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY(asLan(QStringLiteral("lan-pass-1")).exitCode != 0);
    QCOMPARE(asLan(QStringLiteral("lan-pass-2")).exitCode, 0);

    QCOMPARE(asBoss({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("lan")}).exitCode, 0);
    const CliResult disabled = asLan(QStringLiteral("lan-pass-2"));
    QVERIFY(disabled.exitCode != 0);
    QVERIFY2(disabled.err.contains("disabled"), disabled.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> ''")).toInt(), 0);
}

void TestCliServer::upgradeKeepsTheLayer()
{
    value(QStringLiteral("DROP POLICY danhoi_read ON questions"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pg_policies WHERE policyname = 'danhoi_read'"
                                  " AND tablename = 'questions'"))
                 .toInt(),
             0);
    // A server whose layer is one behind: the desks are refused until the owner upgrades, and the upgrade says so.
    const QString current = QString::number(PostgresSecurity::layerVersion);
    const QString older = QString::number(PostgresSecurity::layerVersion - 1);
    value(QStringLiteral("CREATE OR REPLACE FUNCTION danhoi_layer_version() RETURNS integer LANGUAGE sql IMMUTABLE"
                         " AS 'SELECT %1'")
              .arg(older));
    const CliResult refused = asBoss({QStringLiteral("question"), QStringLiteral("list")});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("db upgrade"), refused.err.constData());
    const CliResult upgraded = m_cli->run({QStringLiteral("db"), QStringLiteral("upgrade")});
    QVERIFY2(upgraded.exitCode == 0, upgraded.err.constData());
    QVERIFY2(upgraded.out.contains(QStringLiteral("from layer %1 to %2").arg(older, current).toUtf8()), upgraded.out.constData());
    QCOMPARE(value(QStringLiteral("SELECT danhoi_layer_version()")).toInt(), PostgresSecurity::layerVersion);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pg_policies WHERE policyname = 'danhoi_read'"
                                  " AND tablename = 'questions'"))
                 .toInt(),
             1);
    // Once current, nothing more to report; --json says the same in fields.
    const CliResult again = m_cli->run({QStringLiteral("--json"), QStringLiteral("db"), QStringLiteral("upgrade")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(report.value(QStringLiteral("layer_version")).toInt(), PostgresSecurity::layerVersion);
    QVERIFY2(report.value(QStringLiteral("layer_upgraded_from")).isNull(), again.out.constData());
    // The audit chain written by the server's functions verifies in the program.
    const CliResult verified = asBoss({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.err.constData() + verified.out);
}

void TestCliServer::generatedDataIsTheOwnersWork()
{
    const int before = value(QStringLiteral("SELECT count(*) FROM questions")).toInt();
    // A desk user holds no rights to write generated rows: said plainly, nothing written.
    const CliResult byDesk = asBoss({QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--count"),
                                     QStringLiteral("20")});
    QVERIFY(byDesk.exitCode != 0);
    QVERIFY2(byDesk.err.contains("run dev generate as the database owner"), byDesk.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM questions")).toInt(), before);

    const CliResult generated = m_cli->run({QStringLiteral("dev"), QStringLiteral("generate"), QStringLiteral("--count"),
                                            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM questions")).toInt(), before + 300);
    // Other departments read published questions in their public version only: one for each.
    const int published = value(QStringLiteral("SELECT count(*) FROM questions WHERE published_revision_id IS NOT NULL")).toInt();
    QVERIFY(published > 0);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM public_questions")).toInt(), published);
    // The search vocabulary, counted once per batch, equals a count from scratch.
    QCOMPARE(value(QStringLiteral("SELECT danhoi_search_rows()")).toLongLong(),
             value(QStringLiteral("SELECT count(*) FROM question_search")).toLongLong());
    QCOMPARE(value(QStringLiteral(
                 "SELECT count(*) FROM (SELECT term, count(*) AS doc FROM question_search,"
                 " unnest(tsvector_to_array(document)) AS term GROUP BY term) counted FULL JOIN (SELECT term, sum(doc) AS doc"
                 " FROM (SELECT term, doc FROM question_search_terms UNION ALL SELECT term, n FROM question_search_term_changes) k"
                 " WHERE term <> '' GROUP BY term HAVING sum(doc) <> 0) kept USING (term)"
                 " WHERE counted.doc IS DISTINCT FROM kept.doc"))
                 .toInt(),
             0);
    // Their writers were switched back on: a desk's change is counted again.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'question_search'::regclass"
                                  " AND tgname LIKE 'question_search_terms_%' AND tgenabled = 'O'"))
                 .toInt(),
             3);
    // The synthetic staff are logins with the documented password.
    const QString clerk = value(QStringLiteral("SELECT username FROM users WHERE username LIKE 'cv.%' ORDER BY username")).toString();
    QVERIFY(!clerk.isEmpty());
    const CliResult asClerk = m_cli->as(clerk, QStringLiteral("danhoi-demo-1"), {QStringLiteral("question"), QStringLiteral("list")});
    QVERIFY2(asClerk.exitCode == 0, asClerk.err.constData());
    const CliResult verified = asBoss({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verified.exitCode == 0, verified.err.constData() + verified.out);
}

QTEST_GUILESS_MAIN(TestCliServer)
#include "tst_cli_server.moc"
