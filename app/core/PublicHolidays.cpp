#include "PublicHolidays.h"

#include "LunarCalendar.h"

#include <QHash>
#include <QMutex>

namespace danhoi {

namespace {

bool isWeekend(const QDate& date)
{
    return date.dayOfWeek() >= 6;
}

QMap<QDate, PublicHolidays::Day> compute(int year)
{
    using Kind = PublicHolidays::Kind;
    QMap<QDate, PublicHolidays::Day> days;
    auto add = [&](const QDate& date, Kind kind) {
        if (date.isValid() && date.year() == year && !days.contains(date))
            days.insert(date, {kind, false});
    };
    add(QDate(year, 1, 1), Kind::NewYear);
    // Tết: the last day of the old lunar year through the fourth day of the new one.
    const QDate tet = LunarCalendar::newYear(year);
    for (int offset = -1; offset <= 3; ++offset)
        add(tet.addDays(offset), Kind::Tet);
    add(LunarCalendar::toSolar({10, 3, year, false}), Kind::HungKings);
    add(QDate(year, 4, 30), Kind::Reunification);
    add(QDate(year, 5, 1), Kind::Labour);
    // National Day and one adjacent day; the government names which each year, 1/9 unless it says otherwise.
    add(QDate(year, 9, 1), Kind::NationalDay);
    add(QDate(year, 9, 2), Kind::NationalDay);

    // Each holiday on a weekend gives the next day that is neither weekend, holiday nor already a day in lieu.
    const QMap<QDate, PublicHolidays::Day> holidays = days;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it) {
        if (!isWeekend(it.key()))
            continue;
        QDate lieu = it.key().addDays(1);
        while (isWeekend(lieu) || days.contains(lieu))
            lieu = lieu.addDays(1);
        days.insert(lieu, {it->kind, true});
    }
    return days;
}

} // namespace

QMap<QDate, PublicHolidays::Day> PublicHolidays::ofYear(int year)
{
    static QMutex mutex;
    static QHash<int, QMap<QDate, Day>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(year);
    if (it == cache.cend())
        it = cache.insert(year, compute(year));
    return it.value();
}

QString PublicHolidays::name(Kind kind)
{
    switch (kind) {
    case Kind::NewYear:
        return tr("New Year's Day");
    case Kind::Tet:
        return tr("Tết (Lunar New Year)");
    case Kind::HungKings:
        return tr("Hùng Kings' Commemoration Day");
    case Kind::Reunification:
        return tr("Reunification Day");
    case Kind::Labour:
        return tr("International Labour Day");
    case Kind::NationalDay:
        return tr("National Day");
    }
    return {};
}

QString PublicHolidays::name(const Day& day)
{
    return day.inLieu ? tr("Day off in lieu (%1)").arg(name(day.kind)) : name(day.kind);
}

} // namespace danhoi
