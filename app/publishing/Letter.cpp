#include "Letter.h"

#include <QRegularExpression>

namespace danhoi {

bool Letter::answerIntroducesItself(const QString& answer)
{
    // The first line that has text, without Markdown emphasis: the agency saying that it answers ("trả lời", "có ý
    // kiến", "hướng dẫn", "giải đáp" … "như sau"), ending with a colon. A first line announcing a list ("Hồ sơ gồm
    // các giấy tờ như sau:") is the answer's own text.
    static const QRegularExpression intro(
        QStringLiteral("(?:trả lời|có ý kiến|hướng dẫn|giải đáp|trao đổi)[^\\n]*như sau[^\\n]*:$"
                       "|\\b(?:repl(?:y|ies)|answers?|responds?)\\b[^\\n]*\\bas follows\\b[^\\n]*:$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = answer.normalized(QString::NormalizationForm_C).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QString text = line;
        text.remove(QLatin1Char('*')).remove(QLatin1Char('_'));
        text = text.trimmed();
        if (!text.isEmpty())
            return intro.match(text).hasMatch();
    }
    return false;
}

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
