#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace danhoi {

// Working days for answer deadlines. Monday to Friday for now; public holidays and the
// government's swapped days plug in through addHoliday/addWorkingWeekend.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    bool isWorkingDay(const QDate& date) const;
    void addHoliday(const QDate& date) { m_holidays.insert(date); }
    void addWorkingWeekend(const QDate& date) { m_workingWeekends.insert(date); }

    // The deadline for an answer received on `start`: the N-th working day after it.
    QDate addWorkingDays(const QDate& start, int days) const;
    // Working days from `today` to `due`: positive when time is left, 0 on the day, negative when late.
    int workingDaysUntil(const QDate& today, const QDate& due) const;
    // "10 working days from 03/02/2025" and the non-working days skipped on the way.
    QString explain(const QDate& start, int days) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekends;
};

} // namespace danhoi
