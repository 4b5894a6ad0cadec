#include "TextRules.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace danhoi {

std::optional<QString> TextRules::decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

int TextRules::length(const QString& value)
{
    return int(value.toUcs4().size());
}

Result<QString> TextRules::clean(const QString& value, const QString& field, const QString& fieldLabel, int maxLength,
                                 bool required)
{
    // Unpaired surrogates cannot come from valid UTF-8.
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate() && (i + 1 >= value.size() || !value.at(i + 1).isLowSurrogate()))
            return Error::invalid(tr("%1 contains invalid characters.").arg(fieldLabel), field);
        if (c.isHighSurrogate())
            ++i;
        else if (c.isLowSurrogate())
            return Error::invalid(tr("%1 contains invalid characters.").arg(fieldLabel), field);
        else if (c == QChar::Null)
            return Error::invalid(tr("%1 contains invalid characters.").arg(fieldLabel), field);
    }
    const QString normalised = value.normalized(QString::NormalizationForm_C).trimmed();
    if (required && normalised.isEmpty())
        return Error::invalid(tr("%1 must not be empty.").arg(fieldLabel), field);
    const int size = length(normalised);
    if (size > maxLength)
        return Error::invalid(
            tr("%1 is too long: %2 characters, at most %3 allowed.").arg(fieldLabel).arg(size).arg(maxLength),
            field);
    return normalised;
}

QString TextRules::formatReference(int year, int sequence)
{
    return QStringLiteral("HD-%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

bool TextRules::looksLikeReference(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^HD-\\d{4}-\\d{6,}$"), QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace danhoi
