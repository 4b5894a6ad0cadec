#include "Clock.h"

#include <QRegularExpression>

namespace danhoi {

AgencyTime::AgencyTime(const QString& zoneId) : m_zone(zoneId.toUtf8())
{
    // A machine without tz data still gets Vietnam's fixed offset (no daylight saving since 1975).
    if (!m_zone.isValid())
        m_zone = QTimeZone(7 * 3600);
}

QDateTime AgencyTime::parse(const QString& text) const
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d\\d:?\\d\\d)?)?$"));
    if (!shape.match(trimmed).hasMatch())
        return {};
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), m_zone).toUTC() : QDateTime();
    }
    QString normalised = trimmed;
    normalised[10] = QLatin1Char('T');
    if (withOffset.match(normalised).hasMatch()) {
        const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
        return parsed.isValid() ? parsed.toUTC() : QDateTime();
    }
    // Date and time apart: a QDateTime without offset would be the machine's local time, and a time in the
    // machine zone's daylight-saving gap would come out invalid or shifted.
    const QDate date = QDate::fromString(normalised.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(normalised.mid(11), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, m_zone).toUTC();
}

QString AgencyTime::format(const QDateTime& instant) const
{
    return instant.isValid() ? toAgency(instant).toString(Qt::ISODate) : QString();
}

} // namespace danhoi
