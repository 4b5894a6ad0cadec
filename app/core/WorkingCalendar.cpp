#include "WorkingCalendar.h"

#include <QStringList>

#include <algorithm>

namespace danhoi {

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    if (m_workingWeekends.contains(date))
        return true;
    if (m_holidays.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate& start, int days) const
{
    QDate day = start;
    int counted = 0;
    while (counted < days) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingCalendar::workingDaysUntil(const QDate& today, const QDate& due) const
{
    if (today == due)
        return 0;
    const bool ahead = today < due;
    QDate day = today;
    int count = 0;
    // Bounded by the distance in calendar days; deadlines are weeks, not years, away.
    while (day != due) {
        day = day.addDays(ahead ? 1 : -1);
        if (isWorkingDay(ahead ? day : day.addDays(1)))
            ++count;
    }
    // Past the due date is late even before a working day has gone by (a Saturday after a Friday deadline).
    return ahead ? count : -std::max(count, 1);
}

QString WorkingCalendar::explain(const QDate& start, int days) const
{
    const QDate due = addWorkingDays(start, days);
    QStringList skipped;
    for (QDate day = start.addDays(1); day < due; day = day.addDays(1))
        if (!isWorkingDay(day) && day.dayOfWeek() <= 5)
            skipped.append(day.toString(QStringLiteral("dd/MM/yyyy")));
    QString text = tr("%n working day(s) from %1, due %2", nullptr, days)
                       .arg(start.toString(QStringLiteral("dd/MM/yyyy")), due.toString(QStringLiteral("dd/MM/yyyy")));
    if (!skipped.isEmpty())
        text += tr(", skipping %1").arg(skipped.join(QStringLiteral(", ")));
    return text;
}

} // namespace danhoi
