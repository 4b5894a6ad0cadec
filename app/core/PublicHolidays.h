#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace danhoi {

// The public holidays of the Labor Code 2019 (Art. 112) and the days in lieu of those falling on a weekend
// (Art. 111(3)), before the government's yearly announcements.
class PublicHolidays
{
    Q_DECLARE_TR_FUNCTIONS(PublicHolidays)
public:
    enum class Kind { NewYear, Tet, HungKings, Reunification, Labour, NationalDay };
    struct Day {
        Kind kind = Kind::NewYear;
        bool inLieu = false; // a day off in lieu of a holiday of this kind that fell on a weekend
    };

    // The days of solar `year`, computed once per year and cached (thread-safe).
    static QMap<QDate, Day> ofYear(int year);
    static QString name(Kind kind);
    static QString name(const Day& day);
};

} // namespace danhoi
