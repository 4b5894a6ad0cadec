#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace danhoi {

// Limits and normalisation for every text that enters the system.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)
public:
    static constexpr int maxTitleLength = 500;
    static constexpr int maxBodyLength = 20000;
    static constexpr int maxShortFieldLength = 200;
    static constexpr int maxReasonLength = 2000;

    // Strict UTF-8 decoding: nullopt when the bytes are not valid UTF-8.
    static std::optional<QString> decodeUtf8(const QByteArray& bytes);
    // NFC, trimmed; an error naming the field when required and empty, or longer than maxLength characters.
    static Result<QString> clean(const QString& value, const QString& field, const QString& fieldLabel,
                                 int maxLength, bool required);
    // Number of user-perceived characters (code points) after NFC.
    static int length(const QString& value);
    // HD-2025-000123
    static QString formatReference(int year, int sequence);
    static bool looksLikeReference(const QString& text);
};

} // namespace danhoi
