#include "CalendarService.h"

#include "AuditService.h"
#include "core/TextRules.h"

namespace danhoi {

namespace {

QString kindName(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Working ? QStringLiteral("working") : QStringLiteral("off");
}

} // namespace

Result<WorkingCalendar> CalendarService::load(QSqlDatabase connection)
{
    auto rows = CalendarRepository(std::move(connection)).all();
    if (!rows)
        return rows.error();
    WorkingCalendar calendar = WorkingCalendar::vietnam();
    for (const CalendarDay& row : rows.value()) {
        if (!row.day.isValid())
            continue;
        if (row.kind == CalendarDay::Kind::Off)
            calendar.addHoliday(row.day, row.note);
        else
            calendar.addWorkingDay(row.day, row.note);
    }
    return calendar;
}

Result<void> CalendarService::refresh(ServiceContext& context)
{
    auto connection = context.db->connection();
    if (!connection)
        return connection.error();
    auto calendar = load(connection.value());
    if (!calendar)
        return calendar.error();
    context.calendar = calendar.value();
    return {};
}

QList<WorkingCalendar::Day> CalendarService::holidays(const ServiceContext& context, int year)
{
    return context.calendar.holidays(year);
}

CalendarService::DueDate CalendarService::dueDate(const ServiceContext& context, const QDate& from, int workingDays)
{
    const WorkingCalendar& calendar = context.calendar;
    return {calendar.addWorkingDays(from, workingDays), calendar.skippedDays(from, workingDays),
            calendar.explain(from, workingDays)};
}

Result<std::pair<QDate, QDate>> CalendarService::dueSoon(ServiceContext& context)
{
    auto today = context.agencyToday();
    if (!today)
        return today.error();
    return std::pair{today.value(), context.calendar.addWorkingDays(today.value(), dueSoonWorkingDays)};
}

Result<void> CalendarService::requireAdmin() const
{
    if (!m_actor.active || !m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may change the holidays and working days."));
    return {};
}

Result<void> CalendarService::checkDate(const QDate& day)
{
    if (!day.isValid() || day.year() < 2000 || day.year() > 2199)
        return Error::invalid(tr("Give a date between 2000 and 2199 as YYYY-MM-DD."), QStringLiteral("date"));
    return {};
}

Result<QList<CalendarDay>> CalendarService::days()
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    return CalendarRepository(connection.value()).all();
}

Result<CalendarDay> CalendarService::setDayOff(const QDate& day, const QString& name)
{
    auto clean = TextRules::clean(name, QStringLiteral("name"), tr("The name of the day off"),
                                  TextRules::maxShortFieldLength, true);
    if (!clean)
        return clean.error();
    return save({day, CalendarDay::Kind::Off, clean.value(), {}, {}});
}

Result<CalendarDay> CalendarService::setWorkingDay(const QDate& day, const QString& note)
{
    auto clean = TextRules::clean(note, QStringLiteral("note"), tr("The note"), TextRules::maxShortFieldLength, false);
    if (!clean)
        return clean.error();
    return save({day, CalendarDay::Kind::Working, clean.value(), {}, {}});
}

Result<CalendarDay> CalendarService::save(CalendarDay day)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    if (auto ok = checkDate(day.day); !ok)
        return ok.error();
    day.changedBy = m_actor.username;
    day.changedAt = m_context.now();
    auto saved = inTransaction<CalendarDay>(*m_context.db, [&](QSqlDatabase tx) -> Result<CalendarDay> {
        CalendarRepository repository(tx);
        auto previous = repository.byDay(day.day);
        if (!previous)
            return previous.error();
        if (auto ok = repository.save(day); !ok)
            return ok.error();
        const QString from = previous.value() ? kindName(previous.value()->kind) : QString();
        const QString note = QStringLiteral("%1 %2").arg(day.day.toString(Qt::ISODate), day.note).trimmed();
        if (auto ok = AuditService::record(tx, day.changedAt, m_actor.username, std::nullopt,
                                           QStringLiteral("calendar"), from, kindName(day.kind), note);
            !ok)
            return ok.error();
        return day;
    });
    if (!saved)
        return saved.error();
    if (auto ok = refresh(m_context); !ok)
        return ok.error();
    return saved;
}

Result<void> CalendarService::unset(const QDate& day)
{
    if (auto ok = requireAdmin(); !ok)
        return ok.error();
    if (auto ok = checkDate(day); !ok)
        return ok.error();
    auto removed = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        CalendarRepository repository(tx);
        auto previous = repository.byDay(day);
        if (!previous)
            return previous.error();
        if (!previous.value())
            return Error::notFound(tr("Nothing was set for %1; its holidays come from the Labor Code.")
                                       .arg(day.toString(Qt::ISODate)));
        if (auto ok = repository.remove(day); !ok)
            return ok.error();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt,
                                           QStringLiteral("calendar"), kindName(previous.value()->kind), {},
                                           day.toString(Qt::ISODate));
            !ok)
            return ok.error();
        return true;
    });
    if (!removed)
        return removed.error();
    return refresh(m_context);
}

} // namespace danhoi
