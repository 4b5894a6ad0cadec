// Database locations: plain paths stay SQLite files; postgresql:// URLs become a checked value; hostile or
// malformed URLs give a clear message; unreachable servers and refused logins say so plainly.

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "support/TestPrinting.h"

#include <QTest>

using namespace danhoi;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void plainPathsAreSqlite_data();
    void plainPathsAreSqlite();
    void postgresUrls();
    void socketAndOptions();
    void displayRoundTrips_data();
    void displayRoundTrips();
    void malformedAreRefused_data();
    void malformedAreRefused();
    void unreachableServerIsExplained();
};

void TestDatabaseLocation::plainPathsAreSqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("absolute") << QStringLiteral("/var/lib/danhoi/danhoi.sqlite");
    QTest::newRow("relative") << QStringLiteral("data/danhoi.sqlite");
    QTest::newRow("colon in name") << QStringLiteral("backup:2025.sqlite");
    QTest::newRow("vietnamese") << QStringLiteral("Sở Nội vụ/hỏi đáp.sqlite");
    QTest::newRow("empty") << QString();
}

void TestDatabaseLocation::plainPathsAreSqlite()
{
    QFETCH(QString, text);
    auto location = DatabaseLocation::parse(text);
    QVERIFY(location.ok());
    QCOMPARE(location->kind, DatabaseLocation::Kind::SqliteFile);
    QCOMPARE(location->path, text);
    QCOMPARE(location->display(), text);
}

void TestDatabaseLocation::postgresUrls()
{
    auto full = DatabaseLocation::parse(QStringLiteral("postgresql://danhoi_owner@db.so-noi-vu.vn:6543/hoidap"));
    QVERIFY(full.ok());
    QCOMPARE(full->kind, DatabaseLocation::Kind::PostgreSql);
    QCOMPARE(full->user, QStringLiteral("danhoi_owner"));
    QCOMPARE(full->host, QStringLiteral("db.so-noi-vu.vn"));
    QCOMPARE(full->port, 6543);
    QCOMPARE(full->dbname, QStringLiteral("hoidap"));
    QVERIFY(full->options.isEmpty());

    auto minimal = DatabaseLocation::parse(QStringLiteral("POSTGRES://10.0.0.5/danhoi"));
    QVERIFY(minimal.ok());
    QCOMPARE(minimal->host, QStringLiteral("10.0.0.5"));
    QCOMPARE(minimal->port, -1);
    QVERIFY(minimal->user.isEmpty());

    auto v6 = DatabaseLocation::parse(QStringLiteral("postgresql://[2001:db8::1]:5433/danhoi"));
    QVERIFY(v6.ok());
    QCOMPARE(v6->host, QStringLiteral("2001:db8::1"));
    QCOMPARE(v6->port, 5433);

    auto escaped = DatabaseLocation::parse(QStringLiteral("postgresql://c%C3%A1n_b%E1%BB%99@host/s%E1%BB%9F%20v%C4%83n"));
    QVERIFY(escaped.ok());
    QCOMPARE(escaped->user, QStringLiteral("cán_bộ"));
    QCOMPARE(escaped->dbname, QStringLiteral("sở văn"));
}

void TestDatabaseLocation::socketAndOptions()
{
    auto socket = DatabaseLocation::parse(
        QStringLiteral("postgresql://postgres@/danhoi?host=/tmp/pg%20sock&sslmode=verify-full&application_name=desk%201"));
    QVERIFY(socket.ok());
    QCOMPARE(socket->host, QStringLiteral("/tmp/pg sock"));
    QCOMPARE(socket->user, QStringLiteral("postgres"));
    QCOMPARE(socket->options.size(), 2);
    QCOMPARE(socket->options.at(0).first, QStringLiteral("sslmode"));
    QCOMPARE(socket->options.at(0).second, QStringLiteral("verify-full"));
    QCOMPARE(socket->connectOptions(), QStringLiteral("sslmode='verify-full';application_name='desk 1'"));

    // A value with a quote or a backslash stays one value for libpq.
    auto quoted = DatabaseLocation::parse(QStringLiteral("postgresql://h/d?application_name=a'b%5Cc"));
    QVERIFY(quoted.ok());
    QCOMPARE(quoted->connectOptions(), QStringLiteral("application_name='a\\'b\\\\c'"));

    auto port = DatabaseLocation::parse(QStringLiteral("postgresql:///danhoi?host=/run/postgresql&port=5434"));
    QVERIFY(port.ok());
    QCOMPARE(port->port, 5434);
    QCOMPARE(port->host, QStringLiteral("/run/postgresql"));
}

void TestDatabaseLocation::displayRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("tcp") << QStringLiteral("postgresql://owner@db.example:5433/danhoi");
    QTest::newRow("socket") << QStringLiteral("postgresql://postgres@/danhoi?host=/tmp/pg-x1&sslmode=disable");
    QTest::newRow("v6") << QStringLiteral("postgresql://[::1]/danhoi");
    QTest::newRow("escaped") << QStringLiteral("postgresql://c%C3%A1n@host/s%E1%BB%9F%20v%C4%83n");
}

void TestDatabaseLocation::displayRoundTrips()
{
    QFETCH(QString, text);
    auto location = DatabaseLocation::parse(text);
    QVERIFY(location.ok());
    QCOMPARE(location->display(), text);
    auto again = DatabaseLocation::parse(location->display());
    QVERIFY(again.ok());
    QCOMPARE(again->display(), text);
}

void TestDatabaseLocation::malformedAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("other scheme") << QStringLiteral("mysql://root@host/db") << QStringLiteral("Unknown kind");
    QTest::newRow("no database") << QStringLiteral("postgresql://host") << QStringLiteral("database name is missing");
    QTest::newRow("empty database") << QStringLiteral("postgresql://host/") << QStringLiteral("database name is missing");
    QTest::newRow("password") << QStringLiteral("postgresql://u:secret@host/db") << QStringLiteral("password");
    QTest::newRow("password option") << QStringLiteral("postgresql://u@host/db?password=x") << QStringLiteral("password");
    QTest::newRow("port word") << QStringLiteral("postgresql://host:abc/db") << QStringLiteral("port");
    QTest::newRow("port zero") << QStringLiteral("postgresql://host:0/db") << QStringLiteral("port");
    QTest::newRow("port large") << QStringLiteral("postgresql://host:65536/db") << QStringLiteral("port");
    QTest::newRow("port empty") << QStringLiteral("postgresql://host:/db") << QStringLiteral("port");
    QTest::newRow("bad host") << QStringLiteral("postgresql://ho st/db") << QStringLiteral("not a host name");
    QTest::newRow("host injection") << QStringLiteral("postgresql://h'x/db") << QStringLiteral("not a host name");
    QTest::newRow("libpq injection") << QStringLiteral("postgresql://h/db?sslmode=disable%20host%3Devil")
                                     << QStringLiteral("sslmode must be one of");
    QTest::newRow("semicolon") << QStringLiteral("postgresql://h/db?application_name=a;host=evil")
                               << QStringLiteral("cannot contain");
    QTest::newRow("unknown option") << QStringLiteral("postgresql://h/db?options=-c%20x%3Dy") << QStringLiteral("unknown option");
    QTest::newRow("twice") << QStringLiteral("postgresql://h/db?sslmode=require&sslmode=disable")
                           << QStringLiteral("given twice");
    QTest::newRow("relative socket") << QStringLiteral("postgresql:///db?host=tmp/sock") << QStringLiteral("absolute path");
    QTest::newRow("host twice") << QStringLiteral("postgresql://h/db?host=/tmp") << QStringLiteral("not both");
    QTest::newRow("broken escape") << QStringLiteral("postgresql://h/d%zzb") << QStringLiteral("%-escape");
    QTest::newRow("control char") << QStringLiteral("postgresql://h/d%0Ab") << QStringLiteral("control character");
    QTest::newRow("NUL") << QStringLiteral("postgresql://u%00x@h/db") << QStringLiteral("user name");
    QTest::newRow("bad utf8") << QStringLiteral("postgresql://h/d%C3") << QStringLiteral("%-escape");
    QTest::newRow("slash in name") << QStringLiteral("postgresql://h/a/b") << QStringLiteral("cannot contain \"/\"");
    QTest::newRow("long name") << QStringLiteral("postgresql://h/") + QString(64, QLatin1Char('x'))
                               << QStringLiteral("longer than 63");
    QTest::newRow("fragment") << QStringLiteral("postgresql://h/db#x") << QStringLiteral("fragment");
    QTest::newRow("empty user") << QStringLiteral("postgresql://@h/db") << QStringLiteral("user name");
    QTest::newRow("bad v6") << QStringLiteral("postgresql://[zz::1]/db") << QStringLiteral("IPv6");
    QTest::newRow("bare key") << QStringLiteral("postgresql://h/db?sslmode") << QStringLiteral("key=value");
}

void TestDatabaseLocation::malformedAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    auto location = DatabaseLocation::parse(text);
    QVERIFY2(!location.ok(), qPrintable(text));
    QCOMPARE(location.error().kind, ErrorKind::Invalid);
    QVERIFY2(location.error().message.contains(says), qPrintable(location.error().message));
    QVERIFY2(!location.error().message.contains(QLatin1String("secret")), "the password is never echoed");
}

void TestDatabaseLocation::unreachableServerIsExplained()
{
    // A socket folder where no server listens: a plain message naming the place, not the driver's words alone.
    auto location = DatabaseLocation::parse(QStringLiteral("postgresql://nobody@/danhoi?host=/nonexistent-danhoi-socket"));
    QVERIFY(location.ok());
    auto db = Database::openPostgres(location.value());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, ErrorKind::Other);
    QVERIFY2(db.error().message.startsWith(QLatin1String("Cannot reach the PostgreSQL server /nonexistent-danhoi-socket")),
             qPrintable(db.error().message));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
