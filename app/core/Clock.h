#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace danhoi {

// Injected everywhere time matters, so tests never depend on the real time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(now.toUTC()) { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Dates in the agency's time zone, whatever the machine's zone.
class AgencyTime
{
public:
    explicit AgencyTime(const QString& zoneId = QStringLiteral("Asia/Ho_Chi_Minh"));

    const QTimeZone& zone() const { return m_zone; }
    QDateTime toAgency(const QDateTime& instant) const { return instant.toTimeZone(m_zone); }
    QDate dateOf(const QDateTime& instant) const { return toAgency(instant).date(); }
    QDate today(const Clock& clock) const { return dateOf(clock.now()); }
    // ISO 8601 with an offset; a time without offset (or a bare date) is agency time. Invalid on bad input.
    QDateTime parse(const QString& text) const;
    // ISO 8601 with the agency offset, e.g. 2025-03-04T09:30:00+07:00.
    QString format(const QDateTime& instant) const;

private:
    QTimeZone m_zone;
};

} // namespace danhoi
