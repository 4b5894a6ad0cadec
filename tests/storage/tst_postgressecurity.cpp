// The permissions PostgreSQL enforces for DanHoi (app/storage/postgres): the audit hash computed by the server
// equals AuditChain's, the transitions run through danhoi_transition as desk logins, and a clerk connected with
// psql cannot approve, publish, read another department's questions or change the audit log.

#include "support/TestDatabase.h"
#include "core/AuditChain.h"
#include "storage/PostgresSecurity.h"
#include "core/Workflow.h"
#include "storage/GuardedWrites.h"
#include "storage/QuestionCounts.h"
#include "storage/QuestionRepository.h"
#include "storage/RevisionRepository.h"

#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestPostgresSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void layerIsReappliedWithoutHarm();
    void anotherDatabaseWithTheSameRoleNamesIsRefused();
    void auditHashIsAuditChains_data();
    void auditHashIsAuditChains();
    void transitionsRunAsDeskLogins();
    void clerkWithPsqlCannotBypassTheRules_data();
    void clerkWithPsqlCannotBypassTheRules();
    void clerkWithPsqlReadsOnlyWhatVisibilityAllows();
    void supervisorCannotApproveOwnRevision();
    void reasonsAndVersionsAreChecked();
    void ownerActsAsNamedUserUnderTheSameRules();
    void guardedWritesGoThroughTheServer();
    void plainPasswordsAreRefused();
    void disabledUserLosesLoginAndRights();
    void vocabularyTellsDesksOnlyCommonWords();
    void vocabularyIsCountedAgainOnlyWhenItMayHaveMissedRows();
    void searchWalksTheSlicesNewestFirst();
    void searchShowsAClerkOnlyWhatTheyMayRead();

private:
    QSqlDatabase desk(const QString& username);
    void addUser(const QString& username, const QString& roles, std::optional<Id> department);
    Id addQuestion(const QString& title, const QString& asker);
    Result<int> transition(const QString& username, Id question, const QString& action, int version,
                           const QString& extra = {});
    QString psql(const QString& username, const QString& sql, int* exitCode);
    QVariant ownerValue(const QString& sql);

    BackendUnderTest m_backend;
    QString m_database;
    QHash<QString, std::shared_ptr<Database>> m_desks;
    QSqlDatabase m_owner;
    Id m_lawDepartment = 0;
    Id m_buildingDepartment = 0;
    static constexpr const char* password = "Mật-khẩu đủ dài 2026";
};

void TestPostgresSecurity::initTestCase()
{
    QVERIFY2(BackendUnderTest::isPostgres(), "runs on PostgreSQL only (registered with the pg_cluster fixture)");
    // A migrated database with the security layer, as db provision leaves it.
    QVERIFY(m_backend.create());
    m_database = m_backend.name;
    m_owner = m_backend.db->connection().value();

    QSqlQuery q(m_owner);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO departments (code, name_vi) VALUES ('TP', 'Sở Tư pháp'),"
                                  " ('XD', 'Sở Xây dựng') RETURNING id")));
    QVERIFY(q.next());
    m_lawDepartment = q.value(0).toLongLong();
    QVERIFY(q.next());
    m_buildingDepartment = q.value(0).toLongLong();
    addUser(QStringLiteral("admin"), QStringLiteral("admin"), std::nullopt);
    addUser(QStringLiteral("coord"), QStringLiteral("coordinator"), std::nullopt);
    addUser(QStringLiteral("clerk.tp"), QStringLiteral("clerk"), m_lawDepartment);
    addUser(QStringLiteral("sup.tp"), QStringLiteral("supervisor"), m_lawDepartment);
    addUser(QStringLiteral("sup2.tp"), QStringLiteral("clerk,supervisor"), m_lawDepartment);
    addUser(QStringLiteral("clerk.xd"), QStringLiteral("clerk"), m_buildingDepartment);
    addUser(QStringLiteral("sup.xd"), QStringLiteral("supervisor"), m_buildingDepartment);
}

void TestPostgresSecurity::cleanupTestCase()
{
    m_owner = {};
    m_desks.clear();
    m_backend.drop();
}

// A user as `danhoi-cli user add` makes one on PostgreSQL: the login from a client-side verifier, then the row,
// whose trigger grants the group roles.
void TestPostgresSecurity::addUser(const QString& username, const QString& roles, std::optional<Id> department)
{
    auto role = PostgresSecurity::loginRole(m_database, username);
    QVERIFY(role.ok());
    auto verifier = PostgresSecurity::scramVerifier(m_owner, role.value(), QString::fromUtf8(password));
    QVERIFY2(verifier.ok(), qPrintable(verifier.ok() ? QString() : verifier.error().message));
    QVERIFY(!verifier->contains(QString::fromUtf8(password)));
    QSqlQuery q(m_owner);
    QVERIFY(q.prepare(QStringLiteral("SELECT danhoi_user_create(?, ?)")));
    q.addBindValue(username);
    q.addBindValue(verifier.value());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO users (username, roles, department_id) VALUES (?, ?, ?)")));
    q.addBindValue(username);
    q.addBindValue(roles);
    q.addBindValue(department ? QVariant(*department) : QVariant(QMetaType::fromType<qlonglong>()));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

Id TestPostgresSecurity::addQuestion(const QString& title, const QString& asker)
{
    QSqlQuery q(m_owner);
    q.prepare(QStringLiteral("INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body,"
                             " asker_name, status, created_at, updated_at)"
                             " SELECT 'HD-2026-' || lpad((COALESCE(MAX(ref_seq), 0) + 1)::text, 6, '0'), 2026,"
                             " COALESCE(MAX(ref_seq), 0) + 1, 'portal', 0, ?, 'Nội dung', ?, 'received', 0, 0"
                             " FROM questions WHERE ref_year = 2026 RETURNING id"));
    q.addBindValue(title);
    q.addBindValue(asker);
    if (!q.exec() || !q.next())
        qWarning() << q.lastError().text();
    return q.value(0).toLongLong();
}

QSqlDatabase TestPostgresSecurity::desk(const QString& username)
{
    if (!m_desks.contains(username)) {
        auto opened = Database::openPostgres(DatabaseLocation::parse(m_backend.location).value(),
                                             PostgresSecurity::loginRole(m_database, username).value(),
                                             QString::fromUtf8(password));
        if (!opened)
            qWarning("%s", qPrintable(opened.error().message));
        m_desks.insert(username, opened.value());
    }
    return m_desks.value(username)->connection().value();
}

// Runs danhoi_transition as the user; `extra` adds named arguments.
Result<int> TestPostgresSecurity::transition(const QString& username, Id question, const QString& action, int version,
                                             const QString& extra)
{
    QSqlDatabase db = desk(username);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT danhoi_transition(?, ?, ?%1)").arg(extra));
    q.addBindValue(question);
    q.addBindValue(action);
    q.addBindValue(version);
    if (!q.exec())
        return PostgresSecurity::errorFrom(q.lastError());
    q.next();
    return q.value(0).toInt();
}

QString TestPostgresSecurity::psql(const QString& username, const QString& sql, int* exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-h"), DatabaseLocation::parse(m_backend.location)->host, QStringLiteral("-U"),
                   PostgresSecurity::loginRole(m_database, username).value(), QStringLiteral("-d"), m_database,
                   QStringLiteral("-c"), sql});
    process.waitForFinished(30000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

QVariant TestPostgresSecurity::ownerValue(const QString& sql)
{
    QSqlQuery q(m_owner);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

void TestPostgresSecurity::layerIsReappliedWithoutHarm()
{
    const qlonglong policies = ownerValue(QStringLiteral("SELECT count(*) FROM pg_policies")).toLongLong();
    QVERIFY(policies > 0);
    QVERIFY(m_owner.transaction());
    auto again = PostgresSecurity::apply(m_owner);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(m_owner.commit());
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM pg_policies")).toLongLong(), policies);
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM workflow_rules")).toInt(), int(Workflow::table().size()));
    QCOMPARE(ownerValue(QStringLiteral("SELECT roles FROM workflow_rules WHERE action = 'approve'")).toString(),
             QStringLiteral("{supervisor}"));
    // Still a member of exactly its groups.
    QCOMPARE(ownerValue(QStringLiteral("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m"
                                       " JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid"
                                       " WHERE r.rolname = '%1'")
                                    .arg(PostgresSecurity::loginRole(m_database, QStringLiteral("sup2.tp")).value()))
                 .toString(),
             QStringLiteral("%1_clerk,%1_desk,%1_supervisor").arg(PostgresSecurity::rolePrefix(m_database)));
}

// dhtest_1_2 and dhtest-1-2 map to the same role names; the second database must not take over the first's roles.
void TestPostgresSecurity::anotherDatabaseWithTheSameRoleNamesIsRefused()
{
    QString twin = m_database;
    twin.replace(QLatin1Char('_'), QLatin1Char('-'));
    QCOMPARE(PostgresSecurity::rolePrefix(twin), PostgresSecurity::rolePrefix(m_database));
    const QString groupsBefore = ownerValue(QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles"
                                                           " WHERE starts_with(rolname, '%1')")
                                                .arg(PostgresSecurity::rolePrefix(m_database)))
                                     .toString();
    QSqlQuery create(m_owner);
    QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0").arg(twin)),
             qPrintable(create.lastError().text()));
    const auto cleanup = qScopeGuard([&] {
        QSqlQuery(m_owner).exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(twin));
    });
    DatabaseLocation where = DatabaseLocation::parse(m_backend.location).value();
    where.dbname = twin;
    {
        auto other = Database::openPostgres(where);
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        QVERIFY(Migrations::migrateTo(*other.value(), Migrations::latestVersion()).ok());
        QSqlDatabase connection = other.value()->connection().value();
        QVERIFY(connection.transaction());
        auto refused = PostgresSecurity::apply(connection);
        connection.rollback();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(m_database), qPrintable(refused.error().message));
    }
    QCOMPARE(ownerValue(QStringLiteral("SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles"
                                       " WHERE starts_with(rolname, '%1')")
                            .arg(PostgresSecurity::rolePrefix(m_database)))
                 .toString(),
             groupsBefore);
    // The first database still applies its layer.
    QVERIFY(m_owner.transaction());
    auto again = PostgresSecurity::apply(m_owner);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
    QVERIFY(m_owner.commit());
}

void TestPostgresSecurity::auditHashIsAuditChains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withQuestion");
    QTest::newRow("plain") << QStringLiteral("revision 1") << true;
    QTest::newRow("empty, no question") << QString() << false;
    QTest::newRow("quotes") << QStringLiteral("\"quoted\" and 'single' and `back`") << true;
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\n not a newline \\\" \\u0041") << true;
    QTest::newRow("control characters") << QStringLiteral("a\nb\rc\td\be\ff") + QChar(0x01) + QChar(0x1f) + QChar(0x7f)
                                        << true;
    QTest::newRow("vietnamese NFC") << QStringLiteral("Đường Nguyễn Huệ, phường Bến Nghé") << true;
    QTest::newRow("vietnamese NFD")
        << QStringLiteral("Đường Nguyễn Huệ").normalized(QString::NormalizationForm_D) << true;
    QTest::newRow("emoji and separators") << QStringLiteral("👍🏽 cảm ơn 🇻🇳") + QChar(0x2028) + QChar(0x2029) << true;
    QTest::newRow("markup") << QStringLiteral("</script><b>&amp;</b> / slash") << false;
}

void TestPostgresSecurity::auditHashIsAuditChains()
{
    QFETCH(QString, text);
    QFETCH(bool, withQuestion);
    AuditEvent event;
    event.seq = 4711;
    event.at = QDateTime::fromMSecsSinceEpoch(1764400000123, Qt::UTC);
    event.username = QStringLiteral("nguyễn.văn'a\\\"");
    if (withQuestion)
        event.questionId = 42;
    event.action = QStringLiteral("redaction");
    event.fromStatus = QStringLiteral("approved");
    event.toStatus = text;
    event.note = text;
    event.prevHash = AuditChain::genesisHash();
    QSqlQuery q(m_owner);
    q.prepare(QStringLiteral("SELECT danhoi_audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.seq);
    q.addBindValue(event.at.toMSecsSinceEpoch());
    q.addBindValue(event.username);
    q.addBindValue(event.questionId ? QVariant(*event.questionId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(event.action);
    q.addBindValue(event.fromStatus);
    q.addBindValue(event.toStatus.isNull() ? QStringLiteral("") : event.toStatus);
    q.addBindValue(event.note.isNull() ? QStringLiteral("") : event.note);
    q.addBindValue(event.prevHash);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toString(), AuditChain::hashOf(event));
}

void TestPostgresSecurity::transitionsRunAsDeskLogins()
{
    const Id id = addQuestion(QStringLiteral("Thủ tục \"khai sinh\""), QStringLiteral("Lê Văn C"));
    QVERIFY(id > 0);
    auto v = transition(QStringLiteral("coord"), id, QStringLiteral("route"), 1,
                        QStringLiteral(", p_department => %1, p_due_date => '2026-12-31', p_note => 'TP'")
                            .arg(m_lawDepartment));
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v.value(), 2);
    v = transition(QStringLiteral("clerk.tp"), id, QStringLiteral("draft"), 2,
                   QStringLiteral(", p_answer => 'Trả lời: \\ \"a\"', p_note => 'revision 1'"));
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    v = transition(QStringLiteral("clerk.tp"), id, QStringLiteral("submit"), 3);
    QVERIFY(v.ok());
    v = transition(QStringLiteral("sup.tp"), id, QStringLiteral("approve"), 4);
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    v = transition(QStringLiteral("coord"), id, QStringLiteral("publish"), 5,
                   QStringLiteral(", p_public => '{\"title\": \"Thủ tục khai sinh\", \"question\": \"Nội dung\","
                                  " \"answer\": \"Trả lời\", \"asker_line\": \"L.V.C\"}'"));
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QCOMPARE(v.value(), 6);

    QCOMPARE(ownerValue(QStringLiteral("SELECT status FROM questions WHERE id = %1").arg(id)).toString(),
             QStringLiteral("published"));
    QCOMPARE(ownerValue(QStringLiteral("SELECT state || ':' || (SELECT username FROM users WHERE id = reviewer_id)"
                                       " FROM answer_revisions WHERE question_id = %1")
                            .arg(id))
                 .toString(),
             QStringLiteral("approved:sup.tp"));
    QCOMPARE(ownerValue(QStringLiteral("SELECT asker_line FROM public_questions WHERE question_id = %1").arg(id)),
             QVariant(QStringLiteral("L.V.C")));
    QCOMPARE(ownerValue(QStringLiteral("SELECT string_agg(username || ':' || action || ':' || from_status || '>'"
                                       " || to_status, ' ' ORDER BY seq) FROM audit_events WHERE question_id = %1")
                            .arg(id))
                 .toString(),
             QStringLiteral("coord:route:received>assigned clerk.tp:draft:assigned>drafting"
                            " clerk.tp:submit:drafting>pending_approval sup.tp:approve:pending_approval>approved"
                            " coord:publish:approved>published"));

    // The whole chain, read by the owner, verifies with app/core's AuditChain.
    auto events = AuditRepository(m_owner).list();
    QVERIFY(events.ok());
    auto head = AuditRepository(m_owner).head();
    QVERIFY(head.ok());
    const auto verdict = AuditChain::verify(events.value(), head->second, head->first);
    QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    QCOMPARE(verdict.checked, qint64(events->size()));
}

void TestPostgresSecurity::clerkWithPsqlCannotBypassTheRules_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("approve") << QStringLiteral("SELECT danhoi_transition(%1, 'approve', 4)")
                             << QStringLiteral("do not allow the action approve");
    QTest::newRow("publish") << QStringLiteral("SELECT danhoi_transition(%1, 'publish', 4, p_public =>"
                                               " '{\"title\": \"t\", \"answer\": \"a\"}')")
                             << QStringLiteral("do not allow the action publish");
    QTest::newRow("status by UPDATE") << QStringLiteral("UPDATE questions SET status = 'approved' WHERE id = %1")
                                      << QStringLiteral("only through danhoi_transition");
    QTest::newRow("published by UPDATE")
        << QStringLiteral("UPDATE questions SET published_at = 1, version = version + 1 WHERE id = %1")
        << QStringLiteral("only through danhoi_transition");
    QTest::newRow("revision by UPDATE")
        << QStringLiteral("UPDATE answer_revisions SET state = 'approved' WHERE question_id = %1")
        << QStringLiteral("permission denied");
    QTest::newRow("revision by INSERT")
        << QStringLiteral("INSERT INTO answer_revisions (question_id, number, body, author_id, created_at, state)"
                          " VALUES (%1, 99, 'x', 1, 0, 'approved')")
        << QStringLiteral("permission denied");
    QTest::newRow("audit UPDATE") << QStringLiteral("UPDATE audit_events SET note = 'x' WHERE question_id = %1")
                                  << QStringLiteral("permission denied");
    QTest::newRow("audit DELETE") << QStringLiteral("DELETE FROM audit_events WHERE question_id = %1")
                                  << QStringLiteral("permission denied");
    QTest::newRow("audit INSERT") << QStringLiteral("INSERT INTO audit_events (seq, at, username, question_id, action,"
                                                    " prev_hash, hash) VALUES (999, 0, 'x', %1, 'x', 'x', 'x')")
                                  << QStringLiteral("permission denied");
    QTest::newRow("audit TRUNCATE") << QStringLiteral("TRUNCATE audit_events -- %1") << QStringLiteral("permission denied");
    QTest::newRow("audit head") << QStringLiteral("UPDATE audit_head SET seq = %1") << QStringLiteral("permission denied");
    QTest::newRow("audit append as another")
        << QStringLiteral("SELECT danhoi_audit_append('sup.tp', %1, 'approve', 'pending_approval', 'approved', '')")
        << QStringLiteral("permission denied");
    QTest::newRow("audit as another") << QStringLiteral("SELECT danhoi_audit('sup.tp', %1, 'assign', '', '', '')")
                                      << QStringLiteral("in the name of the connected user only");
    QTest::newRow("audit a transition")
        << QStringLiteral("SELECT danhoi_audit('clerk.tp', %1, 'approve', 'pending_approval', 'approved', '')")
        << QStringLiteral("recorded by danhoi_transition only");
    QTest::newRow("public version") << QStringLiteral("DELETE FROM public_questions WHERE question_id = %1")
                                    << QStringLiteral("permission denied");
    QTest::newRow("own roles") << QStringLiteral("UPDATE users SET roles = 'supervisor' WHERE id = %1 OR true")
                               << QStringLiteral("permission denied");
    QTest::newRow("add a login")
        << QStringLiteral("SELECT danhoi_user_create('mallory', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA') -- %1")
        << QStringLiteral("Only an administrator may add users");
    QTest::newRow("another's password")
        << QStringLiteral("SELECT danhoi_user_password('sup.tp', 'SCRAM-SHA-256$4096:AAAA$AAAA:AAAA') -- %1")
        << QStringLiteral("Only an administrator may change another user's password");
    QTest::newRow("a group role") << QStringLiteral("SET ROLE %2_supervisor -- %1") << QStringLiteral("permission denied");
    QTest::newRow("workflow rules") << QStringLiteral("UPDATE workflow_rules SET roles = '{clerk}' -- %1")
                                    << QStringLiteral("permission denied");
}

// A clerk holding a draft awaiting approval in their own department, connected with psql as their login.
void TestPostgresSecurity::clerkWithPsqlCannotBypassTheRules()
{
    QFETCH(QString, sql);
    QFETCH(QString, refusal);
    const Id id = addQuestion(QStringLiteral("Cấp phép xây dựng"), QStringLiteral("Phạm Thị D"));
    QVERIFY(transition(QStringLiteral("coord"), id, QStringLiteral("route"), 1,
                       QStringLiteral(", p_department => %1, p_due_date => '2026-12-31'").arg(m_lawDepartment))
                .ok());
    QVERIFY(transition(QStringLiteral("clerk.tp"), id, QStringLiteral("draft"), 2, QStringLiteral(", p_answer => 'x'"))
                .ok());
    QVERIFY(transition(QStringLiteral("clerk.tp"), id, QStringLiteral("submit"), 3).ok());
    const QString before = ownerValue(QStringLiteral("SELECT status || version || (SELECT count(*) FROM audit_events)"
                                                     " || (SELECT string_agg(state, ',') FROM answer_revisions"
                                                     " WHERE question_id = %1) FROM questions WHERE id = %1")
                                          .arg(id))
                               .toString();
    int exitCode = 0;
    const QString output =
        psql(QStringLiteral("clerk.tp"), QString(sql)
                                  .replace(QStringLiteral("%1"), QString::number(id))
                                  .replace(QStringLiteral("%2"), PostgresSecurity::rolePrefix(m_database)), &exitCode);
    QVERIFY2(exitCode != 0, qPrintable(output));
    QVERIFY2(output.contains(refusal), qPrintable(output));
    const QString after = ownerValue(QStringLiteral("SELECT status || version || (SELECT count(*) FROM audit_events)"
                                                    " || (SELECT string_agg(state, ',') FROM answer_revisions"
                                                    " WHERE question_id = %1) FROM questions WHERE id = %1")
                                         .arg(id))
                              .toString();
    QCOMPARE(after, before);
}

void TestPostgresSecurity::clerkWithPsqlReadsOnlyWhatVisibilityAllows()
{
    const Id ours = addQuestion(QStringLiteral("Hộ tịch"), QStringLiteral("Asker Ours"));
    const Id theirs = addQuestion(QStringLiteral("Xây dựng chưa công bố"), QStringLiteral("Asker Theirs"));
    const Id published = addQuestion(QStringLiteral("Xây dựng đã công bố"), QStringLiteral("Asker Published"));
    const Id unrouted = addQuestion(QStringLiteral("Chưa chuyển"), QStringLiteral("Asker Unrouted"));
    QVERIFY(unrouted > 0);
    for (const auto& [id, department] : {std::pair{ours, m_lawDepartment}, std::pair{theirs, m_buildingDepartment},
                                         std::pair{published, m_buildingDepartment}})
        QVERIFY(transition(QStringLiteral("coord"), id, QStringLiteral("route"), 1,
                           QStringLiteral(", p_department => %1, p_due_date => '2026-12-31'").arg(department))
                    .ok());
    QVERIFY(transition(QStringLiteral("clerk.xd"), published, QStringLiteral("draft"), 2,
                       QStringLiteral(", p_answer => 'Trả lời XD'"))
                .ok());
    QVERIFY(transition(QStringLiteral("clerk.xd"), published, QStringLiteral("submit"), 3).ok());
    auto approved = transition(QStringLiteral("sup.xd"), published, QStringLiteral("approve"), 4);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    QVERIFY(transition(QStringLiteral("coord"), published, QStringLiteral("publish"), 5,
                       QStringLiteral(", p_public => '{\"title\": \"Xây dựng (công khai)\", \"answer\": \"Trả lời XD\"}'"))
                .ok());

    int exitCode = 0;
    const QString rows = psql(QStringLiteral("clerk.tp"),
                              QStringLiteral("SELECT string_agg(title || '/' || asker_name, '|' ORDER BY id)"
                                             " FROM questions WHERE id IN (%1, %2, %3, %4)")
                                  .arg(ours)
                                  .arg(theirs)
                                  .arg(published)
                                  .arg(unrouted),
                              &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(rows, QStringLiteral("Hộ tịch/Asker Ours"));
    const QString publicRows = psql(QStringLiteral("clerk.tp"),
                                    QStringLiteral("SELECT title FROM public_questions WHERE question_id = %1").arg(published),
                                    &exitCode);
    QCOMPARE(publicRows, QStringLiteral("Xây dựng (công khai)"));
    for (const QString& table : {QStringLiteral("answer_revisions"), QStringLiteral("audit_events")}) {
        const QString leaked = psql(QStringLiteral("clerk.tp"),
                                    QStringLiteral("SELECT count(*) FROM %1 WHERE question_id IN (%2, %3, %4)")
                                        .arg(table)
                                        .arg(theirs)
                                        .arg(published)
                                        .arg(unrouted),
                                    &exitCode);
        QCOMPARE(leaked, QStringLiteral("0"));
    }
    const QString installation =
        psql(QStringLiteral("clerk.tp"), QStringLiteral("SELECT count(*) FROM audit_events WHERE question_id IS NULL"),
             &exitCode);
    QCOMPARE(installation, QStringLiteral("0"));
    // The counts by department and status: another department's unpublished numbers stay hidden, and the clerk's
    // list count is its department's questions plus every published one.
    const QString hiddenCounts = psql(QStringLiteral("clerk.tp"),
                                      QStringLiteral("SELECT count(*) FROM question_counts WHERE published = 0"
                                                     " AND department_id <> %1")
                                          .arg(m_lawDepartment),
                                      &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(hiddenCounts, QStringLiteral("0"));
    QVERIFY(ownerValue(QStringLiteral("SELECT n FROM question_counts WHERE published = 0 AND department_id = %1 AND n > 0")
                           .arg(m_buildingDepartment))
                .isValid());
    QuestionQuery clerksList;
    clerksList.scope = {VisibilityScope::Kind::DepartmentAndPublic, m_lawDepartment};
    QVERIFY(QuestionCounts::answers(clerksList));
    const auto clerkCount = QuestionRepository(desk(QStringLiteral("clerk.tp"))).count(clerksList);
    QVERIFY(clerkCount.ok());
    QCOMPARE(clerkCount.value(), ownerValue(QStringLiteral("SELECT count(*) FROM questions WHERE department_id = %1"
                                                           " OR published_revision_id IS NOT NULL")
                                                .arg(m_lawDepartment))
                                     .toLongLong());
    const QString writtenCounts = psql(QStringLiteral("coord"), QStringLiteral("UPDATE question_counts SET n = 0"), &exitCode);
    QVERIFY2(exitCode != 0, qPrintable(writtenCounts));
    // A transition on a question the clerk cannot see is refused as if it did not exist.
    const QString draft = psql(QStringLiteral("clerk.tp"),
                               QStringLiteral("SELECT danhoi_transition(%1, 'draft', 2, p_answer => 'x')").arg(theirs),
                               &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(draft.contains(QStringLiteral("no question with id")), qPrintable(draft));
    // The search's matches (danhoi_search_matches, the owner's function that takes the GIN index) are what the
    // policy of question_search lets each desk read: the clerk gets the public row of another department's
    // published question, never the full row of one it may not see.
    for (const auto& [rowid, text] : {std::pair{ours * 2, "ho tich xay"}, std::pair{theirs * 2, "xay dung"},
                                      std::pair{published * 2, "xay dung"}, std::pair{published * 2 + 1, "xay dung"}})
        QVERIFY(ownerValue(QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"
                                          " VALUES (%1, '%2', '', '', '') ON CONFLICT (rowid) DO UPDATE SET title = '%2'"
                                          " RETURNING rowid")
                               .arg(rowid)
                               .arg(QLatin1String(text)))
                    .isValid());
    auto rowsOf = [&](const QString& fromWhere) {
        return QStringLiteral("SELECT string_agg(rowid::text, ',' ORDER BY rowid) FROM %1 AND rowid IN (%2, %3, %4, %5)")
            .arg(fromWhere)
            .arg(ours * 2)
            .arg(theirs * 2)
            .arg(published * 2)
            .arg(published * 2 + 1);
    };
    const QString matches = rowsOf(QStringLiteral("danhoi_search_matches('xay') WHERE true"));
    const QString policy = rowsOf(QStringLiteral("question_search WHERE document @@ to_tsquery('simple', 'xay')"));
    QCOMPARE(psql(QStringLiteral("clerk.tp"), matches, &exitCode), QStringLiteral("%1,%2").arg(ours * 2).arg(published * 2 + 1));
    QCOMPARE(psql(QStringLiteral("clerk.tp"), matches, &exitCode), psql(QStringLiteral("clerk.tp"), policy, &exitCode));
    QCOMPARE(psql(QStringLiteral("coord"), matches, &exitCode),
             QStringLiteral("%1,%2,%3,%4").arg(ours * 2).arg(theirs * 2).arg(published * 2).arg(published * 2 + 1));
    QCOMPARE(psql(QStringLiteral("coord"), matches, &exitCode), psql(QStringLiteral("coord"), policy, &exitCode));
    // The newest matches (the sample of a word's rows) come from the same rows.
    const QString newest = rowsOf(QStringLiteral("danhoi_search_newest('xay', 1000000) WHERE true"));
    QCOMPARE(psql(QStringLiteral("clerk.tp"), newest, &exitCode), psql(QStringLiteral("clerk.tp"), matches, &exitCode));
    QCOMPARE(psql(QStringLiteral("coord"), newest, &exitCode), psql(QStringLiteral("coord"), matches, &exitCode));
    // The search window (danhoi_search_window) cuts the same rows by the desk's scope inside: a clerk who asks for
    // everything still gets only what the policy lets them read.
    auto window = [&](const QString& scope) {
        return rowsOf(QStringLiteral("danhoi_search_window('xay', 2001, '%1', %2, NULL, NULL, NULL, NULL, NULL) WHERE true")
                          .arg(scope)
                          .arg(m_lawDepartment));
    };
    QCOMPARE(psql(QStringLiteral("clerk.tp"), window(QStringLiteral("department")), &exitCode),
             psql(QStringLiteral("clerk.tp"), matches, &exitCode));
    QCOMPARE(psql(QStringLiteral("clerk.tp"), window(QStringLiteral("everything")), &exitCode), QString::number(ours * 2));
    QCOMPARE(psql(QStringLiteral("clerk.tp"), window(QStringLiteral("public")), &exitCode), QString::number(published * 2 + 1));
    QCOMPARE(psql(QStringLiteral("coord"), window(QStringLiteral("everything")), &exitCode),
             QStringLiteral("%1,%2,%3").arg(ours * 2).arg(theirs * 2).arg(published * 2));
    // The coordinator reads every question with its asker.
    const QString all = psql(QStringLiteral("coord"),
                             QStringLiteral("SELECT count(*) FROM questions WHERE asker_name LIKE 'Asker %'"), &exitCode);
    QCOMPARE(all, QStringLiteral("4"));
}

void TestPostgresSecurity::supervisorCannotApproveOwnRevision()
{
    const Id id = addQuestion(QStringLiteral("Tự duyệt"), QStringLiteral("E"));
    QVERIFY(transition(QStringLiteral("coord"), id, QStringLiteral("route"), 1,
                       QStringLiteral(", p_department => %1, p_due_date => '2026-12-31'").arg(m_lawDepartment))
                .ok());
    QVERIFY(transition(QStringLiteral("sup2.tp"), id, QStringLiteral("draft"), 2, QStringLiteral(", p_answer => 'x'"))
                .ok());
    QVERIFY(transition(QStringLiteral("sup2.tp"), id, QStringLiteral("submit"), 3).ok());
    auto own = transition(QStringLiteral("sup2.tp"), id, QStringLiteral("approve"), 4);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().kind, ErrorKind::Forbidden);
    QVERIFY2(own.error().message.contains(QStringLiteral("another supervisor")), qPrintable(own.error().message));
    QVERIFY(transition(QStringLiteral("sup.tp"), id, QStringLiteral("approve"), 4).ok());
}

void TestPostgresSecurity::reasonsAndVersionsAreChecked()
{
    const Id id = addQuestion(QStringLiteral("Lý do"), QStringLiteral("F"));
    auto stale = transition(QStringLiteral("coord"), id, QStringLiteral("reject"), 7, QStringLiteral(", p_reason => 'spam'"));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind, ErrorKind::Conflict);
    auto blank = transition(QStringLiteral("coord"), id, QStringLiteral("reject"), 1, QStringLiteral(", p_reason => '  '"));
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().kind, ErrorKind::Invalid);
    auto unknown = transition(QStringLiteral("coord"), id, QStringLiteral("approve-all"), 1);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::Invalid);
    auto wrongState = transition(QStringLiteral("coord"), id, QStringLiteral("publish"), 1,
                                 QStringLiteral(", p_public => '{\"title\": \"t\", \"answer\": \"a\"}'"));
    QVERIFY(!wrongState.ok());
    QCOMPARE(wrongState.error().kind, ErrorKind::Conflict);
    QCOMPARE(ownerValue(QStringLiteral("SELECT status || version FROM questions WHERE id = %1").arg(id)).toString(),
             QStringLiteral("received1"));
    QVERIFY(transition(QStringLiteral("coord"), id, QStringLiteral("reject"), 1, QStringLiteral(", p_reason => 'spam'"))
                .ok());
    QCOMPARE(ownerValue(QStringLiteral("SELECT rejection_reason FROM questions WHERE id = %1").arg(id)).toString(),
             QStringLiteral("spam"));
}

// db copy and tools on the server connect as the owner and name the acting user; the rules still apply.
void TestPostgresSecurity::ownerActsAsNamedUserUnderTheSameRules()
{
    const Id id = addQuestion(QStringLiteral("Chủ sở hữu"), QStringLiteral("G"));
    QSqlQuery q(m_owner);
    QVERIFY(q.prepare(QStringLiteral("SELECT danhoi_transition(?, 'route', 1, p_department => ?, p_due_date =>"
                                     " '2026-12-31', p_actor => ?)")));
    q.addBindValue(id);
    q.addBindValue(m_lawDepartment);
    q.addBindValue(QStringLiteral("clerk.tp"));
    QVERIFY(!q.exec());
    QCOMPARE(PostgresSecurity::errorFrom(q.lastError()).kind, ErrorKind::Forbidden);
    q.addBindValue(id);
    q.addBindValue(m_lawDepartment);
    q.addBindValue(QStringLiteral("coord"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(ownerValue(QStringLiteral("SELECT username || ':' || action FROM audit_events ORDER BY seq DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("coord:route"));
    // A desk cannot name another actor.
    int exitCode = 0;
    const QString output = psql(QStringLiteral("clerk.tp"),
                                QStringLiteral("SELECT danhoi_transition(%1, 'draft', 2, p_answer => 'x',"
                                               " p_actor => 'sup.tp')")
                                    .arg(id),
                                &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(ownerValue(QStringLiteral("SELECT (SELECT username FROM users WHERE id = author_id) FROM answer_revisions"
                                       " WHERE question_id = %1")
                            .arg(id))
                 .toString(),
             QStringLiteral("clerk.tp"));
}

// What WorkflowService and AuditService write through GuardedWrites reaches the server's functions as the login.
void TestPostgresSecurity::guardedWritesGoThroughTheServer()
{
    const Id id = addQuestion(QStringLiteral("Qua chiến lược"), QStringLiteral("H"));
    auto write = [&](const QString& username, Action action, auto&& prepare) -> Result<TransitionWrite> {
        QSqlDatabase db = desk(username);
        if (!db.transaction())
            return Error::other(db.lastError().text());
        auto stored = QuestionRepository(db).byId(id);
        if (!stored || !stored.value()) {
            db.rollback();
            return Error::notFound(QStringLiteral("question not visible"));
        }
        TransitionWrite change;
        change.question = *stored.value();
        change.from = change.question.status;
        change.action = action;
        change.actor = username;
        change.at = QDateTime::currentDateTimeUtc();
        prepare(change);
        auto ok = GuardedWrites::of(db)->transition(change);
        if (!ok) {
            db.rollback();
            return ok.error();
        }
        db.commit();
        return change;
    };
    auto routed = write(QStringLiteral("coord"), Action::Route, [&](TransitionWrite& w) {
        w.question.departmentId = m_lawDepartment;
        w.question.dueDate = QDate(2026, 12, 31);
        w.question.status = Status::Assigned;
    });
    QVERIFY2(routed.ok(), qPrintable(routed.ok() ? QString() : routed.error().message));
    QCOMPARE(routed->question.version, 2);
    auto drafted = write(QStringLiteral("clerk.tp"), Action::Draft, [&](TransitionWrite& w) {
        AnswerRevision revision;
        revision.body = QStringLiteral("Trả lời qua máy chủ");
        w.newRevision = revision;
        w.question.status = Status::Drafting;
    });
    QVERIFY2(drafted.ok(), qPrintable(drafted.ok() ? QString() : drafted.error().message));
    QCOMPARE(drafted->newRevision->number, 1);
    QVERIFY(drafted->newRevision->id > 0);
    QCOMPARE(drafted->newRevision->authorUsername, QStringLiteral("clerk.tp"));
    // The clerk's own program asking for an approval is refused by the server, with the kind the desk shows.
    auto approved = write(QStringLiteral("clerk.tp"), Action::Approve, [&](TransitionWrite& w) {
        w.question.status = Status::Approved;
    });
    QVERIFY(!approved.ok());
    QCOMPARE(approved.error().kind, ErrorKind::Forbidden);
    // The search index follows, written by the desk under row-level security.
    QCOMPARE(ownerValue(QStringLiteral("SELECT answer FROM question_search WHERE rowid = %1").arg(id * 2)).toString(),
             QStringLiteral("tra loi qua may chu"));

    QSqlDatabase db = desk(QStringLiteral("clerk.tp"));
    QVERIFY(db.transaction());
    AuditEvent event;
    event.username = QStringLiteral("clerk.tp");
    event.questionId = id;
    event.action = QStringLiteral("assign");
    event.note = QStringLiteral("clerk.tp");
    auto appended = GuardedWrites::of(db)->appendAudit(event);
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().message));
    QVERIFY(db.commit());
    QCOMPARE(ownerValue(QStringLiteral("SELECT max(seq) FROM audit_events")).toLongLong(), event.seq);
}

void TestPostgresSecurity::plainPasswordsAreRefused()
{
    QSqlQuery q(desk(QStringLiteral("admin")));
    QVERIFY(q.prepare(QStringLiteral("SELECT danhoi_user_create(?, ?)")));
    q.addBindValue(QStringLiteral("plain"));
    q.addBindValue(QStringLiteral("hunter2"));
    QVERIFY(!q.exec());
    QVERIFY2(PostgresSecurity::errorFrom(q.lastError()).message.contains(QStringLiteral("SCRAM")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.prepare(QStringLiteral("SELECT danhoi_user_password(?, ?)")));
    q.addBindValue(QStringLiteral("clerk.tp"));
    q.addBindValue(QStringLiteral("md5abcdef"));
    QVERIFY(!q.exec());
    QCOMPARE(PostgresSecurity::errorFrom(q.lastError()).kind, ErrorKind::Invalid);
    // A name PostgreSQL would cut is refused before it reaches the server.
    QVERIFY(!PostgresSecurity::loginRole(m_database, QString(60, QLatin1Char('a'))).ok());
}

void TestPostgresSecurity::disabledUserLosesLoginAndRights()
{
    addUser(QStringLiteral("leaving"), QStringLiteral("coordinator"), std::nullopt);
    QSqlDatabase open = desk(QStringLiteral("leaving"));
    QVERIFY(open.isOpen());
    QSqlQuery q(desk(QStringLiteral("admin")));
    QVERIFY2(q.exec(QStringLiteral("UPDATE users SET active = 0, version = version + 1 WHERE username = 'leaving'")),
             qPrintable(q.lastError().text()));
    // The connection opened before sees nothing and may not insert; a new login is refused.
    QSqlQuery seen(open);
    QVERIFY(seen.exec(QStringLiteral("SELECT count(*) FROM questions")) && seen.next());
    QCOMPARE(seen.value(0).toInt(), 0);
    QVERIFY(!seen.exec(QStringLiteral("INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body,"
                                      " status, created_at, updated_at) VALUES ('X', 2026, 999, 'portal', 0, 't', 'b',"
                                      " 'received', 0, 0)")));
    int exitCode = 0;
    const QString output = psql(QStringLiteral("leaving"), QStringLiteral("SELECT 1"), &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(output.contains(QStringLiteral("not permitted to log in")), qPrintable(output));
}

// The search vocabulary counts every question's words; a clerk learns nothing of a word fewer than 5 rows hold (a
// telephone number in another department's question), and cannot read the counts directly.
void TestPostgresSecurity::vocabularyTellsDesksOnlyCommonWords()
{
    const qlonglong rowsBefore = ownerValue(QStringLiteral("SELECT danhoi_search_rows()")).toLongLong();
    for (int i = 0; i < 5; ++i) {
        const QString body = i == 0 ? QStringLiteral("goi so 0912345678") : QStringLiteral("homestay nghe an");
        QVERIFY(ownerValue(QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"
                                          " VALUES (%1, 'tu vung', '%2', '', '') RETURNING rowid")
                               .arg(2000000 + 2 * i)
                               .arg(body))
                    .isValid());
    }
    QCOMPARE(ownerValue(QStringLiteral("SELECT danhoi_search_rows()")).toLongLong(), rowsBefore + 5);
    const QString ask = QStringLiteral("SELECT string_agg(term || '=' || doc, ',' ORDER BY term)"
                                       " FROM danhoi_search_vocabulary(ARRAY['tu', 'homestay', '0912345678', 'khong'])");
    int exitCode = 0;
    QCOMPARE(psql(QStringLiteral("coord"), ask, &exitCode), QStringLiteral("0912345678=1,homestay=4,tu=5"));
    QCOMPARE(psql(QStringLiteral("clerk.tp"), ask, &exitCode), QStringLiteral("tu=5"));
    const QString direct = psql(QStringLiteral("clerk.tp"), QStringLiteral("SELECT count(*) FROM question_search_terms"),
                                &exitCode);
    QVERIFY(exitCode != 0);
    QVERIFY2(direct.contains(QStringLiteral("permission denied")), qPrintable(direct));
    // Counts follow changes and deletions of rows.
    QVERIFY(ownerValue(QStringLiteral("UPDATE question_search SET body = 'homestay' WHERE rowid = 2000000 RETURNING 1"))
                .isValid());
    QCOMPARE(psql(QStringLiteral("clerk.tp"), ask, &exitCode), QStringLiteral("homestay=5,tu=5"));
    // Folded into the counts (every 500th statement does it), the same answers.
    QVERIFY(ownerValue(QStringLiteral("SELECT danhoi_search_terms_fold()")).isValid());
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM question_search_term_changes")).toInt(), 0);
    QCOMPARE(psql(QStringLiteral("clerk.tp"), ask, &exitCode), QStringLiteral("homestay=5,tu=5"));
    QCOMPARE(psql(QStringLiteral("coord"), ask, &exitCode), QStringLiteral("homestay=5,tu=5"));
    QVERIFY(ownerValue(QStringLiteral("DELETE FROM question_search WHERE rowid >= 2000000 RETURNING 1")).isValid());
    QCOMPARE(psql(QStringLiteral("coord"), ask, &exitCode), QString());
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM question_search_terms WHERE term = '0912345678'")).toInt(), 0);
    QCOMPARE(ownerValue(QStringLiteral("SELECT danhoi_search_rows()")).toLongLong(), rowsBefore);
}

// Every db upgrade applies the layer again; counting the whole vocabulary took 52 s at 300,000 questions, so it
// is counted again only when the counts may have missed rows: a word-count trigger switched off, or a total of
// index rows that is not the index's. Counts the triggers kept are left as they are.
void TestPostgresSecurity::vocabularyIsCountedAgainOnlyWhenItMayHaveMissedRows()
{
    auto reapply = [this]() {
        QVERIFY(m_owner.transaction());
        auto again = PostgresSecurity::apply(m_owner);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(m_owner.commit());
    };
    auto count = [this](const QString& term) {
        return ownerValue(QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM (SELECT doc AS n FROM question_search_terms"
                                         " WHERE term = '%1' UNION ALL SELECT n FROM question_search_term_changes"
                                         " WHERE term = '%1') k")
                              .arg(term))
            .toLongLong();
    };
    QVERIFY(ownerValue(QStringLiteral("INSERT INTO question_search (rowid, title, body, answer, locality)"
                                      " VALUES (3000000, 'dem lai', '', '', '') RETURNING rowid"))
                .isValid());
    QCOMPARE(count(QStringLiteral("dem")), 1LL);
    // A word's count off by one with the total right: the triggers kept it, so it is not counted again.
    QVERIFY(ownerValue(QStringLiteral("INSERT INTO question_search_term_changes (term, n) VALUES ('dem', 1) RETURNING 1"))
                .isValid());
    reapply();
    QCOMPARE(count(QStringLiteral("dem")), 2LL);
    // The total off (rows written with the triggers off): counted again from the index, every word.
    QVERIFY(ownerValue(QStringLiteral("INSERT INTO question_search_term_changes (term, n) VALUES ('', 1) RETURNING 1"))
                .isValid());
    reapply();
    QCOMPARE(count(QStringLiteral("dem")), 1LL);
    QCOMPARE(ownerValue(QStringLiteral("SELECT danhoi_search_rows()")).toLongLong(),
             ownerValue(QStringLiteral("SELECT count(*) FROM question_search")).toLongLong());
    // A trigger switched off and left so: counted again, and on again.
    QVERIFY(ownerValue(QStringLiteral("INSERT INTO question_search_term_changes (term, n) VALUES ('dem', 1) RETURNING 1"))
                .isValid());
    QVERIFY(m_owner.exec(QStringLiteral("ALTER TABLE question_search DISABLE TRIGGER question_search_terms_update"))
                .lastError()
                .type() == QSqlError::NoError);
    reapply();
    QCOMPARE(count(QStringLiteral("dem")), 1LL);
    QCOMPARE(ownerValue(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'question_search'::regclass"
                                       " AND tgenabled = 'D'"))
                 .toInt(),
             0);
    QVERIFY(ownerValue(QStringLiteral("DELETE FROM question_search WHERE rowid = 3000000 RETURNING 1")).isValid());
    QCOMPARE(count(QStringLiteral("dem")), 0LL);
}

QTEST_GUILESS_MAIN(TestPostgresSecurity)
#include "tst_postgressecurity.moc"

// The newest matches are read slice by slice of 32,768 rowids (postgres/9-search.sql, danhoi_search_walk): the
// rows, their order and the cut must be those of one ORDER BY rowid DESC LIMIT over every match, whichever way the
// walk goes: slice after slice (a word in every row), the rest at once (a word only in old rows, or in few), a
// prefix (read at once), a window of full rows for a reader who sees everything (no question read).
void TestPostgresSecurity::searchWalksTheSlicesNewestFirst()
{
    // 700 full rows and every third one's public row above the questions' own rows: 300 spaced 4,000 rowids apart
    // (over 37 slices of 32,768, with empty ones below), then 400 spaced 40 apart (about 50 in a slice of 2,048).
    // The words: one in every row, one in every seventh, one in the oldest twenty only, one in every fifth row that
    // starts with "zluong" (three words), one of forty that start with "zso" (a prefix of more than 32 words is read
    // at once). No question has these rowids: a clerk reads only the public rows.
    QVERIFY(ownerValue(QStringLiteral(
                           "WITH n AS (SELECT n, CASE WHEN n <= 300 THEN 3000000 + n * 4000 ELSE 4300000 + (n - 300) * 40"
                           " END AS at FROM generate_series(1, 700) n)"
                           " INSERT INTO question_search (rowid, title, body, answer, locality)"
                           " SELECT at + p, 'walk', concat_ws(' ', 'zchung', 'zso' || n % 40, CASE WHEN n % 7 = 0 THEN"
                           " 'zhiem' END, CASE WHEN n <= 20 THEN 'zcu' END, CASE WHEN n % 5 = 0 THEN 'zluong' || n % 3 END),"
                           " '', '' FROM n, (VALUES (0), (1)) v(p) WHERE p = 0 OR n % 3 = 0 RETURNING 1"))
                .isValid());
    const auto cleanup = qScopeGuard([&] {
        ownerValue(QStringLiteral("DELETE FROM question_search WHERE rowid >= 3000000 RETURNING 1"));
    });
    int exitCode = 0;
    auto newest = [&](const QString& user, const QString& query, int limit) {
        return psql(user, QStringLiteral("SELECT string_agg(rowid::text, ',' ORDER BY n) FROM (SELECT rowid,"
                                         " row_number() OVER () AS n FROM danhoi_search_newest('%1', %2)) w")
                              .arg(query)
                              .arg(limit),
                    &exitCode);
    };
    auto expected = [&](const QString& query, int limit, const QString& only = QStringLiteral("true")) {
        return ownerValue(QStringLiteral("SELECT string_agg(rowid::text, ',' ORDER BY rowid DESC) FROM (SELECT rowid"
                                         " FROM question_search WHERE document @@ to_tsquery('simple', '%1') AND %3"
                                         " ORDER BY rowid DESC LIMIT %2) m")
                              .arg(query)
                              .arg(limit)
                              .arg(only))
            .toString();
    };
    for (const QString& query : {QStringLiteral("zchung"), QStringLiteral("zhiem"), QStringLiteral("zcu"),
                                 QStringLiteral("zluong:*"), QStringLiteral("zchung & zluong1"), QStringLiteral("zhiem & !zcu"),
                                 QStringLiteral("zso:*"), QStringLiteral("zhiem & zso1:*"), QStringLiteral("zcu <-> zluong:*"),
                                 QStringLiteral("zchung & znothing:*")})
        for (int limit : {1, 5, 40, 150, 1000}) {
            const QString all = expected(query, limit);
            QCOMPARE(all.isEmpty(), query.contains(QStringLiteral("znothing")));
            QCOMPARE(newest(QStringLiteral("coord"), query, limit), all);
            QCOMPARE(newest(QStringLiteral("clerk.tp"), query, limit), expected(query, limit, QStringLiteral("rowid % 2 = 1")));
            const QString window = psql(
                QStringLiteral("coord"),
                QStringLiteral("SELECT string_agg(rowid::text, ',' ORDER BY n) FROM (SELECT rowid, row_number() OVER ()"
                               " AS n FROM danhoi_search_window('%1', %2, 'everything', NULL, NULL, NULL, NULL, NULL,"
                               " NULL)) w")
                    .arg(query)
                    .arg(limit),
                &exitCode);
            QCOMPARE(window, expected(query, limit, QStringLiteral("rowid % 2 = 0")));
        }
    QCOMPARE(psql(QStringLiteral("clerk.tp"), QStringLiteral("SELECT newest || ',' || oldest FROM danhoi_search_span()"),
                  &exitCode),
             ownerValue(QStringLiteral("SELECT max(rowid) || ',' || min(rowid) FROM question_search")).toString());
}

// A clerk's search on the server: the window of danhoi_search_window, the samples of danhoi_search_newest and the
// counts of danhoi_search_term_weights hold exactly the rows the clerk may read, in the order and cut of one ORDER BY
// rowid DESC LIMIT over them: their department's full rows, the public rows of the others' published questions (a
// window never shows the public row of their own department's question, whose full row it shows), never another
// department's or an unrouted question's full row, whatever scope the clerk asks the function for; the
// coordinator's window of the same scope holds the same rows, and their own scope every full row.
void TestPostgresSecurity::searchShowsAClerkOnlyWhatTheyMayRead()
{
    // 600 questions above the others' ids: 240 spaced 2,000 ids apart (4,000 rowids: over 30 slices of 32,768),
    // then 360 spaced 20 apart (about 50 rows in a slice of 2,048); by turns of the law department, of building, of
    // law, of none; every third one published, with a public row whose text differs from the full row's.
    QVERIFY(ownerValue(QStringLiteral(
                           "WITH n AS (SELECT n, CASE WHEN n <= 240 THEN 1500000 + n * 2000 ELSE 2000000 + (n - 240) * 20"
                           " END AS id FROM generate_series(1, 600) n)"
                           " INSERT INTO questions (id, ref, ref_year, ref_seq, channel, received_at, title, body, status,"
                           " department_id, published_revision_id, created_at, updated_at)"
                           " SELECT id, 'ZW-' || n, 2099, n, 'portal', 0, 'walk', 'walk', CASE WHEN n % 3 = 0 THEN"
                           " 'published' ELSE 'received' END, CASE n % 4 WHEN 1 THEN %2 WHEN 3 THEN NULL ELSE %1 END,"
                           " CASE WHEN n % 3 = 0 THEN n END, 0, 0 FROM n RETURNING 1")
                           .arg(m_lawDepartment)
                           .arg(m_buildingDepartment))
                .isValid());
    QVERIFY(ownerValue(QStringLiteral(
                           "INSERT INTO question_search (rowid, title, body, answer, locality)"
                           " SELECT q.id * 2 + p, 'walk', concat_ws(' ', 'zchung', 'zso' || q.ref_seq % 40, CASE WHEN"
                           " q.ref_seq % 7 = 0 THEN 'zhiem' END, CASE WHEN q.ref_seq <= 20 THEN 'zcu' END, CASE WHEN"
                           " q.ref_seq % 5 = 0 THEN 'zluong' || q.ref_seq % 3 END, CASE WHEN q.ref_seq = 4 THEN 'zhiemhoi' END,"
                           " CASE p WHEN 0 THEN 'zkin' ELSE 'zcong'"
                           " END), '', '' FROM questions q, (VALUES (0), (1)) v(p)"
                           " WHERE q.ref_year = 2099 AND (p = 0 OR q.published_revision_id IS NOT NULL) RETURNING 1"))
                .isValid());
    const auto cleanup = qScopeGuard([&] {
        ownerValue(QStringLiteral("DELETE FROM question_search WHERE rowid >= 3000000 RETURNING 1"));
        ownerValue(QStringLiteral("DELETE FROM questions WHERE ref_year = 2099 RETURNING 1"));
    });
    const QString law = QString::number(m_lawDepartment);
    // What the clerk may read of the index (the table's policy), and what a window of each scope shows of it.
    const QString readable = QStringLiteral("(rowid % 2 = 1 OR q.department_id = %1)").arg(law);
    const QString lawScope = QStringLiteral("((rowid % 2 = 0 AND q.department_id = %1) OR (rowid % 2 = 1 AND"
                                            " q.published_revision_id IS NOT NULL AND q.department_id IS DISTINCT FROM %1))")
                                 .arg(law);
    // Through the desks' own connections (a psql process per statement is too slow for this many).
    auto read = [this](const QString& user, const QString& sql) {
        QSqlQuery q(desk(user));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("failed: %1").arg(q.lastError().text());
        return q.value(0).toString();
    };
    auto expected = [&](const QString& columns, const QString& query, int limit, const QString& only) {
        return ownerValue(QStringLiteral("SELECT string_agg(%4, ',' ORDER BY rowid DESC) FROM (SELECT s.* FROM"
                                         " question_search s JOIN questions q ON q.id = s.rowid / 2 WHERE q.ref_year = 2099"
                                         " AND document @@ to_tsquery('simple', '%1') AND %3 ORDER BY rowid DESC LIMIT %2) m")
                              .arg(query)
                              .arg(limit)
                              .arg(only, columns))
            .toString();
    };
    const QString rowsAndTexts = QStringLiteral("rowid || ':' || body");
    auto window = [&](const QString& user, const QString& query, int limit, const QString& scope) {
        return read(user,
                    QStringLiteral("SELECT string_agg(%4, ',' ORDER BY n) FROM (SELECT *, row_number() OVER () AS n"
                                   " FROM danhoi_search_window('%1', %2, %3, NULL, NULL, NULL, NULL, NULL)) w"
                                   " WHERE rowid >= 3000000")
                        .arg(query)
                        .arg(limit)
                        .arg(scope, rowsAndTexts));
    };
    for (const QString& query : {QStringLiteral("zchung"), QStringLiteral("zhiem"), QStringLiteral("zcu"),
                                 QStringLiteral("zkin"), QStringLiteral("zcong & zhiem"), QStringLiteral("zluong:*"),
                                 QStringLiteral("zchung & !zkin"), QStringLiteral("zso1:*"), QStringLiteral("zcu <-> zluong:*")})
        for (int limit : {1, 40, 1000}) {
            const QString shown = expected(rowsAndTexts, query, limit, lawScope);
            QCOMPARE(window(QStringLiteral("clerk.tp"), query, limit, QStringLiteral("'department', %1").arg(law)), shown);
            QCOMPARE(window(QStringLiteral("coord"), query, limit, QStringLiteral("'department', %1").arg(law)), shown);
            // A clerk asking for more than their scope still gets only what they may read.
            QCOMPARE(window(QStringLiteral("clerk.tp"), query, limit, QStringLiteral("'everything', NULL")),
                     expected(rowsAndTexts, query, limit, QStringLiteral("rowid % 2 = 0 AND q.department_id = %1").arg(law)));
            QCOMPARE(window(QStringLiteral("clerk.tp"), query, limit, QStringLiteral("'department', %1").arg(m_buildingDepartment)),
                     expected(rowsAndTexts, query, limit,
                              QStringLiteral("rowid % 2 = 1 AND q.published_revision_id IS NOT NULL AND q.department_id"
                                             " IS DISTINCT FROM %1").arg(m_buildingDepartment)));
            QCOMPARE(window(QStringLiteral("coord"), query, limit, QStringLiteral("'everything', NULL")),
                     expected(rowsAndTexts, query, limit, QStringLiteral("rowid % 2 = 0")));
            // The samples that weigh the terms: only readable rows, counted up to the limit, and the oldest of them.
            const QString sample = read(QStringLiteral("clerk.tp"),
                                        QStringLiteral("SELECT string_agg(rowid::text, ',' ORDER BY n) FROM (SELECT rowid,"
                                                       " row_number() OVER () AS n FROM danhoi_search_newest('%1', %2)) w"
                                                       " WHERE rowid >= 3000000")
                                            .arg(query)
                                            .arg(limit));
            QCOMPARE(sample, expected(QStringLiteral("rowid::text"), query, limit, readable));
            const QString counted = read(QStringLiteral("clerk.tp"),
                                         QStringLiteral("SELECT counted || ',' || COALESCE(oldest::text, '-') FROM"
                                                        " danhoi_search_term_weights(ARRAY['%1'], ARRAY[NULL], %2)")
                                             .arg(query)
                                             .arg(limit));
            const QStringList rows = sample.split(QLatin1Char(','), Qt::SkipEmptyParts);
            QCOMPARE(counted, QStringLiteral("%1,%2").arg(rows.size()).arg(rows.isEmpty() ? QStringLiteral("-") : rows.last()));
        }
    // Several terms in one call, in their order, with the index's row count and rowid span.
    QCOMPARE(read(QStringLiteral("clerk.tp"),
                  QStringLiteral("SELECT string_agg(concat_ws('/', counted, oldest, total, newest_row, oldest_row), ','"
                                 " ORDER BY term) FROM danhoi_search_term_weights(ARRAY['zkin', 'zcong', 'znothing'],"
                                 " ARRAY[NULL, NULL, NULL]::text[], 1000)")),
             ownerValue(QStringLiteral(
                            "SELECT concat_ws('/', count(*) FILTER (WHERE rowid % 2 = 0 AND q.department_id = %1),"
                            " min(rowid) FILTER (WHERE rowid % 2 = 0 AND q.department_id = %1), t.total, t.newest, t.oldest)"
                            " || ',' || concat_ws('/', count(*) FILTER (WHERE rowid % 2 = 1), min(rowid) FILTER (WHERE"
                            " rowid % 2 = 1), t.total, t.newest, t.oldest) || ',' || concat_ws('/', 0, NULL, t.total,"
                            " t.newest, t.oldest) FROM question_search s JOIN questions q ON q.id = s.rowid / 2,"
                            " (SELECT danhoi_search_rows() AS total, max(rowid) AS newest, min(rowid) AS oldest FROM"
                            " question_search) t WHERE q.ref_year = 2099 GROUP BY t.total, t.newest, t.oldest")
                            .arg(law))
                 .toString());
    // A term of one word: the server's count of every index row that holds it (the rows of the row count), for a
    // desk that does not see everything from 5 rows up; a rarer word is sampled over the rows the desk may read.
    auto weight = [&](const QString& user, const QString& word) {
        return read(user, QStringLiteral("SELECT counted || ',' || COALESCE(oldest::text, '-') || ',' || exact FROM"
                                         " danhoi_search_term_weights(ARRAY['%1'], ARRAY['%1'], 1000)")
                              .arg(word));
    };
    auto everyRow = [&](const QString& word) {
        return ownerValue(QStringLiteral("SELECT count(*) FROM question_search WHERE document @@ to_tsquery('simple', '%1')")
                              .arg(word))
            .toString();
    };
    QCOMPARE(weight(QStringLiteral("clerk.tp"), QStringLiteral("zkin")), everyRow(QStringLiteral("zkin")) + QStringLiteral(",-,true"));
    QCOMPARE(weight(QStringLiteral("coord"), QStringLiteral("zhiem")), everyRow(QStringLiteral("zhiem")) + QStringLiteral(",-,true"));
    QCOMPARE(everyRow(QStringLiteral("zhiemhoi")), QStringLiteral("1")); // the full row of a law question, unpublished
    QCOMPARE(weight(QStringLiteral("coord"), QStringLiteral("zhiemhoi")), QStringLiteral("1,-,true"));
    QCOMPARE(weight(QStringLiteral("clerk.tp"), QStringLiteral("zhiemhoi")),
             QStringLiteral("1,%1,false").arg(expected(QStringLiteral("rowid::text"), QStringLiteral("zhiemhoi"), 1, readable)));
    QCOMPARE(weight(QStringLiteral("clerk.tp"), QStringLiteral("znothing")), QStringLiteral("0,-,false"));
}
