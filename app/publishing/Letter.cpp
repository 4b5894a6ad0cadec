#include "Letter.h"

namespace danhoi {

QString LetterLayout::placeAndDate(const QString& place, const QDate& date)
{
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() < 3 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                                           : QString::number(date.month());
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4").arg(place, day, month).arg(date.year());
}

QString LetterLayout::numberLine(const QString& number)
{
    const QString trimmed = number.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("Số:        /");
    if (trimmed.startsWith(QLatin1Char('/')))
        return QStringLiteral("Số:        %1").arg(trimmed);
    return QStringLiteral("Số: %1").arg(trimmed);
}

QString LetterLayout::xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') {
            if (u != 0xFFFE && u != 0xFFFF)
                out.append(c);
        }
    }
    return out;
}

} // namespace danhoi
