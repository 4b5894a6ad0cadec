#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace danhoi {

// Working days for answer deadlines. A default-constructed calendar is Monday to Friday; vietnam() adds the
// Labor Code's public holidays and days in lieu. The government's yearly additions go on top: addHoliday for an
// extra day off, addWorkingDay for a day made working (usually a weekend day swapped for a bridge day).
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    struct Day {
        QDate date;
        QString name; // the holiday, or why the day is not worked ("Saturday")
    };

    static WorkingCalendar vietnam();
    bool followsLaborCode() const { return m_laborCode; }

    bool isWorkingDay(const QDate& date) const;
    // Why `date` is not a working day; empty on a working day.
    QString nonWorkingReason(const QDate& date) const;

    void addHoliday(const QDate& date, const QString& name = {});
    void addWorkingDay(const QDate& date, const QString& note = {});
    void addWorkingWeekend(const QDate& date) { addWorkingDay(date); }
    void clearYearlyChanges();

    // Every public holiday, day in lieu and extra day off of `year`, weekend ones included, by date.
    QList<Day> holidays(int year) const;

    // The deadline for an answer received on `start`: the N-th working day after it.
    QDate addWorkingDays(const QDate& start, int days) const;
    // The non-working days passed over on the way there, weekends included.
    QList<Day> skippedDays(const QDate& start, int days) const;
    // Working days from `today` to `due`: positive when time is left, 0 on the day, negative when late.
    int workingDaysUntil(const QDate& today, const QDate& due) const;
    // "10 working days from 03/02/2025, due 17/02/2025, skipping Tết 28/01–02/02": weekends are not listed.
    QString explain(const QDate& start, int days) const;

private:
    struct Holiday {
        QString name;
        bool inLieu = false;
    };
    // The holiday on `date`, if any (whether or not the day was made a working day).
    std::optional<Holiday> holidayOn(const QDate& date) const;

    bool m_laborCode = false;
    QHash<QDate, QString> m_extraDaysOff;
    QHash<QDate, QString> m_workingDays;
};

} // namespace danhoi
