// The Labor Code 2019 calendar: public holidays (Art. 112), days in lieu (Art. 111), the government's yearly
// changes on top, and due dates with their explanation.

#include "core/PublicHolidays.h"
#include "core/WorkingCalendar.h"

#include <QTest>

using namespace danhoi;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QList<QDate> datesOf(const QList<WorkingCalendar::Day>& days)
{
    QList<QDate> dates;
    for (const auto& day : days)
        dates.append(day.date);
    return dates;
}
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void holidaysOfTheYear_data();
    void holidaysOfTheYear();
    void everyYearHasElevenHolidays();
    void dueDates_data();
    void dueDates();
    void skippedDaysListEveryDayOff();
    void yearlyChanges();
    void explainNamesTheHolidays();
    void plainCalendarKnowsNoHolidays();
};

void TestWorkingCalendar::holidaysOfTheYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // Before the government's announcements: the law's days and the days in lieu only.
    QTest::newRow("2022: New Year and Hùng Kings on a weekend, 30/4–1/5 on a weekend")
        << 2022
        << QList<QDate>{d(2022, 1, 1), d(2022, 1, 3), d(2022, 1, 31), d(2022, 2, 1), d(2022, 2, 2), d(2022, 2, 3),
                        d(2022, 2, 4), d(2022, 4, 10), d(2022, 4, 11), d(2022, 4, 30), d(2022, 5, 1), d(2022, 5, 2),
                        d(2022, 5, 3), d(2022, 9, 1), d(2022, 9, 2)};
    QTest::newRow("2023: Hùng Kings 29/4 Sat, 30/4 Sun → 2/5 and 3/5; 2/9 Sat → 4/9")
        << 2023
        << QList<QDate>{d(2023, 1, 1), d(2023, 1, 2), d(2023, 1, 21), d(2023, 1, 22), d(2023, 1, 23), d(2023, 1, 24),
                        d(2023, 1, 25), d(2023, 1, 26), d(2023, 1, 27), d(2023, 4, 29), d(2023, 4, 30), d(2023, 5, 1),
                        d(2023, 5, 2), d(2023, 5, 3), d(2023, 9, 1), d(2023, 9, 2), d(2023, 9, 4)};
    QTest::newRow("2025: Tết 28/01–01/02 (Sat → 03/02)")
        << 2025
        << QList<QDate>{d(2025, 1, 1), d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30), d(2025, 1, 31), d(2025, 2, 1),
                        d(2025, 2, 3), d(2025, 4, 7), d(2025, 4, 30), d(2025, 5, 1), d(2025, 9, 1), d(2025, 9, 2)};
    QTest::newRow("2026: Hùng Kings 26/4 Sun → 27/4")
        << 2026
        << QList<QDate>{d(2026, 1, 1), d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19), d(2026, 2, 20),
                        d(2026, 4, 26), d(2026, 4, 27), d(2026, 4, 30), d(2026, 5, 1), d(2026, 9, 1), d(2026, 9, 2)};
}

void TestWorkingCalendar::holidaysOfTheYear()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    const WorkingCalendar calendar = WorkingCalendar::vietnam();
    const auto holidays = calendar.holidays(year);
    QCOMPARE(datesOf(holidays), expected);
    for (const auto& day : holidays) {
        QVERIFY(!calendar.isWorkingDay(day.date));
        QVERIFY(!day.name.isEmpty());
        QCOMPARE(calendar.nonWorkingReason(day.date), day.name);
    }
}

void TestWorkingCalendar::everyYearHasElevenHolidays()
{
    for (int year = 1990; year <= 2060; ++year) {
        const auto days = PublicHolidays::ofYear(year);
        int lawful = 0;
        int inLieu = 0;
        int weekend = 0;
        for (auto it = days.cbegin(); it != days.cend(); ++it) {
            it->inLieu ? ++inLieu : ++lawful;
            if (!it->inLieu && it.key().dayOfWeek() >= 6)
                ++weekend;
            if (it->inLieu)
                QVERIFY2(it.key().dayOfWeek() <= 5, qPrintable(it.key().toString(Qt::ISODate)));
        }
        // 11 days unless Hùng Kings' Day coincides with 30/4.
        QVERIFY2(lawful == 11 || lawful == 10, qPrintable(QString::number(year)));
        QCOMPARE(inLieu, weekend);
    }
}

void TestWorkingCalendar::dueDates_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::newRow("10 days from the day in lieu after Tết 2025") << d(2025, 2, 3) << 10 << d(2025, 2, 17);
    QTest::newRow("across Tết 2025") << d(2025, 1, 24) << 5 << d(2025, 2, 7);
    QTest::newRow("received on Tết eve 2025") << d(2025, 1, 28) << 1 << d(2025, 2, 4);
    QTest::newRow("across Tết 2026") << d(2026, 2, 13) << 1 << d(2026, 2, 23);
    QTest::newRow("across 30/4–1/5 2025") << d(2025, 4, 28) << 3 << d(2025, 5, 5);
    QTest::newRow("across 29/4–3/5 2023") << d(2023, 4, 28) << 1 << d(2023, 5, 4);
    QTest::newRow("across 30/4–3/5 2022") << d(2022, 4, 29) << 2 << d(2022, 5, 5);
    QTest::newRow("Hùng Kings 2025") << d(2025, 4, 4) << 1 << d(2025, 4, 8);
    QTest::newRow("National Day 2025") << d(2025, 8, 29) << 1 << d(2025, 9, 3);
    QTest::newRow("New Year 2026") << d(2025, 12, 31) << 3 << d(2026, 1, 6);
    QTest::newRow("zero days") << d(2025, 1, 29) << 0 << d(2025, 1, 29);
}

void TestWorkingCalendar::dueDates()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, due);
    const WorkingCalendar calendar = WorkingCalendar::vietnam();
    QCOMPARE(calendar.addWorkingDays(start, days), due);
    if (calendar.isWorkingDay(start))
        QCOMPARE(calendar.workingDaysUntil(start, due), days);
}

void TestWorkingCalendar::skippedDaysListEveryDayOff()
{
    const WorkingCalendar calendar = WorkingCalendar::vietnam();
    const auto skipped = calendar.skippedDays(d(2025, 1, 24), 5);
    const QList<QDate> expected = {d(2025, 1, 25), d(2025, 1, 26), d(2025, 1, 28), d(2025, 1, 29), d(2025, 1, 30),
                                   d(2025, 1, 31), d(2025, 2, 1),  d(2025, 2, 2),  d(2025, 2, 3)};
    QCOMPARE(datesOf(skipped), expected);
    QCOMPARE(skipped.at(0).name, QStringLiteral("Saturday"));
    QCOMPARE(skipped.at(1).name, QStringLiteral("Sunday"));
    QCOMPARE(skipped.at(2).name, QStringLiteral("Tết (Lunar New Year)"));
    QCOMPARE(skipped.at(7).name, QStringLiteral("Sunday"));
    QCOMPARE(skipped.at(8).name, QStringLiteral("Day off in lieu (Tết (Lunar New Year))"));
    QVERIFY(calendar.skippedDays(d(2025, 1, 24), 0).isEmpty());
}

void TestWorkingCalendar::yearlyChanges()
{
    // 2025 as announced: 27/01 off as well; suppose the day in lieu is worked and Saturday 08/02 is worked.
    WorkingCalendar calendar = WorkingCalendar::vietnam();
    calendar.addHoliday(d(2025, 1, 27), QStringLiteral("Nghỉ Tết bổ sung"));
    calendar.addWorkingDay(d(2025, 2, 3), QStringLiteral("làm bù"));
    calendar.addWorkingDay(d(2025, 2, 8), QStringLiteral("làm bù"));
    QVERIFY(!calendar.isWorkingDay(d(2025, 1, 27)));
    QVERIFY(calendar.isWorkingDay(d(2025, 2, 3)));
    QVERIFY(calendar.isWorkingDay(d(2025, 2, 8)));
    QCOMPARE(calendar.nonWorkingReason(d(2025, 1, 27)), QStringLiteral("Nghỉ Tết bổ sung"));
    QCOMPARE(calendar.addWorkingDays(d(2025, 1, 24), 1), d(2025, 2, 3));
    QCOMPARE(calendar.addWorkingDays(d(2025, 2, 7), 1), d(2025, 2, 8));
    const QList<QDate> dates = datesOf(calendar.holidays(2025));
    QVERIFY(dates.contains(d(2025, 1, 27)));
    QVERIFY(!dates.contains(d(2025, 2, 3)));
    // The government names 3/9 instead of 1/9.
    calendar.addWorkingDay(d(2025, 9, 1));
    calendar.addHoliday(d(2025, 9, 3), QStringLiteral("Quốc khánh"));
    QCOMPARE(calendar.addWorkingDays(d(2025, 8, 29), 2), d(2025, 9, 4));
    calendar.clearYearlyChanges();
    QCOMPARE(calendar.addWorkingDays(d(2025, 1, 24), 1), d(2025, 1, 27));
}

void TestWorkingCalendar::explainNamesTheHolidays()
{
    const WorkingCalendar calendar = WorkingCalendar::vietnam();
    const QString text = calendar.explain(d(2025, 1, 24), 5);
    QVERIFY2(text.contains(QLatin1String("24/01/2025")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("07/02/2025")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Tết (Lunar New Year) 28/01–03/02/2025")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("25/01")), qPrintable(text)); // a plain weekend goes without saying
    QVERIFY2(!text.contains(QLatin1String("in lieu")), qPrintable(text));
    const QString may = calendar.explain(d(2025, 4, 28), 3);
    QVERIFY2(may.contains(QStringLiteral("Reunification Day, International Labour Day 30/04–01/05/2025")),
             qPrintable(may));
    const QString plain = calendar.explain(d(2025, 3, 3), 10);
    QVERIFY2(!plain.contains(QLatin1String("skipping")), qPrintable(plain));
}

void TestWorkingCalendar::plainCalendarKnowsNoHolidays()
{
    const WorkingCalendar plain;
    QVERIFY(plain.isWorkingDay(d(2025, 1, 29)));
    QVERIFY(plain.holidays(2025).isEmpty());
    QVERIFY(!WorkingCalendar::vietnam().isWorkingDay(d(2025, 1, 29)));
}

QTEST_APPLESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
