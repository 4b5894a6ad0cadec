#pragma once

#include "ServiceContext.h"
#include "storage/CalendarRepository.h"

namespace danhoi {

// The agency's working calendar: the Labor Code's holidays (computed) and the days the government adds or swaps
// each year (the calendar_days table, kept by administrators).
class CalendarService
{
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
public:
    struct DueDate {
        QDate due;
        QList<WorkingCalendar::Day> skipped; // every day off passed over, weekends included
        QString explanation;
    };

    CalendarService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    // The Labor Code calendar with the table's days on top, read on `connection` (e.g. inside a transaction).
    static Result<WorkingCalendar> load(QSqlDatabase connection);
    // Reloads context.calendar from the database; call after opening it and after another client's changes.
    static Result<void> refresh(ServiceContext& context);

    // Anyone may read the calendar; it is public information.
    static QList<WorkingCalendar::Day> holidays(const ServiceContext& context, int year);
    static DueDate dueDate(const ServiceContext& context, const QDate& from, int workingDays);

    // Due soon: at most this many working days left. dueSoon() is the window [today, last day] in agency time,
    // for QuestionQuery::dueBetween (the Overdue queue and its badges); overdue is QuestionQuery::overdueAsOf today.
    static constexpr int dueSoonWorkingDays = 2;
    static Result<std::pair<QDate, QDate>> dueSoon(ServiceContext& context);

    // Administrators only; each change is audited in its own transaction and reloads context.calendar.
    Result<QList<CalendarDay>> days();
    Result<CalendarDay> setDayOff(const QDate& day, const QString& name);
    Result<CalendarDay> setWorkingDay(const QDate& day, const QString& note);
    Result<void> unset(const QDate& day);

private:
    Result<void> requireAdmin() const;
    static Result<void> checkDate(const QDate& day);
    Result<CalendarDay> save(CalendarDay day);

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
