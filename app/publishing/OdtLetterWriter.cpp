#include "Letter.h"

#include <QFile>
#include <QXmlStreamWriter>

#include <zip.h>

namespace danhoi {

namespace {

const char* const officeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const char* const styleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const char* const textNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const char* const tableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const char* const drawNs = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const char* const foNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const char* const svgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
const char* const metaNs = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
const char* const dcNs = "http://purl.org/dc/elements/1.1/";

// Widths of the two columns of the header and signature tables (the text area is 16.5 cm wide).
constexpr double leftColumnCm = 6.5;
constexpr double rightColumnCm = 10.0;

QString cm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("cm");
}

QString pt(double value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

void declareNamespaces(QXmlStreamWriter& xml)
{
    xml.writeNamespace(QLatin1String(officeNs), QStringLiteral("office"));
    xml.writeNamespace(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeNamespace(QLatin1String(textNs), QStringLiteral("text"));
    xml.writeNamespace(QLatin1String(tableNs), QStringLiteral("table"));
    xml.writeNamespace(QLatin1String(drawNs), QStringLiteral("draw"));
    xml.writeNamespace(QLatin1String(foNs), QStringLiteral("fo"));
    xml.writeNamespace(QLatin1String(svgNs), QStringLiteral("svg"));
}

void fontFaces(QXmlStreamWriter& xml)
{
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("font-face-decls"));
    for (const auto& [name, generic, pitch] :
         {std::tuple{LetterLayout::fontFamily(), "roman", "variable"}, std::tuple{LetterLayout::fallbackFontFamily(), "roman", "variable"},
          std::tuple{QStringLiteral("Liberation Mono"), "modern", "fixed"}}) {
        xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("font-face"));
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), name);
        xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("font-family"), QStringLiteral("'%1'").arg(name));
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("font-family-generic"), QLatin1String(generic));
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("font-pitch"), QLatin1String(pitch));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

struct ParagraphStyle {
    const char* name;
    double size;
    bool bold = false;
    bool italic = false;
    const char* align = "center";
    double indentCm = 0;     // first line
    double marginLeftCm = 0;
    double spaceAfterPt = 0;
    double spaceBeforePt = 0;
};

const QList<ParagraphStyle>& paragraphStyles()
{
    static const QList<ParagraphStyle> styles = {
        {"AgencyParent", LetterLayout::headerPointSize},
        {"AgencyName", LetterLayout::headerPointSize, true},
        {"Nation", LetterLayout::headerPointSize, true},
        {"Motto", LetterLayout::bodyPointSize, true},
        {"Rule", 2.0},
        {"Number", LetterLayout::headerPointSize, false, false, "center", 0, 0, 0, 6},
        {"Subject", 12.0},
        {"PlaceDate", LetterLayout::bodyPointSize, false, true, "center", 0, 0, 0, 6},
        {"Recipient", LetterLayout::bodyPointSize, false, false, "start", 0, 2.5, 0, 18},
        {"Body", LetterLayout::bodyPointSize, false, false, "justify", 1.27, 0, 6},
        {"BodyFirst", LetterLayout::bodyPointSize, false, false, "justify", 1.27, 0, 6, 12},
        {"Heading", LetterLayout::bodyPointSize, true, false, "justify", 1.27, 0, 6},
        {"Quote", LetterLayout::bodyPointSize, false, true, "justify", 0, 1.27, 6},
        {"ListItem", LetterLayout::bodyPointSize, false, false, "justify", 0, 1.27, 3},
        {"RecipientsTitle", 12.0, true, true, "start", 0, 0, 0, 12},
        {"RecipientsItem", 11.0, false, false, "start"},
        {"SignerTitle", LetterLayout::bodyPointSize, true, false, "center", 0, 0, 0, 12},
        {"SignerSpace", LetterLayout::bodyPointSize},
        {"SignerName", LetterLayout::bodyPointSize, true},
        {"PageNumber", LetterLayout::bodyPointSize},
    };
    return styles;
}

void writeParagraphStyle(QXmlStreamWriter& xml, const ParagraphStyle& s)
{
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QLatin1String(s.name));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("paragraph-properties"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("text-align"), QLatin1String(s.align));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("text-indent"), cm(s.indentCm));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-left"), cm(s.marginLeftCm));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-top"), pt(s.spaceBeforePt));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-bottom"), pt(s.spaceAfterPt));
    if (QLatin1String(s.name) == QLatin1String("Rule"))
        xml.writeAttribute(QLatin1String(foNs), QStringLiteral("line-height"), QStringLiteral("100%"));
    xml.writeEndElement();
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("text-properties"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-size"), pt(s.size));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-weight"), s.bold ? QStringLiteral("bold") : QStringLiteral("normal"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-style"), s.italic ? QStringLiteral("italic") : QStringLiteral("normal"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeTextStyle(QXmlStreamWriter& xml, const QString& name, bool bold, bool italic, bool code)
{
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), name);
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("text"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("text-properties"));
    if (bold)
        xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-weight"), QStringLiteral("bold"));
    if (italic)
        xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-style"), QStringLiteral("italic"));
    if (code)
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("font-name"), QStringLiteral("Liberation Mono"));
    xml.writeEndElement();
    xml.writeEndElement();
}

QString spanStyle(const RichSpan& span)
{
    if (span.code)
        return QStringLiteral("Tcode");
    if (span.bold && span.italic)
        return QStringLiteral("Tbi");
    if (span.bold)
        return QStringLiteral("Tb");
    if (span.italic)
        return QStringLiteral("Ti");
    return {};
}

// Text with ODF's whitespace rules: runs of spaces, tabs and line breaks become elements.
void writeText(QXmlStreamWriter& xml, const QString& text)
{
    const QString safe = LetterLayout::xmlSafe(text);
    QString pending;
    auto flush = [&] {
        if (!pending.isEmpty())
            xml.writeCharacters(pending);
        pending.clear();
    };
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const QChar c = safe.at(i);
        if (c == QLatin1Char('\n')) {
            flush();
            xml.writeEmptyElement(QLatin1String(textNs), QStringLiteral("line-break"));
        } else if (c == QLatin1Char('\t')) {
            flush();
            xml.writeEmptyElement(QLatin1String(textNs), QStringLiteral("tab"));
        } else if (c == QLatin1Char(' ') && (i == 0 || safe.at(i - 1) == QLatin1Char(' '))) {
            flush();
            xml.writeEmptyElement(QLatin1String(textNs), QStringLiteral("s"));
        } else if (c != QLatin1Char('\r')) {
            pending.append(c);
        }
    }
    flush();
}

void paragraph(QXmlStreamWriter& xml, const char* style, const QList<RichSpan>& spans)
{
    xml.writeStartElement(QLatin1String(textNs), QStringLiteral("p"));
    xml.writeAttribute(QLatin1String(textNs), QStringLiteral("style-name"), QLatin1String(style));
    for (const RichSpan& span : spans) {
        const QString name = spanStyle(span);
        if (name.isEmpty()) {
            writeText(xml, span.text);
            continue;
        }
        xml.writeStartElement(QLatin1String(textNs), QStringLiteral("span"));
        xml.writeAttribute(QLatin1String(textNs), QStringLiteral("style-name"), name);
        writeText(xml, span.text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void paragraph(QXmlStreamWriter& xml, const char* style, const QString& text)
{
    paragraph(xml, style, text.isEmpty() ? QList<RichSpan>{} : QList<RichSpan>{RichSpan{text}});
}

// The short rule under the agency name and under the motto, centred in its column.
void rule(QXmlStreamWriter& xml, double columnCm, double lengthCm)
{
    xml.writeStartElement(QLatin1String(textNs), QStringLiteral("p"));
    xml.writeAttribute(QLatin1String(textNs), QStringLiteral("style-name"), QStringLiteral("Rule"));
    xml.writeStartElement(QLatin1String(drawNs), QStringLiteral("line"));
    xml.writeAttribute(QLatin1String(drawNs), QStringLiteral("style-name"), QStringLiteral("gr1"));
    xml.writeAttribute(QLatin1String(textNs), QStringLiteral("anchor-type"), QStringLiteral("paragraph"));
    xml.writeAttribute(QLatin1String(drawNs), QStringLiteral("z-index"), QStringLiteral("0"));
    const double x1 = (columnCm - 0.2 - lengthCm) / 2; // 0.1 cm cell padding each side
    xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("x1"), cm(x1));
    xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("y1"), cm(0.02));
    xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("x2"), cm(x1 + lengthCm));
    xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("y2"), cm(0.02));
    xml.writeEndElement();
    xml.writeEndElement();
}

void tableStyles(QXmlStreamWriter& xml, const QString& name, bool firstPage)
{
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), name);
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("table"));
    if (firstPage)
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("master-page-name"), QStringLiteral("First"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("table-properties"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("width"), cm(leftColumnCm + rightColumnCm));
    xml.writeAttribute(QLatin1String(tableNs), QStringLiteral("align"), QStringLiteral("left"));
    xml.writeEndElement();
    xml.writeEndElement();
    for (const auto& [suffix, width] : {std::pair{"A", leftColumnCm}, std::pair{"B", rightColumnCm}}) {
        xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), name + QLatin1String(suffix));
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("table-column"));
        xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("table-column-properties"));
        xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("column-width"), cm(width));
        xml.writeEndElement();
    }
}

void startCell(QXmlStreamWriter& xml)
{
    xml.writeStartElement(QLatin1String(tableNs), QStringLiteral("table-cell"));
    xml.writeAttribute(QLatin1String(tableNs), QStringLiteral("style-name"), QStringLiteral("Cell"));
    xml.writeAttribute(QLatin1String(officeNs), QStringLiteral("value-type"), QStringLiteral("string"));
}

void startTable(QXmlStreamWriter& xml, const QString& name)
{
    xml.writeStartElement(QLatin1String(tableNs), QStringLiteral("table"));
    xml.writeAttribute(QLatin1String(tableNs), QStringLiteral("name"), name);
    xml.writeAttribute(QLatin1String(tableNs), QStringLiteral("style-name"), name);
    for (const char* suffix : {"A", "B"}) {
        xml.writeEmptyElement(QLatin1String(tableNs), QStringLiteral("table-column"));
        xml.writeAttribute(QLatin1String(tableNs), QStringLiteral("style-name"), name + QLatin1String(suffix));
    }
    xml.writeStartElement(QLatin1String(tableNs), QStringLiteral("table-row"));
}

void bodyBlocks(QXmlStreamWriter& xml, const QList<RichBlock>& blocks)
{
    bool first = true;
    for (const RichBlock& block : blocks) {
        switch (block.kind) {
        case RichBlock::Kind::Paragraph:
            paragraph(xml, first ? "BodyFirst" : "Body", block.spans);
            break;
        case RichBlock::Kind::Heading: paragraph(xml, "Heading", block.spans); break;
        case RichBlock::Kind::Quote: paragraph(xml, "Quote", block.spans); break;
        case RichBlock::Kind::BulletItem:
        case RichBlock::Kind::NumberedItem: {
            QList<RichSpan> spans = block.spans;
            const QString marker = block.kind == RichBlock::Kind::BulletItem ? QStringLiteral("-\t")
                                                                              : QStringLiteral("%1.\t").arg(block.number);
            spans.prepend(RichSpan{QString(block.level * 4, QLatin1Char(' ')) + marker});
            paragraph(xml, "ListItem", spans);
            break;
        }
        }
        first = false;
    }
}

} // namespace

QByteArray OdtLetterWriter::contentXml(const Letter& letter)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("document-content"));
    declareNamespaces(xml);
    xml.writeAttribute(QLatin1String(officeNs), QStringLiteral("version"), QStringLiteral("1.3"));
    fontFaces(xml);

    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("automatic-styles"));
    tableStyles(xml, QStringLiteral("Header"), true);
    tableStyles(xml, QStringLiteral("Signature"), false);
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QStringLiteral("Cell"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("table-cell"));
    xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("table-cell-properties"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("padding"), cm(0.1));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("border"), QStringLiteral("none"));
    xml.writeEndElement();
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QStringLiteral("gr1"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("graphic"));
    xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("graphic-properties"));
    xml.writeAttribute(QLatin1String(drawNs), QStringLiteral("stroke"), QStringLiteral("solid"));
    xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("stroke-width"), cm(0.02));
    xml.writeAttribute(QLatin1String(svgNs), QStringLiteral("stroke-color"), QStringLiteral("#000000"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("wrap"), QStringLiteral("run-through"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("vertical-pos"), QStringLiteral("from-top"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("vertical-rel"), QStringLiteral("paragraph"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("horizontal-pos"), QStringLiteral("from-left"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("horizontal-rel"), QStringLiteral("paragraph"));
    xml.writeEndElement();
    writeTextStyle(xml, QStringLiteral("Tb"), true, false, false);
    writeTextStyle(xml, QStringLiteral("Ti"), false, true, false);
    writeTextStyle(xml, QStringLiteral("Tbi"), true, true, false);
    writeTextStyle(xml, QStringLiteral("Tcode"), false, false, true);
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("body"));
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("text"));

    // Header: agency and number on the left, the national name and motto, place and date on the right.
    startTable(xml, QStringLiteral("Header"));
    startCell(xml);
    if (!letter.parentAgency.isEmpty())
        paragraph(xml, "AgencyParent", letter.parentAgency.toUpper());
    paragraph(xml, "AgencyName", letter.issuingAgency.toUpper());
    rule(xml, leftColumnCm, 2.2);
    paragraph(xml, "Number", LetterLayout::numberLine(letter.number));
    paragraph(xml, "Subject", letter.subject);
    xml.writeEndElement();
    startCell(xml);
    paragraph(xml, "Nation", QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    paragraph(xml, "Motto", QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    rule(xml, rightColumnCm, 6.2);
    paragraph(xml, "PlaceDate", LetterLayout::placeAndDate(letter.place, letter.date));
    xml.writeEndElement();
    xml.writeEndElement(); // row
    xml.writeEndElement(); // table

    QList<RichSpan> to{RichSpan{QStringLiteral("Kính gửi: ")}, RichSpan{letter.recipient}};
    if (!letter.recipientAddress.isEmpty())
        to << RichSpan{QStringLiteral("\n")} << RichSpan{QStringLiteral("Địa chỉ: ") + letter.recipientAddress};
    paragraph(xml, "Recipient", to);
    bodyBlocks(xml, letter.body);

    startTable(xml, QStringLiteral("Signature"));
    startCell(xml);
    paragraph(xml, "RecipientsTitle", QList<RichSpan>{RichSpan{QStringLiteral("Nơi nhận:"), true, true}});
    for (const QString& line : letter.recipients)
        paragraph(xml, "RecipientsItem", QStringLiteral("- ") + line);
    if (!letter.reference.isEmpty())
        paragraph(xml, "RecipientsItem", QStringLiteral("(Câu hỏi số %1)").arg(letter.reference));
    xml.writeEndElement();
    startCell(xml);
    bool firstTitleLine = true;
    for (const QString& line : letter.signerTitle) {
        paragraph(xml, firstTitleLine ? "SignerTitle" : "SignerName", line.toUpper());
        firstTitleLine = false;
    }
    for (int i = 0; i < 4; ++i)
        paragraph(xml, "SignerSpace", QString());
    paragraph(xml, "SignerName", letter.signerName);
    xml.writeEndElement();
    xml.writeEndElement(); // row
    xml.writeEndElement(); // table

    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement(); // document-content
    xml.writeEndDocument();
    return out;
}

QByteArray OdtLetterWriter::stylesXml()
{
    const QMarginsF margins = LetterLayout::marginsMm();
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("document-styles"));
    declareNamespaces(xml);
    xml.writeAttribute(QLatin1String(officeNs), QStringLiteral("version"), QStringLiteral("1.3"));
    fontFaces(xml);

    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("styles"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("default-style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("text-properties"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("font-name"), LetterLayout::fontFamily());
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-size"), pt(LetterLayout::bodyPointSize));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("language"), QStringLiteral("vi"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("country"), QStringLiteral("VN"));
    xml.writeEndElement();
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("style"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("family"), QStringLiteral("paragraph"));
    xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("text-properties"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("font-name"), LetterLayout::fontFamily());
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("font-size"), pt(LetterLayout::bodyPointSize));
    xml.writeEndElement();
    for (const ParagraphStyle& style : paragraphStyles())
        writeParagraphStyle(xml, style);
    xml.writeEndElement(); // styles

    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("automatic-styles"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("page-layout"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QStringLiteral("A4"));
    xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("page-layout-properties"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("page-width"), cm(LetterLayout::pageWidthMm / 10));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("page-height"), cm(LetterLayout::pageHeightMm / 10));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-top"), cm(margins.top() / 10));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-bottom"), cm(margins.bottom() / 10));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-left"), cm(margins.left() / 10));
    xml.writeAttribute(QLatin1String(foNs), QStringLiteral("margin-right"), cm(margins.right() / 10));
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    // Pages are numbered from the second one, centred at the top (Decree 30, Appendix I).
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("master-styles"));
    xml.writeEmptyElement(QLatin1String(styleNs), QStringLiteral("master-page"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QStringLiteral("First"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("next-style-name"), QStringLiteral("Standard"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("master-page"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(QLatin1String(styleNs), QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    xml.writeStartElement(QLatin1String(styleNs), QStringLiteral("header"));
    xml.writeStartElement(QLatin1String(textNs), QStringLiteral("p"));
    xml.writeAttribute(QLatin1String(textNs), QStringLiteral("style-name"), QStringLiteral("PageNumber"));
    xml.writeStartElement(QLatin1String(textNs), QStringLiteral("page-number"));
    xml.writeAttribute(QLatin1String(textNs), QStringLiteral("select-page"), QStringLiteral("current"));
    xml.writeCharacters(QStringLiteral("2"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // header
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles

    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

namespace {

QByteArray metaXml(const Letter& letter)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("document-meta"));
    xml.writeNamespace(QLatin1String(officeNs), QStringLiteral("office"));
    xml.writeNamespace(QLatin1String(metaNs), QStringLiteral("meta"));
    xml.writeNamespace(QLatin1String(dcNs), QStringLiteral("dc"));
    xml.writeAttribute(QLatin1String(officeNs), QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QLatin1String(officeNs), QStringLiteral("meta"));
    xml.writeTextElement(QLatin1String(metaNs), QStringLiteral("generator"), QStringLiteral("DanHoi/%1").arg(QStringLiteral(DANHOI_VERSION)));
    xml.writeTextElement(QLatin1String(dcNs), QStringLiteral("title"), LetterLayout::xmlSafe(letter.subject));
    xml.writeTextElement(QLatin1String(dcNs), QStringLiteral("language"), QStringLiteral("vi-VN"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\""
        " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n");
}

} // namespace

Result<void> OdtLetterWriter::write(const Letter& letter, const QString& path)
{
    // The buffers must outlive zip_close(), which reads them.
    const QList<std::pair<QByteArray, QByteArray>> entries = {
        {"mimetype", "application/vnd.oasis.opendocument.text"},
        {"content.xml", contentXml(letter)},
        {"styles.xml", stylesXml()},
        {"meta.xml", metaXml(letter)},
        {"META-INF/manifest.xml", manifestXml()},
    };
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, error);
        const QString reason = QString::fromUtf8(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return Error::other(tr("Cannot write the letter %1: %2").arg(path, reason));
    }
    for (const auto& [name, data] : entries) {
        zip_source_t* source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        const zip_int64_t index = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const QString reason = QString::fromUtf8(zip_strerror(archive));
            zip_discard(archive);
            return Error::other(tr("Cannot write the letter %1: %2").arg(path, reason));
        }
        // ODF: the mimetype comes first and uncompressed, so tools can recognise the file by its first bytes.
        zip_set_file_compression(archive, zip_uint64_t(index), name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    if (zip_close(archive) != 0) {
        const QString reason = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return Error::other(tr("Cannot write the letter %1: %2").arg(path, reason));
    }
    return {};
}

} // namespace danhoi
