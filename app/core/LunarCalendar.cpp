#include "LunarCalendar.h"

#include <cmath>
#include <numbers>

namespace danhoi {

namespace {

using std::numbers::pi;

constexpr double synodicMonth = 29.530588853;
constexpr double epochNewMoon = 2415021.076998695; // Julian day of the new moon of 1 January 1900

qint64 floorToInt(double value)
{
    return qint64(std::floor(value));
}

// Julian day number of the k-th new moon after the 1900 epoch, as a civil day in `timeZone`.
qint64 newMoonDay(qint64 k, double timeZone)
{
    const double T = double(k) / 1236.85; // Julian centuries from 1900-01-01 noon
    const double T2 = T * T;
    const double T3 = T2 * T;
    const double dr = pi / 180;
    double jd1 = 2415020.75933 + 29.53058868 * double(k) + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
    const double M = 359.2242 + 29.10535608 * double(k) - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
    const double Mpr = 306.0253 + 385.81691806 * double(k) + 0.0107306 * T2 + 0.00001236 * T3; // moon's
    const double F = 21.2964 + 390.67050646 * double(k) - 0.0016528 * T2 - 0.00000239 * T3; // moon's latitude
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    const double deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
                                  : -0.000278 + 0.000265 * T + 0.000262 * T2;
    const double jdNew = jd1 + c1 - deltaT;
    return floorToInt(jdNew + 0.5 + timeZone / 24);
}

// The sun's longitude at the start of the civil day `jdn`, in twelfths of the circle (0 = spring equinox).
int sunLongitudeSector(qint64 jdn, double timeZone)
{
    const double T = (double(jdn) - 2451545.5 - timeZone / 24) / 36525; // Julian centuries from J2000
    const double T2 = T * T;
    const double dr = pi / 180;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    DL += (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + DL) * dr;
    L -= pi * 2 * std::floor(L / (pi * 2));
    return int(std::floor(L / pi * 6));
}

// The first day of the lunar month holding the winter solstice (month 11) before the end of solar `year`.
qint64 lunarMonth11(int year, double timeZone)
{
    const qint64 offset = QDate(year, 12, 31).toJulianDay() - 2415021;
    const qint64 k = floorToInt(double(offset) / synodicMonth);
    const qint64 newMoon = newMoonDay(k, timeZone);
    if (sunLongitudeSector(newMoon, timeZone) >= 9)
        return newMoonDay(k - 1, timeZone);
    return newMoon;
}

// In a year of 13 months: which month after month 11 is the leap one (the first without a major solar term).
int leapMonthOffset(qint64 month11, double timeZone)
{
    const qint64 k = floorToInt((double(month11) - epochNewMoon) / synodicMonth + 0.5);
    int i = 1;
    int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
}

} // namespace

LunarDate LunarCalendar::fromSolar(const QDate& date, double timeZone)
{
    const qint64 dayNumber = date.toJulianDay();
    const qint64 k = floorToInt((double(dayNumber) - epochNewMoon) / synodicMonth);
    qint64 monthStart = newMoonDay(k + 1, timeZone);
    if (monthStart > dayNumber)
        monthStart = newMoonDay(k, timeZone);
    qint64 a11 = lunarMonth11(date.year(), timeZone);
    qint64 b11 = a11;
    LunarDate lunar;
    if (a11 >= monthStart) {
        lunar.year = date.year();
        a11 = lunarMonth11(date.year() - 1, timeZone);
    } else {
        lunar.year = date.year() + 1;
        b11 = lunarMonth11(date.year() + 1, timeZone);
    }
    lunar.day = int(dayNumber - monthStart + 1);
    const int diff = int(floorToInt(double(monthStart - a11) / 29));
    lunar.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11, timeZone);
        if (diff >= leapDiff) {
            lunar.month = diff + 10;
            lunar.leap = diff == leapDiff;
        }
    }
    if (lunar.month > 12)
        lunar.month -= 12;
    if (lunar.month >= 11 && diff < 4)
        lunar.year -= 1;
    return lunar;
}

QDate LunarCalendar::toSolar(const LunarDate& date, double timeZone)
{
    if (date.day < 1 || date.day > 30 || date.month < 1 || date.month > 12)
        return {};
    qint64 a11 = 0;
    qint64 b11 = 0;
    if (date.month < 11) {
        a11 = lunarMonth11(date.year - 1, timeZone);
        b11 = lunarMonth11(date.year, timeZone);
    } else {
        a11 = lunarMonth11(date.year, timeZone);
        b11 = lunarMonth11(date.year + 1, timeZone);
    }
    const qint64 k = floorToInt(0.5 + (double(a11) - epochNewMoon) / synodicMonth);
    int offset = date.month - 11;
    if (offset < 0)
        offset += 12;
    if (b11 - a11 > 365) {
        const int leapOffset = leapMonthOffset(a11, timeZone);
        int leapMonth = leapOffset - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (date.leap && date.month != leapMonth)
            return {};
        if (date.leap || offset >= leapOffset)
            offset += 1;
    } else if (date.leap) {
        return {};
    }
    const qint64 monthStart = newMoonDay(k + offset, timeZone);
    const QDate solar = QDate::fromJulianDay(monthStart + date.day - 1);
    // Day 30 of a 29-day month does not exist.
    if (date.day == 30 && fromSolar(solar, timeZone).day != 30)
        return {};
    return solar;
}

QDate LunarCalendar::newYear(int year, double timeZone)
{
    return toSolar({1, 1, year, false}, timeZone);
}

} // namespace danhoi
