// db copy: a single-desk SQLite installation moved onto a new PostgreSQL database — every row with its id, the audit
// chain verifiable on the server, identities past the copied ids, search working, refusals that change nothing.

#include "ServicesFixture.h"
#include "services/AuditService.h"
#include "services/CalendarService.h"
#include "services/DatabaseCopy.h"
#include "services/PublishService.h"
#include "services/QuestionService.h"
#include "services/SearchService.h"
#include "services/WorkflowService.h"
#include "storage/BulkLoad.h"
#include "storage/Migrations.h"
#include "storage/PostgresSecurity.h"
#include "storage/TableCopier.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestDatabaseCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everythingArrivesVerbatim();
    void theServerCarriesOn();
    void aTargetWithDataIsRefused();
    void badLocationsAreRefused();
    void aBrokenChainIsNotCopied();
    void usersBecomeLoginsOnAProvisionedServer();
    void publishedQuestionsKeepTheirPublicVersion();
    void manyRowsGoManyAStatement();
    void theFileIsNeverChanged();
    void anOlderFileIsRefusedAsItIs();
    void theBulkPathKnowsEveryTrigger();

private:
    void provisionTarget();
    static QByteArray fileHash(const QString& path);
    Question add(const QString& title);
    bool perform(const User& who, const Question& q, Action action, ActionInput input = {});
    QList<QVariantList> rowsOf(Database& db, const QString& table);

    Agency m_source; // the single-desk installation (SQLite)
    BackendUnderTest m_target;
    User m_coordinator, m_clerk, m_boss;
    Question m_published, m_duplicate;
};

Question TestDatabaseCopy::add(const QString& title)
{
    NewQuestion input;
    input.title = title;
    input.body = QStringLiteral("Xin hỏi về %1? Gọi 0912 345 678.").arg(title);
    input.asker = {QStringLiteral("Nguyễn Văn A"), QStringLiteral("Phường 1"), QStringLiteral("0912 345 678"),
                   QStringLiteral("a@example.vn"), QStringLiteral("12 Lê Lợi"), QStringLiteral("001234567890")};
    auto added = QuestionService(m_source.context, m_coordinator).add(input);
    return added.ok() ? added.value() : Question();
}

bool TestDatabaseCopy::perform(const User& who, const Question& q, Action action, ActionInput input)
{
    auto done = WorkflowService(m_source.context, who).perform(q.ref, action, input);
    if (!done)
        qWarning("%s: %s", qPrintable(actionName(action)), qPrintable(done.error().message));
    return done.ok();
}

QList<QVariantList> TestDatabaseCopy::rowsOf(Database& db, const QString& table)
{
    QList<QVariantList> out;
    auto connection = db.connection();
    const QSqlRecord record = connection->record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    columns.sort();
    QSqlQuery query(connection.value());
    const QString order = columns.contains(QStringLiteral("id")) ? QStringLiteral("id") : QStringLiteral("1");
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, order)))
        qWarning("%s", qPrintable(query.lastError().text()));
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i) // compared as text: the engines report integers in different types
            row.append(query.value(i).isNull() ? QStringLiteral("<null>") : query.value(i).toString());
        out.append(row);
    }
    return out;
}

void TestDatabaseCopy::initTestCase()
{
    QVERIFY(BackendUnderTest::isPostgres()); // registered as test_services_dbcopy_pg only
    QVERIFY(m_source.open(QStringLiteral("admin-pass-1"), true));
    QCOMPARE(m_source.context.db->engine(), Database::Engine::Sqlite);
    AdminService admin(m_source.context, m_source.admin);
    QVERIFY(admin.addDepartment(QStringLiteral("SVH"), QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"), {}).ok());
    QVERIFY(admin.addCategory(QStringLiteral("Lễ hội"), QStringLiteral("SVH"), 10).ok());
    m_coordinator = m_source.addUser(QStringLiteral("dieuphoi"), Role::Coordinator);
    m_clerk = m_source.addUser(QStringLiteral("chuyenvien"), Role::Clerk, QStringLiteral("SVH"));
    m_boss = m_source.addUser(QStringLiteral("lanhdao"), Role::Supervisor, QStringLiteral("SVH"));
    QVERIFY(m_boss.id > 0);
    QVERIFY(CalendarService(m_source.context, m_source.admin).setDayOff(QDate(2025, 5, 2), QStringLiteral("Nghỉ bù")).ok());

    m_published = add(QStringLiteral("Lễ hội Đền Cuông"));
    ActionInput route;
    route.departmentCode = QStringLiteral("SVH");
    ActionInput answer;
    answer.text = QStringLiteral("Lễ hội diễn ra **ngày 15 tháng Giêng**.");
    QVERIFY(perform(m_coordinator, m_published, Action::Route, route));
    QVERIFY(perform(m_clerk, m_published, Action::Draft, answer));
    QVERIFY(perform(m_clerk, m_published, Action::Submit));
    QVERIFY(perform(m_boss, m_published, Action::Approve));
    QVERIFY(PublishService(m_source.context, m_coordinator)
                .addManualRedaction(m_published.ref, ManualRedaction::Kind::Hide, QStringLiteral("Đền Cuông"))
                .ok());
    QVERIFY(perform(m_coordinator, m_published, Action::Publish));
    m_duplicate = add(QStringLiteral("Lễ hội Đền Cuông năm nay"));
    ActionInput duplicate;
    duplicate.reason = QStringLiteral("Trùng câu hỏi đã trả lời");
    duplicate.duplicateOf = m_published.ref;
    QVERIFY(perform(m_coordinator, m_duplicate, Action::Reject, duplicate));
    QVERIFY(add(QStringLiteral("Đường vào bản")).id > 0);
    QVERIFY(AdminService(m_source.context, m_source.admin).disableUser(QStringLiteral("lanhdao")).ok());
}

void TestDatabaseCopy::init()
{
    QVERIFY(m_target.create(false)); // a new, empty server database
}

void TestDatabaseCopy::everythingArrivesVerbatim()
{
    auto copied = DatabaseCopy::run(m_source.backend.location, m_target.location);
    QVERIFY2(copied.ok(), qPrintable(copied.error().message));
    QVERIFY(copied->auditEvents > 10);
    QCOMPARE(copied->rows.size(), TableCopier::tables().size() + 1); // and the public version of the published one
    QCOMPARE(copied->rows.last(), qMakePair(QStringLiteral("public_questions"), qint64(1)));
    auto server = m_target.openAnother();
    QVERIFY(server.ok());
    for (const QString& table : TableCopier::tables()) {
        const auto source = rowsOf(*m_source.context.db, table);
        const auto target = rowsOf(*server.value(), table);
        QCOMPARE(target.size(), source.size());
        if (table == QLatin1String("users")) // the server authenticates: no hash kept there
            continue;
        for (qsizetype i = 0; i < source.size(); ++i)
            if (target.at(i) != source.at(i))
                qWarning("%s row %lld: %s\n   server: %s", qPrintable(table), qlonglong(i),
                         qPrintable(QVariant(source.at(i)).toStringList().join(QLatin1Char('|'))),
                         qPrintable(QVariant(target.at(i)).toStringList().join(QLatin1Char('|'))));
        QVERIFY2(target == source, qPrintable(table));
    }
    // Migrating the target gave it the security layer too (as db provision does), so the users became logins.
    QVERIFY(copied->loginRoles);
    QCOMPARE(countRows(*server.value(), QStringLiteral("question_search")),
             countRows(*m_source.context.db, QStringLiteral("question_search")));
}

void TestDatabaseCopy::theServerCarriesOn()
{
    QVERIFY(DatabaseCopy::run(m_source.backend.location, m_target.location).ok());
    ServiceContext server;
    auto opened = DatabaseOpener::open(m_target.location, true);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    server.db = opened->db;
    server.clock = m_source.clock;
    auto verdict = AuditService(server, m_source.admin).verify();
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    // New rows get ids past the copied ones, and the chain goes on.
    NewQuestion input;
    input.title = QStringLiteral("Câu hỏi mới trên máy chủ");
    input.body = QStringLiteral("Nội dung");
    auto added = QuestionService(server, m_coordinator).add(input);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(added->id > m_duplicate.id);
    QVERIFY(AuditService(server, m_source.admin).verify()->ok);
    // The triggers the copy switched off for its rows are on again and did their work once: the counts, the search
    // vocabulary (its total of index rows) and the other departments' rows follow the server's new question.
    QCOMPARE(scalar(*server.db, QStringLiteral("SELECT COUNT(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(*server.db, QStringLiteral("SELECT SUM(n) FROM question_counts")).toLongLong(),
             countRows(*server.db, QStringLiteral("questions")));
    QCOMPARE(scalar(*server.db, QStringLiteral("SELECT danhoi_search_rows()")).toLongLong(),
             countRows(*server.db, QStringLiteral("question_search")));
    QCOMPARE(scalar(*server.db, QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT term, COUNT(*) AS doc FROM question_search,"
                 " unnest(tsvector_to_array(document)) AS term GROUP BY term) counted"
                 " FULL JOIN (SELECT term, SUM(n) AS doc FROM (SELECT term, doc AS n FROM question_search_terms"
                 " UNION ALL SELECT term, n FROM question_search_term_changes) k WHERE term <> '' GROUP BY term"
                 " HAVING SUM(n) <> 0) kept USING (term) WHERE counted.doc IS DISTINCT FROM kept.doc"))
                 .toInt(),
             0);
    QVERIFY(countRows(*server.db, QStringLiteral("question_search_terms")) > 10);
    QCOMPARE(countRows(*server.db, QStringLiteral("desk_public_rows")), 1);
    // Search finds the copied questions in folded form.
    SearchRequest request;
    request.text = QStringLiteral("den cuong");
    auto found = SearchService(server, m_coordinator).search(request);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 2);
}

void TestDatabaseCopy::aTargetWithDataIsRefused()
{
    QVERIFY(DatabaseCopy::run(m_source.backend.location, m_target.location).ok());
    const qint64 events = countRows(*m_target.openAnother().value(), QStringLiteral("audit_events"));
    auto again = DatabaseCopy::run(m_source.backend.location, m_target.location);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("already holds data")), qPrintable(again.error().message));
    QCOMPARE(countRows(*m_target.openAnother().value(), QStringLiteral("audit_events")), events);
}

void TestDatabaseCopy::badLocationsAreRefused()
{
    QCOMPARE(DatabaseCopy::run(m_target.location, m_target.location).error().kind, ErrorKind::Invalid);
    QCOMPARE(DatabaseCopy::run(m_source.backend.location, m_source.backend.location).error().kind, ErrorKind::Invalid);
    QCOMPARE(DatabaseCopy::run(QString(), m_target.location).error().kind, ErrorKind::Invalid);
    const QString missing = m_source.dir.filePath(QStringLiteral("missing.sqlite"));
    QVERIFY(!DatabaseCopy::run(missing, m_target.location).ok());
    QVERIFY(!QFileInfo::exists(missing));
    QCOMPARE(countRows(*m_target.openAnother().value(), QStringLiteral("schema_version")), 0); // never migrated
}

void TestDatabaseCopy::aBrokenChainIsNotCopied()
{
    // A copy of the source with one event edited: refused before the server is touched.
    const QString tampered = m_source.dir.filePath(QStringLiteral("tampered.sqlite"));
    QVERIFY(Migrations::copyTo(*m_source.context.db, tampered).ok());
    {
        auto db = Database::openSqlite(tampered);
        QVERIFY(db.ok());
        QVERIFY(execSql(*db.value(), QStringLiteral("UPDATE audit_events SET note = 'sửa lén' WHERE seq = 2")));
    }
    auto refused = DatabaseCopy::run(tampered, m_target.location);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Verification);
    QVERIFY2(refused.error().message.startsWith(QLatin1String("Nothing was copied")), qPrintable(refused.error().message));
    QCOMPARE(countRows(*m_target.openAnother().value(), QStringLiteral("schema_version")), 0);
}

// With the security layer on the server, each user becomes a login role whose one-time password works (SCRAM),
// and the server keeps no DanHoi password hash.
void TestDatabaseCopy::provisionTarget()
{
    DatabaseOpener::Request owner;
    owner.location = m_target.location;
    owner.upgradeServer = true;
    auto opened = DatabaseOpener::open(owner);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    Transaction tx(*opened->db);
    QVERIFY(tx.begin().ok());
    auto applied = PostgresSecurity::apply(tx.connection());
    QVERIFY2(applied.ok(), qPrintable(applied.error().message));
    QVERIFY(tx.commit().ok());
}

void TestDatabaseCopy::usersBecomeLoginsOnAProvisionedServer()
{
    provisionTarget();
    auto copied = DatabaseCopy::run(m_source.backend.location, m_target.location);
    QVERIFY2(copied.ok(), qPrintable(copied.error().message));
    QVERIFY(copied->loginRoles);
    QStringList users;
    for (const auto& [user, password] : copied->oneTimePasswords)
        users.append(user);
    users.sort();
    QCOMPARE(users, QStringList({QStringLiteral("admin"), QStringLiteral("chuyenvien"), QStringLiteral("dieuphoi")}));
    auto server = m_target.openAnother();
    QCOMPARE(scalar(*server.value(), QStringLiteral("SELECT COUNT(*) FROM users WHERE password_hash <> ''")).toInt(), 0);
    const auto location = DatabaseLocation::parse(m_target.location).value();
    const QString role = PostgresSecurity::loginRole(m_target.name, QStringLiteral("chuyenvien")).value();
    for (const auto& [user, password] : copied->oneTimePasswords) {
        if (user != QLatin1String("chuyenvien"))
            continue;
        auto desk = Database::openPostgres(location, role, password);
        QVERIFY2(desk.ok(), qPrintable(desk.error().message));
        QCOMPARE(scalar(*desk.value(), QStringLiteral("SELECT session_user")).toString(), role);
        auto wrong = Database::openPostgres(location, role, password + QStringLiteral("x"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Authentication);
    }
    // The disabled user's role exists but may not log in.
    const QString disabled = PostgresSecurity::loginRole(m_target.name, QStringLiteral("lanhdao")).value();
    QCOMPARE(scalar(*server.value(), QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'").arg(disabled))
                 .toBool(),
             false);
    ServiceContext context;
    context.db = server.value();
    QVERIFY(AuditService(context, m_source.admin).verify()->ok);
}

// Other departments and the portal read a published question's public version (public_questions), which the
// publish transition writes on a server; a copied question must arrive with it, redacted as on the single desk.
void TestDatabaseCopy::publishedQuestionsKeepTheirPublicVersion()
{
    auto expected = PublishService(m_source.context, m_coordinator).publicItems();
    QVERIFY2(expected.ok(), qPrintable(expected.error().message));
    QCOMPARE(expected->size(), 1);
    const PublicItem shown = expected->first();
    QVERIFY(!shown.question.contains(QStringLiteral("0912"))); // the redaction really hid something
    QVERIFY(!shown.title.contains(QStringLiteral("Đền Cuông")));

    auto copied = DatabaseCopy::run(m_source.backend.location, m_target.location);
    QVERIFY2(copied.ok(), qPrintable(copied.error().message));
    auto server = m_target.openAnother();
    QVERIFY(server.ok());
    auto connection = server.value()->connection();
    QSqlQuery row(connection.value());
    QVERIFY(row.exec(QStringLiteral("SELECT p.question_id, p.revision_id, p.ref, p.title, p.question, p.asker_line,"
                                    " p.answer, p.department_id = q.department_id, p.published_at = q.published_at"
                                    " FROM public_questions p JOIN questions q ON q.id = p.question_id")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toLongLong(), m_published.id);
    QCOMPARE(row.value(2).toString(), m_published.ref);
    QCOMPARE(row.value(3).toString(), shown.title);
    QCOMPARE(row.value(4).toString(), shown.question);
    QCOMPARE(row.value(5).toString(), shown.askerLine);
    QCOMPARE(row.value(6).toString(), shown.answerMarkdown);
    QVERIFY(row.value(7).toBool());
    QVERIFY(row.value(8).toBool());
    QCOMPARE(scalar(*server.value(), QStringLiteral("SELECT published_revision_id FROM questions WHERE id = %1")
                                         .arg(m_published.id))
                 .toLongLong(),
             row.value(1).toLongLong());
    QVERIFY(!row.next()); // the rejected and the received question have no public version
}

QByteArray TestDatabaseCopy::fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

// Rows go hundreds a statement: a table of 1,234 rows is two full statements and the rest, every row verbatim.
void TestDatabaseCopy::manyRowsGoManyAStatement()
{
    const QString larger = m_source.dir.filePath(QStringLiteral("larger.sqlite"));
    QFile::remove(larger);
    QVERIFY(Migrations::copyTo(*m_source.context.db, larger).ok());
    {
        auto db = Database::openSqlite(larger);
        QVERIFY(db.ok());
        QVERIFY(execSql(*db.value(), QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234)"
            " INSERT INTO calendar_days (day, kind, note) SELECT date('2030-01-01', '+' || i || ' days'),"
            " CASE WHEN i % 3 = 0 THEN 'working' ELSE 'off' END, CASE WHEN i % 5 = 0 THEN 'Ngày ' || i ELSE '' END"
            " FROM n")));
    }
    auto copied = DatabaseCopy::run(larger, m_target.location);
    QVERIFY2(copied.ok(), qPrintable(copied.error().message));
    auto source = Database::openSqlite(larger);
    auto server = m_target.openAnother();
    QVERIFY(source.ok() && server.ok());
    auto sortedRows = [this](Database& db) {
        QStringList rows;
        for (const QVariantList& row : rowsOf(db, QStringLiteral("calendar_days")))
            rows.append(QVariant(row).toStringList().join(QLatin1Char('|')));
        rows.sort();
        return rows;
    };
    const QStringList expected = sortedRows(*source.value());
    QCOMPARE(expected.size(), 1235);
    QCOMPARE(sortedRows(*server.value()), expected);
}

// The installation left behind is not changed by the copy: not a byte of its file.
void TestDatabaseCopy::theFileIsNeverChanged()
{
    const QString file = m_source.backend.location;
    const QByteArray before = fileHash(file);
    QVERIFY(!before.isEmpty());
    QVERIFY(DatabaseCopy::run(file, m_target.location).ok());
    QCOMPARE(fileHash(file), before);
}

// A file at an older schema is refused as it is: an ordinary open would upgrade it in place (and keep a backup
// beside it), which a copy must not do to the installation it leaves. The message says how to upgrade it first.
void TestDatabaseCopy::anOlderFileIsRefusedAsItIs()
{
    const QString older = m_source.dir.filePath(QStringLiteral("older.sqlite"));
    QFile::remove(older);
    {
        auto db = Database::openSqlite(older);
        QVERIFY(db.ok());
        QVERIFY(Migrations::migrateTo(*db.value(), Migrations::latestVersion() - 1).ok());
    }
    const QByteArray before = fileHash(older);
    auto refused = DatabaseCopy::run(older, m_target.location);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QVERIFY2(refused.error().message.contains(QLatin1String("db upgrade")), qPrintable(refused.error().message));
    QCOMPARE(fileHash(older), before);
    // No backup made: nothing beside the file but what SQLite makes for any reader of a WAL file.
    QCOMPARE(QDir(m_source.dir.path()).entryList({QStringLiteral("older*")}, QDir::Files),
             QStringList({QStringLiteral("older.sqlite"), QStringLiteral("older.sqlite-shm"),
                          QStringLiteral("older.sqlite-wal")}));
    QCOMPARE(countRows(*m_target.openAnother().value(), QStringLiteral("schema_version")), 0);
}

// Every trigger on the tables whose triggers the bulk path switches off is one it knows the work of: a trigger
// added to them later must be given its bulk equivalent in BulkLoad (or is left on, per row, and fails this).
void TestDatabaseCopy::theBulkPathKnowsEveryTrigger()
{
    provisionTarget();
    auto server = m_target.openAnother();
    QVERIFY(server.ok());
    for (const auto& [table, known] : BulkLoad::knownTriggers()) {
        auto connection = server.value()->connection();
        QSqlQuery triggers(connection.value());
        // Row writes only (INSERT 4, DELETE 8, UPDATE 16 in tgtype): TRUNCATE guards never fire in a copy.
        QVERIFY(triggers.exec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = '%1'::regclass"
                                             " AND NOT tgisinternal AND (tgtype & 28) <> 0 ORDER BY tgname")
                                  .arg(table)));
        QStringList present;
        while (triggers.next())
            present.append(triggers.value(0).toString());
        QStringList expected = known;
        expected.sort();
        QVERIFY2(present == expected, qPrintable(table + QStringLiteral(": ") + present.join(QLatin1Char(','))));
    }
}

QTEST_GUILESS_MAIN(TestDatabaseCopy)
#include "tst_databasecopy.moc"
