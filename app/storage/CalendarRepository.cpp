#include "CalendarRepository.h"

#include "Database.h"

namespace danhoi {

namespace {

CalendarDay dayFrom(const SqlStatement& q)
{
    CalendarDay day;
    day.day = QDate::fromString(q.value(QStringLiteral("day")).toString(), Qt::ISODate);
    day.kind = q.value(QStringLiteral("kind")).toString() == QLatin1String("working") ? CalendarDay::Kind::Working
                                                                                       : CalendarDay::Kind::Off;
    day.note = q.value(QStringLiteral("note")).toString();
    day.changedBy = q.value(QStringLiteral("changed_by")).toString();
    const QVariant at = q.value(QStringLiteral("changed_at"));
    if (!at.isNull())
        day.changedAt = QDateTime::fromMSecsSinceEpoch(at.toLongLong(), Qt::UTC);
    return day;
}

QString kindName(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Working ? QStringLiteral("working") : QStringLiteral("off");
}

} // namespace

Result<QList<CalendarDay>> CalendarRepository::all()
{
    SqlStatement q(m_db, QStringLiteral("SELECT day, kind, note, changed_by, changed_at FROM calendar_days ORDER BY day"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<CalendarDay> days;
    while (q.next())
        days.append(dayFrom(q));
    return days;
}

Result<std::optional<CalendarDay>> CalendarRepository::byDay(const QDate& day)
{
    SqlStatement q(m_db, QStringLiteral("SELECT day, kind, note, changed_by, changed_at FROM calendar_days"
                                        " WHERE day = :day"));
    if (auto ok = q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate)).exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::optional<CalendarDay>();
    return std::optional<CalendarDay>(dayFrom(q));
}

Result<void> CalendarRepository::save(const CalendarDay& day)
{
    SqlStatement q(m_db, QStringLiteral("INSERT INTO calendar_days (day, kind, note, changed_by, changed_at)"
                                        " VALUES (:day, :kind, :note, :by, :at)"
                                        " ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note,"
                                        " changed_by = excluded.changed_by, changed_at = excluded.changed_at"));
    q.bind(QStringLiteral(":day"), day.day.toString(Qt::ISODate)).bind(QStringLiteral(":kind"), kindName(day.kind));
    q.bind(QStringLiteral(":note"), day.note).bind(QStringLiteral(":by"), day.changedBy);
    q.bind(QStringLiteral(":at"), day.changedAt.toMSecsSinceEpoch());
    return q.exec();
}

Result<bool> CalendarRepository::remove(const QDate& day)
{
    SqlStatement q(m_db, QStringLiteral("DELETE FROM calendar_days WHERE day = :day"));
    if (auto ok = q.bind(QStringLiteral(":day"), day.toString(Qt::ISODate)).exec(); !ok)
        return ok.error();
    return q.numRowsAffected() > 0;
}

} // namespace danhoi
