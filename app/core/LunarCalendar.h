#pragma once

#include <QDate>

namespace danhoi {

struct LunarDate {
    int day = 0;
    int month = 0;
    int year = 0;     // the lunar year, named by the solar year in which it begins
    bool leap = false; // the leap (nhuận) repetition of `month`
};

// The Vietnamese lunisolar calendar (âm lịch) after Hồ Ngọc Đức's algorithm: astronomical new moons and solar
// terms reckoned in UTC+7. The Chinese calendar is the same computation in UTC+8, which is why Tết falls on
// another day in some years (1985, 2007, 2030).
class LunarCalendar
{
public:
    static constexpr double vietnamZone = 7.0;

    static LunarDate fromSolar(const QDate& date, double timeZone = vietnamZone);
    // Invalid when the lunar date does not exist (e.g. a leap month that year has not).
    static QDate toSolar(const LunarDate& date, double timeZone = vietnamZone);
    // Mùng 1 Tết of the lunar year that begins in the solar `year`.
    static QDate newYear(int year, double timeZone = vietnamZone);
};

} // namespace danhoi
