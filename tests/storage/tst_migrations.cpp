// Schema versions: fresh databases, upgrades (with a backup beside an SQLite file; on a server only when its owner
// asks, desks refuse), and refusals.

#include "core/AuditChain.h"
#include "services/MaintenanceService.h"
#include "services/ServiceContext.h"
#include "storage/Migrations.h"
#include "storage/RevisionRepository.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace danhoi;
using namespace danhoi::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabaseGetsLatestVersion();
    void missingFileIsNotCreatedWhenItMustExist();
    void everyStepFromThePreviousVersion();
    void upgradeFromVersion1WritesABackup();
    void upgradeKeepsTheAuditChainVerifiable();
    void upgradeCheckReadsEveryPage();
    void newerSchemaIsRefused();
    void foreignSqliteFileIsRefused();
    void nonSqliteFileIsRefused();
    void desksRefuseAnOlderServerSchema();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }
    // A new, empty database of the backend under test: the file `name` (SQLite) or a fresh server database.
    QString emptyDatabase(const QString& name)
    {
        if (!BackendUnderTest::isPostgres())
            return path(name);
        m_servers.push_back(std::make_unique<BackendUnderTest>());
        if (!m_servers.back()->create(false))
            return {};
        const QString location = m_servers.back()->location;
        m_servers.back()->db.reset(); // only the location is needed
        return location;
    }
    static Result<std::shared_ptr<Database>> rawOpen(const QString& location)
    {
        if (!BackendUnderTest::isPostgres())
            return Database::openSqlite(location);
        return Database::openPostgres(DatabaseLocation::parse(location).value());
    }
    // As the owner (db upgrade): an SQLite file upgrades anyway; a server only when asked.
    static Result<DatabaseOpener::Opened> ownerOpen(const QString& location, bool mustExist)
    {
        DatabaseOpener::Request request;
        request.location = location;
        request.mustExist = mustExist;
        request.upgradeServer = true;
        return DatabaseOpener::open(request);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<BackendUnderTest>> m_servers;
};

void TestMigrations::init()
{
    m_servers.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::freshDatabaseGetsLatestVersion()
{
    QVERIFY(Migrations::latestVersion() >= 2);
    const QString fresh = emptyDatabase(QStringLiteral("fresh.sqlite"));
    QVERIFY(!fresh.isEmpty());
    auto opened = ownerOpen(fresh, false);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened->upgradedFrom, 0);
    QVERIFY(opened->backupPath.isEmpty());
    QCOMPARE(Migrations::currentVersion(*opened->db).value(), Migrations::latestVersion());
    QVERIFY(Migrations::requireCurrent(*opened->db).ok());
    // No backup of an empty file.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    // Opening again changes nothing.
    auto again = DatabaseOpener::open(fresh, true);
    QVERIFY(again.ok());
    QCOMPARE(again->upgradedFrom, 0);
    QVERIFY(again->backupPath.isEmpty());
}

void TestMigrations::missingFileIsNotCreatedWhenItMustExist()
{
    DANHOI_SQLITE_ONLY("a missing file (a server's missing database: tst_databaselocation)");
    const QString missing = path(QStringLiteral("missing.sqlite"));
    auto opened = DatabaseOpener::open(missing, true);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Other);
    QVERIFY(opened.error().message.contains(missing));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestMigrations::everyStepFromThePreviousVersion()
{
    for (int from = 0; from < Migrations::latestVersion(); ++from) {
        const QString file = emptyDatabase(QStringLiteral("step%1.sqlite").arg(from));
        {
            auto db = rawOpen(file);
            QVERIFY(db.ok());
            QVERIFY(Migrations::migrateTo(*db.value(), from).ok());
            QCOMPARE(Migrations::currentVersion(*db.value()).value(), from);
            if (from > 0)
                QVERIFY(!Migrations::requireCurrent(*db.value()).ok());
        }
        auto opened = ownerOpen(file, true);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(Migrations::currentVersion(*opened->db).value(), Migrations::latestVersion());
        QCOMPARE(opened->upgradedFrom, from);
        QCOMPARE(opened->backupPath.isEmpty(), from == 0 || BackendUnderTest::isPostgres()); // pg_dump's job
    }
}

void TestMigrations::upgradeFromVersion1WritesABackup()
{
    DANHOI_SQLITE_ONLY("the backup copy beside the file (VACUUM INTO); a server is backed up with pg_dump");
    const QString file = path(QStringLiteral("v1.sqlite"));
    {
        auto db = Database::openSqlite(file);
        QVERIFY(db.ok());
        QVERIFY(Migrations::migrateTo(*db.value(), 1).ok());
        QCOMPARE(Migrations::currentVersion(*db.value()).value(), 1);
        Database& v1 = *db.value();
        QVERIFY(execSql(v1, QStringLiteral("INSERT INTO departments (code, name_vi) VALUES ('SVH', 'Sở Văn hóa')")));
        QVERIFY(execSql(v1, QStringLiteral(
            "INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body, status, department_id,"
            " created_at, updated_at) VALUES ('HD-2024-000007', 2024, 7, 'portal', 1700000000000, 'Lễ hội',"
            " 'Khi nào?', 'assigned', 1, 1700000000000, 1700000000000)")));
    }
    auto opened = DatabaseOpener::open(file, true);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(opened->upgradedFrom, 1);
    QCOMPARE(Migrations::currentVersion(*opened->db).value(), Migrations::latestVersion());
    QCOMPARE(countRows(*opened->db, QStringLiteral("questions")), 1);
    QCOMPARE(scalar(*opened->db, QStringLiteral("SELECT title FROM questions")).toString(), QStringLiteral("Lễ hội"));
    QCOMPARE(countRows(*opened->db, QStringLiteral("audit_head")), 1);

    // The backup lies beside the database, opens, still has version 1 and holds the rows.
    const QFileInfo backup(opened->backupPath);
    QVERIFY2(backup.exists(), qPrintable(opened->backupPath));
    QCOMPARE(backup.absolutePath(), QFileInfo(file).absolutePath());
    QVERIFY(backup.fileName().startsWith(QLatin1String("v1.sqlite")));
    auto copy = Database::openSqlite(backup.absoluteFilePath());
    QVERIFY(copy.ok());
    QCOMPARE(Migrations::currentVersion(*copy.value()).value(), 1);
    QCOMPARE(countRows(*copy.value(), QStringLiteral("questions")), 1);
    QCOMPARE(scalar(*copy.value(), QStringLiteral("SELECT ref FROM questions")).toString(),
             QStringLiteral("HD-2024-000007"));
    QCOMPARE(scalar(*copy.value(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestMigrations::upgradeKeepsTheAuditChainVerifiable()
{
    const QString file = emptyDatabase(QStringLiteral("v1audit.sqlite"));
    QString lastHash;
    {
        auto db = rawOpen(file);
        QVERIFY(db.ok());
        QVERIFY(Migrations::migrateTo(*db.value(), 1).ok());
        // Version 1 had no head table; events chained by hand.
        QString previous = AuditChain::genesisHash();
        for (int seq = 1; seq <= 3; ++seq) {
            AuditEvent event;
            event.seq = seq;
            event.at = QDateTime::fromMSecsSinceEpoch(1700000000000 + seq, Qt::UTC);
            event.username = QStringLiteral("admin");
            event.action = QStringLiteral("init");
            event.note = QStringLiteral("n%1").arg(seq);
            event.prevHash = previous;
            event.hash = AuditChain::hashOf(event);
            QVERIFY(execSql(*db.value(), QStringLiteral("INSERT INTO audit_events (seq, at, username, action, note,"
                                                        " prev_hash, hash) VALUES (%1, %2, 'admin', 'init', '%3', '%4',"
                                                        " '%5')")
                                             .arg(seq)
                                             .arg(event.at.toMSecsSinceEpoch())
                                             .arg(event.note, event.prevHash, event.hash)));
            previous = event.hash;
        }
        lastHash = previous;
    }
    auto opened = ownerOpen(file, true);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    auto connection = opened->db->connection();
    AuditRepository audit(connection.value());
    const auto head = audit.head();
    QVERIFY(head.ok());
    QCOMPARE(head->first, 3);
    QCOMPARE(head->second, lastHash);
    const AuditChain::Verdict verdict = AuditChain::verify(audit.list().value(), head->second, head->first);
    QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    QCOMPARE(verdict.checked, 3);
}

// db upgrade's own check is quick_check (db check's full one takes a quarter of an hour at a million questions): it
// passes on an upgraded file and finds a damaged page.
void TestMigrations::upgradeCheckReadsEveryPage()
{
    DANHOI_SQLITE_ONLY("the pages of a file; a server checks its own");
    const QString file = path(QStringLiteral("pages.sqlite"));
    {
        auto db = Database::openSqlite(file);
        QVERIFY(db.ok());
        QVERIFY(Migrations::migrateTo(*db.value(), 1).ok());
        QVERIFY(execSql(*db.value(), QStringLiteral("INSERT INTO departments (code, name_vi) VALUES ('SVH', 'Sở Văn hóa')")));
        for (int i = 1; i <= 300; ++i)
            QVERIFY(execSql(*db.value(), QStringLiteral(
                "INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body, status,"
                " department_id, created_at, updated_at) VALUES ('HD-2024-%1', 2024, %1, 'portal', 1700000000000,"
                " 'Lễ hội số %1', '%2', 'assigned', 1, 1700000000000, 1700000000000)")
                                                .arg(i)
                                                .arg(QString(200, QLatin1Char('x')))));
    }
    int rootPage = 0;
    {
        auto opened = DatabaseOpener::open(file, true);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->upgradedFrom, 1);
        auto health = MaintenanceService::checkUpgradedDatabase(*opened->db);
        QVERIFY(health.ok());
        QVERIFY2(health->ok, qPrintable(health->problems.join(QLatin1Char('\n'))));
        QCOMPARE(health->schemaVersion, Migrations::latestVersion());
        rootPage = scalar(*opened->db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'questions'")).toInt();
        QVERIFY(rootPage > 1);
        QVERIFY(QFile::remove(opened->backupPath));
    }
    { // garbage over the cell pointers of the questions table's root page
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QVERIFY(raw.seek(qint64(rootPage - 1) * 4096 + 12));
        QVERIFY(raw.write(QByteArray(64, '\xff')) == 64);
    }
    auto reopened = DatabaseOpener::open(file, true);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
    auto health = MaintenanceService::checkUpgradedDatabase(*reopened->db);
    QVERIFY(health.ok());
    QVERIFY(!health->ok);
    QVERIFY(!health->problems.isEmpty());
}

void TestMigrations::newerSchemaIsRefused()
{
    const QString file = emptyDatabase(QStringLiteral("newer.sqlite"));
    {
        auto opened = ownerOpen(file, false);
        QVERIFY(opened.ok());
        QVERIFY(execSql(*opened->db,
                        QStringLiteral("UPDATE schema_version SET version = %1").arg(Migrations::latestVersion() + 1)));
    }
    for (bool owner : {false, true}) {
        auto refused = owner ? ownerOpen(file, true) : DatabaseOpener::open(file, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Other);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
        QVERIFY2(message.contains(QString::number(Migrations::latestVersion() + 1)), qPrintable(message));
    }
    auto refused = DatabaseOpener::open(file, true);
    const QString message = refused.error().message;
    QVERIFY2(message.contains(QLatin1String("newer")), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Migrations::latestVersion() + 1)), qPrintable(message));
    // Refusing writes nothing: no backup, the version stays.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    auto raw = rawOpen(file);
    QVERIFY(raw.ok());
    QCOMPARE(Migrations::currentVersion(*raw.value()).value(), Migrations::latestVersion() + 1);
    QVERIFY(!Migrations::requireCurrent(*raw.value()).ok());
    QVERIFY(!Migrations::upgrade(*raw.value()).ok());
}

void TestMigrations::foreignSqliteFileIsRefused()
{
    const QString file = emptyDatabase(QStringLiteral("other-app.sqlite"));
    {
        auto db = rawOpen(file);
        QVERIFY(db.ok());
        QVERIFY(execSql(*db.value(), QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(execSql(*db.value(), QStringLiteral("INSERT INTO contacts (id, name) VALUES (1, 'x')")));
    }
    auto refused = ownerOpen(file, true);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String(BackendUnderTest::isPostgres() ? "no DanHoi schema"
                                                                                           : "not a DanHoi database")),
             qPrintable(refused.error().message));
    auto raw = rawOpen(file);
    QVERIFY(raw.ok());
    auto connection = raw.value()->connection();
    QCOMPARE(connection->tables(), QStringList{QStringLiteral("contacts")});
}

void TestMigrations::nonSqliteFileIsRefused()
{
    DANHOI_SQLITE_ONLY("a file that is not an SQLite database");
    const QString file = path(QStringLiteral("notes.txt"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("This is not a database, just some text that is long enough.\n").repeated(100));
    text.close();
    const QByteArray before = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto refused = DatabaseOpener::open(file, true);
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message.isEmpty());
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

// A desk (any open without the owner's upgrade) never changes a server's schema; the owner's db upgrade does.
void TestMigrations::desksRefuseAnOlderServerSchema()
{
    if (!BackendUnderTest::isPostgres()) // a desk on a file upgrades it after a backup: everyStepFromThePreviousVersion
        QSKIP("PostgreSQL only: an SQLite file is upgraded by whoever opens it, after a backup");
    const QString location = emptyDatabase({});
    QVERIFY(!location.isEmpty());
    {
        auto db = rawOpen(location);
        QVERIFY(db.ok());
        QVERIFY(Migrations::migrateTo(*db.value(), 3).ok());
    }
    auto desk = DatabaseOpener::open(location, true);
    QVERIFY(!desk.ok());
    QVERIFY2(desk.error().message.contains(QLatin1String("db upgrade")), qPrintable(desk.error().message));
    auto raw = rawOpen(location);
    QCOMPARE(Migrations::currentVersion(*raw.value()).value(), 3); // untouched
    auto owner = ownerOpen(location, true);
    QVERIFY2(owner.ok(), qPrintable(owner.error().message));
    QCOMPARE(owner->upgradedFrom, 3);
    QVERIFY(DatabaseOpener::open(location, true).ok());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
