#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace danhoi {

// One row of calendar_days: what the government announced for a day on top of the Labor Code.
struct CalendarDay {
    enum class Kind { Off, Working };
    QDate day;
    Kind kind = Kind::Off;
    QString note;
    QString changedBy;
    QDateTime changedAt;
};

class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Every row, oldest day first (a handful a year, so all of them).
    Result<QList<CalendarDay>> all();
    Result<std::optional<CalendarDay>> byDay(const QDate& day);
    Result<void> save(const CalendarDay& day);
    // Whether a row was removed.
    Result<bool> remove(const QDate& day);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
