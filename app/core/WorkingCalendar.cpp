#include "WorkingCalendar.h"

#include "PublicHolidays.h"

#include <QStringList>

#include <algorithm>

namespace danhoi {

namespace {

QString shortDate(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

WorkingCalendar WorkingCalendar::vietnam()
{
    WorkingCalendar calendar;
    calendar.m_laborCode = true;
    return calendar;
}

std::optional<WorkingCalendar::Holiday> WorkingCalendar::holidayOn(const QDate& date) const
{
    if (auto extra = m_extraDaysOff.constFind(date); extra != m_extraDaysOff.cend())
        return Holiday{extra->isEmpty() ? tr("Day off") : *extra, false};
    if (m_laborCode) {
        const auto days = PublicHolidays::ofYear(date.year());
        if (auto it = days.constFind(date); it != days.cend())
            return Holiday{PublicHolidays::name(*it), it->inLieu};
    }
    return std::nullopt;
}

QString WorkingCalendar::nonWorkingReason(const QDate& date) const
{
    if (m_workingDays.contains(date))
        return {};
    if (auto holiday = holidayOn(date))
        return holiday->name;
    if (date.dayOfWeek() == 6)
        return tr("Saturday");
    if (date.dayOfWeek() == 7)
        return tr("Sunday");
    return {};
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    if (m_workingDays.contains(date))
        return true;
    if (date.dayOfWeek() > 5 || m_extraDaysOff.contains(date))
        return false;
    return !m_laborCode || !PublicHolidays::ofYear(date.year()).contains(date);
}

void WorkingCalendar::addHoliday(const QDate& date, const QString& name)
{
    m_workingDays.remove(date);
    m_extraDaysOff.insert(date, name);
}

void WorkingCalendar::addWorkingDay(const QDate& date, const QString& note)
{
    m_extraDaysOff.remove(date);
    m_workingDays.insert(date, note);
}

void WorkingCalendar::clearYearlyChanges()
{
    m_extraDaysOff.clear();
    m_workingDays.clear();
}

QList<WorkingCalendar::Day> WorkingCalendar::holidays(int year) const
{
    QMap<QDate, QString> days;
    if (m_laborCode) {
        const auto lawful = PublicHolidays::ofYear(year);
        for (auto it = lawful.cbegin(); it != lawful.cend(); ++it)
            days.insert(it.key(), PublicHolidays::name(*it));
    }
    for (auto it = m_extraDaysOff.cbegin(); it != m_extraDaysOff.cend(); ++it)
        if (it.key().year() == year)
            days.insert(it.key(), holidayOn(it.key())->name);
    QList<Day> list;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        if (!m_workingDays.contains(it.key()))
            list.append({it.key(), it.value()});
    return list;
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

QList<WorkingCalendar::Day> WorkingCalendar::skippedDays(const QDate& start, int days) const
{
    QList<Day> skipped;
    const QDate due = addWorkingDays(start, days);
    for (QDate day = start.addDays(1); day < due; day = day.addDays(1))
        if (!isWorkingDay(day))
            skipped.append({day, nonWorkingReason(day)});
    return skipped;
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
    // Runs of consecutive days off that hold a holiday, named by their holidays ("Tết 28/01–03/02/2025");
    // a run of nothing but a weekend goes without saying.
    QStringList runs;
    QList<QDate> run;
    auto closeRun = [&] {
        QStringList names;
        QStringList inLieu;
        for (const QDate& day : std::as_const(run)) {
            const auto holiday = holidayOn(day);
            if (!holiday)
                continue;
            QStringList& target = holiday->inLieu ? inLieu : names;
            if (!target.contains(holiday->name))
                target.append(holiday->name);
        }
        if (names.isEmpty())
            names = inLieu;
        if (!names.isEmpty()) {
            const QDate first = run.first();
            const QDate last = run.last();
            const QString when = first == last ? shortDate(first)
                : first.year() == last.year()
                    ? QStringLiteral("%1–%2").arg(first.toString(QStringLiteral("dd/MM")), shortDate(last))
                    : QStringLiteral("%1–%2").arg(shortDate(first), shortDate(last));
            runs.append(QStringLiteral("%1 %2").arg(names.join(QStringLiteral(", ")), when));
        }
        run.clear();
    };
    for (QDate day = start.addDays(1); day < due; day = day.addDays(1)) {
        if (isWorkingDay(day)) {
            if (!run.isEmpty())
                closeRun();
        } else {
            run.append(day);
        }
    }
    if (!run.isEmpty())
        closeRun();
    QString text = tr("%n working day(s) from %1, due %2", nullptr, days).arg(shortDate(start), shortDate(due));
    if (!runs.isEmpty())
        text += tr(", skipping %1").arg(runs.join(QStringLiteral("; ")));
    return text;
}

} // namespace danhoi
