// Working days and agency time: every date rule is computed in Asia/Ho_Chi_Minh whatever the machine's zone.

#include "core/Clock.h"
#include "core/WorkingCalendar.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace danhoi;

namespace {
QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}
QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), Qt::UTC);
}
} // namespace

class TestTime : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void workingDays();
    void addWorkingDays_data();
    void addWorkingDays();
    void holidaysAndSwappedDays();
    void workingDaysUntil_data();
    void workingDaysUntil();
    void explain();
    void agencyDates();
    void parse_data();
    void parse();
    void parseIgnoresTheMachineZone();
    void format();
    void fixedClock();

private:
    void setMachineZone(const char* zone);
};

void TestTime::setMachineZone(const char* zone)
{
    if (zone)
        qputenv("TZ", zone);
    else
        qunsetenv("TZ");
    tzset();
}

void TestTime::cleanup()
{
    setMachineZone(nullptr);
}

void TestTime::workingDays()
{
    const WorkingCalendar calendar;
    // 3–9 March 2025: Monday to Sunday.
    QCOMPARE(d(2025, 3, 3).dayOfWeek(), 1);
    for (int day = 3; day <= 7; ++day)
        QVERIFY2(calendar.isWorkingDay(d(2025, 3, day)), qPrintable(QString::number(day)));
    QVERIFY(!calendar.isWorkingDay(d(2025, 3, 8)));
    QVERIFY(!calendar.isWorkingDay(d(2025, 3, 9)));
}

void TestTime::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::newRow("zero days") << d(2025, 3, 5) << 0 << d(2025, 3, 5);
    QTest::newRow("Mon + 1") << d(2025, 3, 3) << 1 << d(2025, 3, 4);
    QTest::newRow("Mon + 4 = Fri") << d(2025, 3, 3) << 4 << d(2025, 3, 7);
    QTest::newRow("Mon + 5 skips weekend") << d(2025, 3, 3) << 5 << d(2025, 3, 10);
    QTest::newRow("Mon + 10") << d(2025, 3, 3) << 10 << d(2025, 3, 17);
    QTest::newRow("Fri + 1 = Mon") << d(2025, 3, 7) << 1 << d(2025, 3, 10);
    QTest::newRow("Sat + 1 = Mon") << d(2025, 3, 8) << 1 << d(2025, 3, 10);
    QTest::newRow("Sun + 5 = Fri") << d(2025, 3, 9) << 5 << d(2025, 3, 14);
    QTest::newRow("Sat + 10 = Fri two weeks on") << d(2025, 3, 8) << 10 << d(2025, 3, 21);
    QTest::newRow("across year end") << d(2025, 12, 31) << 3 << d(2026, 1, 5);
    QTest::newRow("across leap day") << d(2028, 2, 28) << 2 << d(2028, 3, 1);
}

void TestTime::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, due);
    const WorkingCalendar calendar;
    QCOMPARE(calendar.addWorkingDays(start, days), due);
    QVERIFY(days == 0 || calendar.isWorkingDay(due));
    if (calendar.isWorkingDay(start))
        QCOMPARE(calendar.workingDaysUntil(start, due), days);
}

void TestTime::holidaysAndSwappedDays()
{
    WorkingCalendar calendar;
    calendar.addHoliday(d(2025, 3, 11)); // a Tuesday
    QVERIFY(!calendar.isWorkingDay(d(2025, 3, 11)));
    QCOMPARE(calendar.addWorkingDays(d(2025, 3, 10), 1), d(2025, 3, 12));
    QCOMPARE(calendar.workingDaysUntil(d(2025, 3, 10), d(2025, 3, 12)), 1);
    calendar.addWorkingWeekend(d(2025, 3, 8)); // a Saturday worked in exchange
    QVERIFY(calendar.isWorkingDay(d(2025, 3, 8)));
    QCOMPARE(calendar.addWorkingDays(d(2025, 3, 7), 1), d(2025, 3, 8));
}

void TestTime::workingDaysUntil_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("left");
    QTest::newRow("on the day") << d(2025, 3, 7) << d(2025, 3, 7) << 0;
    QTest::newRow("Mon to Fri") << d(2025, 3, 3) << d(2025, 3, 7) << 4;
    QTest::newRow("Fri to Mon") << d(2025, 3, 7) << d(2025, 3, 10) << 1;
    QTest::newRow("Sat to Mon") << d(2025, 3, 8) << d(2025, 3, 10) << 1;
    QTest::newRow("Mon to Mon") << d(2025, 3, 3) << d(2025, 3, 17) << 10;
    QTest::newRow("one working day late") << d(2025, 3, 10) << d(2025, 3, 7) << -1;
    QTest::newRow("two weeks late") << d(2025, 3, 21) << d(2025, 3, 7) << -10;
    // Late is late, even when no working day has passed since the deadline yet.
    QTest::newRow("Saturday after a Friday deadline") << d(2025, 3, 8) << d(2025, 3, 7) << -1;
    QTest::newRow("Sunday after a Friday deadline") << d(2025, 3, 9) << d(2025, 3, 7) << -1;
    QTest::newRow("late by a day, Thu after Wed") << d(2025, 3, 6) << d(2025, 3, 5) << -1;
}

void TestTime::workingDaysUntil()
{
    QFETCH(QDate, today);
    QFETCH(QDate, due);
    QFETCH(int, left);
    QCOMPARE(WorkingCalendar().workingDaysUntil(today, due), left);
}

void TestTime::explain()
{
    WorkingCalendar calendar;
    const QString plain = calendar.explain(d(2025, 3, 3), 10);
    QVERIFY2(plain.contains(QLatin1String("10")), qPrintable(plain));
    QVERIFY2(plain.contains(QLatin1String("03/03/2025")), qPrintable(plain));
    QVERIFY2(plain.contains(QLatin1String("17/03/2025")), qPrintable(plain));
    QVERIFY2(!plain.contains(QLatin1String("skipping")), qPrintable(plain)); // weekends are not listed
    calendar.addHoliday(d(2025, 3, 11));
    calendar.addHoliday(d(2025, 3, 30)); // outside the period
    const QString withHoliday = calendar.explain(d(2025, 3, 3), 10);
    QVERIFY2(withHoliday.contains(QLatin1String("18/03/2025")), qPrintable(withHoliday));
    QVERIFY2(withHoliday.contains(QLatin1String("11/03/2025")), qPrintable(withHoliday));
    QVERIFY2(!withHoliday.contains(QLatin1String("30/03/2025")), qPrintable(withHoliday));
    QVERIFY2(!withHoliday.contains(QLatin1String("08/03/2025")), qPrintable(withHoliday));
}

void TestTime::agencyDates()
{
    const AgencyTime agency;
    QVERIFY(agency.zone().isValid());
    // Friday 23:30 UTC is Saturday 06:30 in Hanoi.
    QCOMPARE(agency.dateOf(utc(2025, 3, 7, 23, 30)), d(2025, 3, 8));
    QCOMPARE(agency.dateOf(utc(2025, 3, 7, 16, 59, 59)), d(2025, 3, 7));
    QCOMPARE(agency.dateOf(utc(2025, 3, 7, 17, 0)), d(2025, 3, 8));
    // New Year in Hanoi comes 7 hours before it does in UTC: the reference year follows Hanoi.
    QCOMPARE(agency.dateOf(utc(2025, 12, 31, 17, 30)).year(), 2026);
    // Without tz data the fixed offset of Vietnam still applies.
    const AgencyTime fallback(QStringLiteral("Not/AZone"));
    QCOMPARE(fallback.dateOf(utc(2025, 3, 7, 23, 30)), d(2025, 3, 8));
}

void TestTime::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("instant"); // invalid = must be refused
    const QDateTime sat0630 = utc(2025, 3, 7, 23, 30);
    QTest::newRow("UTC Z") << "2025-03-07T23:30:00Z" << sat0630;
    QTest::newRow("offset +07:00") << "2025-03-08T06:30:00+07:00" << sat0630;
    QTest::newRow("offset +0700") << "2025-03-08T06:30:00+0700" << sat0630;
    QTest::newRow("offset -05:00") << "2025-03-07T18:30:00-05:00" << sat0630;
    QTest::newRow("no offset = agency time") << "2025-03-08T06:30:00" << sat0630;
    QTest::newRow("space, no seconds") << "2025-03-08 06:30" << sat0630;
    QTest::newRow("milliseconds") << "2025-03-08T06:30:00.250" << sat0630.addMSecs(250);
    QTest::newRow("surrounding blanks") << "  2025-03-08T06:30:00 " << sat0630;
    QTest::newRow("bare date = agency midnight") << "2025-03-08" << utc(2025, 3, 7, 17, 0);
    // 02:30 on 9 March 2025 does not exist in New York (clocks spring forward); it exists in Hanoi.
    QTest::newRow("New York DST gap") << "2025-03-09T02:30:00" << utc(2025, 3, 8, 19, 30);
    // 01:30 on 2 November 2025 happens twice in New York; once in Hanoi.
    QTest::newRow("New York DST overlap") << "2025-11-02T01:30:00" << utc(2025, 11, 1, 18, 30);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("words") << "yesterday" << QDateTime();
    QTest::newRow("month 13") << "2025-13-01" << QDateTime();
    QTest::newRow("30 February") << "2025-02-30T10:00:00" << QDateTime();
    QTest::newRow("hour 25") << "2025-03-08T25:00:00" << QDateTime();
    QTest::newRow("trailing garbage") << "2025-03-08T06:30:00+07:00x" << QDateTime();
    QTest::newRow("day first") << "08/03/2025" << QDateTime();
}

void TestTime::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, instant);
    const QDateTime parsed = AgencyTime().parse(text);
    if (!instant.isValid()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY2(parsed.isValid(), qPrintable(text));
    QCOMPARE(parsed.toMSecsSinceEpoch(), instant.toMSecsSinceEpoch());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestTime::parseIgnoresTheMachineZone()
{
    setMachineZone("America/New_York");
    // Prove the machine zone really changed for this process.
    const QDateTime winterNoon(d(2025, 1, 15), QTime(12, 0), Qt::LocalTime);
    if (winterNoon.offsetFromUtc() != -5 * 3600)
        QSKIP("The system has no tz data for America/New_York.");
    const AgencyTime agency;
    QCOMPARE(agency.parse(QStringLiteral("2025-03-08T06:30:00")), utc(2025, 3, 7, 23, 30));
    QCOMPARE(agency.parse(QStringLiteral("2025-03-08")), utc(2025, 3, 7, 17, 0));
    QCOMPARE(agency.parse(QStringLiteral("2025-03-09T02:30:00")), utc(2025, 3, 8, 19, 30));
    QCOMPARE(agency.parse(QStringLiteral("2025-11-02T01:30:00")), utc(2025, 11, 1, 18, 30));
    QCOMPARE(agency.parse(QStringLiteral("2025-03-07T23:30:00Z")), utc(2025, 3, 7, 23, 30));
    QCOMPARE(agency.dateOf(utc(2025, 3, 7, 23, 30)), d(2025, 3, 8));
    QCOMPARE(agency.format(utc(2025, 3, 7, 23, 30)), QStringLiteral("2025-03-08T06:30:00+07:00"));
    const FixedClock clock(utc(2025, 3, 7, 23, 30));
    QCOMPARE(agency.today(clock), d(2025, 3, 8));
}

void TestTime::format()
{
    const AgencyTime agency;
    QCOMPARE(agency.format(utc(2025, 3, 7, 23, 30)), QStringLiteral("2025-03-08T06:30:00+07:00"));
    QCOMPARE(agency.format(QDateTime()), QString());
    // Round trip.
    const QDateTime instant = utc(2025, 6, 1, 2, 3, 4);
    QCOMPARE(agency.parse(agency.format(instant)), instant);
}

void TestTime::fixedClock()
{
    FixedClock clock(QDateTime(d(2025, 3, 8), QTime(6, 30), QTimeZone(7 * 3600)));
    QCOMPARE(clock.now(), utc(2025, 3, 7, 23, 30));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    clock.advanceSeconds(15 * 60);
    QCOMPARE(clock.now(), utc(2025, 3, 7, 23, 45));
    clock.set(utc(2026, 1, 1, 0, 0));
    QCOMPARE(AgencyTime().today(clock), d(2026, 1, 1));
}

QTEST_GUILESS_MAIN(TestTime)
#include "tst_time.moc"
