// The Vietnamese lunar calendar (UTC+7) against the dates Vietnam actually kept, including the years it differs
// from the Chinese calendar (UTC+8).

#include "core/LunarCalendar.h"

#include <QTest>

using namespace danhoi;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void tetDates_data();
    void tetDates();
    void differsFromTheChineseCalendar_data();
    void differsFromTheChineseCalendar();
    void hungKingsDay_data();
    void hungKingsDay();
    void roundTripsEveryDayOverDecades();
    void leapMonths();
};

void TestLunarCalendar::tetDates_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("tet");
    const QList<QDate> known = {
        d(1985, 1, 21), d(1986, 2, 9),  d(1987, 1, 29), d(1988, 2, 17), d(1989, 2, 6),  d(1990, 1, 27),
        d(1991, 2, 15), d(1992, 2, 4),  d(1993, 1, 23), d(1994, 2, 10), d(1995, 1, 31), d(1996, 2, 19),
        d(1997, 2, 7),  d(1998, 1, 28), d(1999, 2, 16), d(2000, 2, 5),  d(2001, 1, 24), d(2002, 2, 12),
        d(2003, 2, 1),  d(2004, 1, 22), d(2005, 2, 9),  d(2006, 1, 29), d(2007, 2, 17), d(2008, 2, 7),
        d(2009, 1, 26), d(2010, 2, 14), d(2011, 2, 3),  d(2012, 1, 23), d(2013, 2, 10), d(2014, 1, 31),
        d(2015, 2, 19), d(2016, 2, 8),  d(2017, 1, 28), d(2018, 2, 16), d(2019, 2, 5),  d(2020, 1, 25),
        d(2021, 2, 12), d(2022, 2, 1),  d(2023, 1, 22), d(2024, 2, 10), d(2025, 1, 29), d(2026, 2, 17),
        d(2027, 2, 6),  d(2028, 1, 26), d(2029, 2, 13), d(2030, 2, 2),  d(2031, 1, 23), d(2032, 2, 11),
        d(2033, 1, 31), d(2034, 2, 19), d(2035, 2, 8),
    };
    for (const QDate& tet : known)
        QTest::addRow("%d", tet.year()) << tet.year() << tet;
    QTest::newRow("1968, Tết Mậu Thân") << 1968 << d(1968, 1, 29);
}

void TestLunarCalendar::tetDates()
{
    QFETCH(int, year);
    QFETCH(QDate, tet);
    QCOMPARE(LunarCalendar::newYear(year), tet);
    const LunarDate first = LunarCalendar::fromSolar(tet);
    QCOMPARE(first.day, 1);
    QCOMPARE(first.month, 1);
    QCOMPARE(first.year, year);
    QVERIFY(!first.leap);
    const LunarDate eve = LunarCalendar::fromSolar(tet.addDays(-1));
    QCOMPARE(eve.month, 12);
    QCOMPARE(eve.year, year - 1);
    QVERIFY(eve.day == 29 || eve.day == 30);
}

void TestLunarCalendar::differsFromTheChineseCalendar_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("vietnam");
    QTest::addColumn<QDate>("china");
    QTest::newRow("1985") << 1985 << d(1985, 1, 21) << d(1985, 2, 20);
    QTest::newRow("2007") << 2007 << d(2007, 2, 17) << d(2007, 2, 18);
    QTest::newRow("2030") << 2030 << d(2030, 2, 2) << d(2030, 2, 3);
}

void TestLunarCalendar::differsFromTheChineseCalendar()
{
    QFETCH(int, year);
    QFETCH(QDate, vietnam);
    QFETCH(QDate, china);
    QCOMPARE(LunarCalendar::newYear(year), vietnam);
    QCOMPARE(LunarCalendar::toSolar({1, 1, year, false}, 8.0), china);
}

void TestLunarCalendar::hungKingsDay_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("date");
    QTest::newRow("2019") << 2019 << d(2019, 4, 14);
    QTest::newRow("2020") << 2020 << d(2020, 4, 2);
    QTest::newRow("2021") << 2021 << d(2021, 4, 21);
    QTest::newRow("2022") << 2022 << d(2022, 4, 10);
    QTest::newRow("2023") << 2023 << d(2023, 4, 29);
    QTest::newRow("2024") << 2024 << d(2024, 4, 18);
    QTest::newRow("2025") << 2025 << d(2025, 4, 7);
    QTest::newRow("2026") << 2026 << d(2026, 4, 26);
}

void TestLunarCalendar::hungKingsDay()
{
    QFETCH(int, year);
    QFETCH(QDate, date);
    QCOMPARE(LunarCalendar::toSolar({10, 3, year, false}), date);
}

void TestLunarCalendar::roundTripsEveryDayOverDecades()
{
    // Every solar day maps to a lunar day that maps back; lunar days advance by one or start a new month.
    LunarDate previous = LunarCalendar::fromSolar(d(1979, 12, 31));
    for (QDate day = d(1980, 1, 1); day <= d(2050, 12, 31); day = day.addDays(1)) {
        const LunarDate lunar = LunarCalendar::fromSolar(day);
        QVERIFY2(lunar.day >= 1 && lunar.day <= 30, qPrintable(day.toString(Qt::ISODate)));
        QVERIFY2(lunar.month >= 1 && lunar.month <= 12, qPrintable(day.toString(Qt::ISODate)));
        if (lunar.day != 1)
            QVERIFY2(lunar.day == previous.day + 1 && lunar.month == previous.month,
                     qPrintable(day.toString(Qt::ISODate)));
        else
            QVERIFY2(previous.day == 29 || previous.day == 30, qPrintable(day.toString(Qt::ISODate)));
        if (lunar.day == 1 || lunar.day == 15)
            QCOMPARE(LunarCalendar::toSolar(lunar), day);
        previous = lunar;
    }
}

void TestLunarCalendar::leapMonths()
{
    // 2023 had a leap second month (22/3/2023 = 1/2 nhuận), 2020 a leap fourth month (23/5/2020 = 1/4 nhuận).
    const LunarDate leap2023 = LunarCalendar::fromSolar(d(2023, 3, 22));
    QCOMPARE(leap2023.day, 1);
    QCOMPARE(leap2023.month, 2);
    QVERIFY(leap2023.leap);
    const LunarDate leap2020 = LunarCalendar::fromSolar(d(2020, 5, 23));
    QCOMPARE(leap2020.month, 4);
    QVERIFY(leap2020.leap);
    QCOMPARE(LunarCalendar::toSolar({1, 4, 2020, true}), d(2020, 5, 23));
    QVERIFY(!LunarCalendar::toSolar({1, 5, 2020, true}).isValid()); // no leap fifth month that year
}

QTEST_APPLESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
