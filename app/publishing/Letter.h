#pragma once

#include "RichText.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMarginsF>
#include <QStringList>

namespace danhoi {

// The official reply letter (công văn trả lời) to a citizen, laid out per Decree 30/2020/NĐ-CP.
// It goes to the asker, so it carries their name and address; it is never published.
struct Letter {
    QString parentAgency;   // cơ quan chủ quản, e.g. "UBND tỉnh Nghệ An" (printed in capitals)
    QString issuingAgency;  // e.g. "Sở Văn hóa, Thể thao và Du lịch" (capitals, bold)
    QString number;         // "123/SVHTTDL-VP", or only the symbol part while the number is not yet given
    QString place;          // "Nghệ An"
    QDate date;
    QString subject = QStringLiteral("V/v trả lời câu hỏi của công dân");
    QString recipient;      // "Ông/Bà Nguyễn Văn A"
    QString recipientAddress;
    QList<RichBlock> body;  // opening, the approved answer, closing
    QStringList recipients; // "Nơi nhận:" lines, e.g. "Như trên;" and "Lưu: VT."
    QStringList signerTitle; // e.g. {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}
    QString signerName;
    QString reference;      // the question's reference, shown small under the recipients list

    // Whether the approved answer (Markdown) opens with its own introduction, a first line such as "Sở Y tế trả lời
    // như sau:" or "… replies as follows:"; the letter then does not add one of its own.
    static bool answerIntroducesItself(const QString& answer);
};

// The measures of the layout, shared by the ODT and PDF writers.
class LetterLayout
{
public:
    static constexpr double pageWidthMm = 210.0;
    static constexpr double pageHeightMm = 297.0;
    static QMarginsF marginsMm() { return {30.0, 20.0, 15.0, 20.0}; } // left, top, right, bottom
    static constexpr double bodyPointSize = 14.0;
    static constexpr double headerPointSize = 13.0;
    static constexpr double firstLineIndentMm = 12.7;
    static QString fontFamily() { return QStringLiteral("Times New Roman"); }
    static QString fallbackFontFamily() { return QStringLiteral("Liberation Serif"); }

    // "Nghệ An, ngày 05 tháng 3 năm 2025": days below 10 and months below 3 take a leading zero.
    static QString placeAndDate(const QString& place, const QDate& date);
    // "Số: 123/SVHTTDL-VP"; a number still to be given leaves room for the registry to write it in.
    static QString numberLine(const QString& number);
    // Characters XML 1.0 cannot carry (control characters) dropped.
    static QString xmlSafe(const QString& text);
};

class OdtLetterWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtLetterWriter)
public:
    // A complete OpenDocument text package; the file appears only when fully written.
    static Result<void> write(const Letter& letter, const QString& path);
    static QByteArray contentXml(const Letter& letter);
    static QByteArray stylesXml();
};

class PdfLetterWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfLetterWriter)
public:
    // Needs a QGuiApplication (the offscreen platform is enough); the font is embedded.
    static Result<void> write(const Letter& letter, const QString& path);
};

} // namespace danhoi
