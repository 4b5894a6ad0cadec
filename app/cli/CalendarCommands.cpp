#include "Commands.h"

#include "services/CalendarService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace danhoi::cli {

namespace {

class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommands)
};

Result<QDate> dateArgument(const QString& text, const QString& what)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = shape.match(text.trimmed()).hasMatch() ? QDate::fromString(text.trimmed(), Qt::ISODate) : QDate();
    if (!date.isValid())
        return Error::invalid(CalendarCommands::tr("%1 must be a date written YYYY-MM-DD.").arg(what));
    return date;
}

Result<int> numberOption(const Invocation& in, const QString& name, int minimum, int maximum)
{
    bool ok = false;
    const int value = in.option(name).trimmed().toInt(&ok);
    if (!in.has(name) || !ok || value < minimum || value > maximum)
        return Error::invalid(
            CalendarCommands::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
    return value;
}

QJsonArray daysJson(const QList<WorkingCalendar::Day>& days, const QString& nameKey)
{
    QJsonArray array;
    for (const auto& day : days)
        array.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)}, {nameKey, day.name}});
    return array;
}

QString kindName(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Working ? QStringLiteral("working") : QStringLiteral("off");
}

} // namespace

Result<void> runCalendarHolidays(CliSession& session)
{
    auto year = numberOption(session.invocation(), QStringLiteral("year"), 2000, 2199);
    if (!year)
        return year.error();
    const auto days = CalendarService::holidays(session.context(), year.value());
    if (session.json()) {
        session.printJson(daysJson(days, QStringLiteral("name")));
        return {};
    }
    QStringList lines;
    for (const auto& day : days)
        lines.append(QStringLiteral("%1\t%2").arg(day.date.toString(Qt::ISODate), day.name));
    session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runCalendarDue(CliSession& session)
{
    const Invocation& in = session.invocation();
    if (!in.has(QStringLiteral("from")))
        return Error::invalid(CalendarCommands::tr("calendar due needs --from YYYY-MM-DD and --working-days N."));
    auto from = dateArgument(in.option(QStringLiteral("from")), QStringLiteral("--from"));
    if (!from)
        return from.error();
    if (from->year() < 2000 || from->year() > 2199)
        return Error::invalid(CalendarCommands::tr("--from must be a date between 2000 and 2199."));
    auto days = numberOption(in, QStringLiteral("working-days"), 0, 365);
    if (!days)
        return days.error();
    const auto due = CalendarService::dueDate(session.context(), from.value(), days.value());
    if (session.json()) {
        session.printJson(QJsonObject{{QStringLiteral("due"), due.due.toString(Qt::ISODate)},
                                      {QStringLiteral("skipped"), daysJson(due.skipped, QStringLiteral("reason"))}});
        return {};
    }
    QStringList lines{CalendarCommands::tr("Due %1: %2").arg(due.due.toString(Qt::ISODate), due.explanation)};
    for (const auto& day : due.skipped)
        lines.append(QStringLiteral("  %1\t%2").arg(day.date.toString(Qt::ISODate), day.name));
    session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runCalendarList(CliSession& session)
{
    auto days = CalendarService(session.context(), session.user()).days();
    if (!days)
        return days.error();
    QJsonArray array;
    QStringList lines;
    for (const CalendarDay& day : days.value()) {
        array.append(QJsonObject{{QStringLiteral("date"), day.day.toString(Qt::ISODate)},
                                 {QStringLiteral("kind"), kindName(day.kind)},
                                 {QStringLiteral("note"), day.note},
                                 {QStringLiteral("changed_by"), day.changedBy}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4")
                         .arg(day.day.toString(Qt::ISODate), kindName(day.kind), day.note, day.changedBy));
    }
    session.json() ? session.printJson(array) : session.print(lines.join(QLatin1Char('\n')));
    return {};
}

Result<void> runCalendarSet(CliSession& session)
{
    const Invocation& in = session.invocation();
    const bool off = in.has(QStringLiteral("off"));
    if (off == in.has(QStringLiteral("working")))
        return Error::invalid(CalendarCommands::tr("calendar set needs either --off NAME or --working NOTE."));
    auto date = dateArgument(in.positionals.at(0), QStringLiteral("DATE"));
    if (!date)
        return date.error();
    CalendarService service(session.context(), session.user());
    auto day = off ? service.setDayOff(date.value(), in.option(QStringLiteral("off")))
                   : service.setWorkingDay(date.value(), in.option(QStringLiteral("working")));
    if (!day)
        return day.error();
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("date"), day->day.toString(Qt::ISODate)},
                                      {QStringLiteral("kind"), kindName(day->kind)},
                                      {QStringLiteral("note"), day->note}});
    else
        session.print(off ? CalendarCommands::tr("%1 is now a day off: %2.").arg(day->day.toString(Qt::ISODate), day->note)
                          : CalendarCommands::tr("%1 is now a working day.").arg(day->day.toString(Qt::ISODate)));
    return {};
}

Result<void> runCalendarUnset(CliSession& session)
{
    auto date = dateArgument(session.invocation().positionals.at(0), QStringLiteral("DATE"));
    if (!date)
        return date.error();
    if (auto ok = CalendarService(session.context(), session.user()).unset(date.value()); !ok)
        return ok.error();
    const QString state = session.context().calendar.isWorkingDay(date.value())
        ? CalendarCommands::tr("a working day")
        : session.context().calendar.nonWorkingReason(date.value());
    if (session.json())
        session.printJson(QJsonObject{{QStringLiteral("date"), date->toString(Qt::ISODate)},
                                      {QStringLiteral("working"), session.context().calendar.isWorkingDay(date.value())}});
    else
        session.print(CalendarCommands::tr("Removed what was set for %1; it is now %2.")
                          .arg(date->toString(Qt::ISODate), state));
    return {};
}

} // namespace danhoi::cli
