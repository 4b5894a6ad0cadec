#include "Letter.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

namespace danhoi {

namespace {

// QTextDocument's layout takes indents and left margins in device pixels of the PDF writer, but scales top and
// bottom margins from 96-dpi pixels to the device itself (Qt 6.4).
constexpr int resolution = 600;

qreal px(double mm)
{
    return mm / 25.4 * resolution;
}

qreal verticalPt(double points)
{
    return points / 72.0 * 96.0;
}

QFont letterFont(double pointSize, bool bold = false, bool italic = false, bool code = false)
{
    QFont font;
    font.setFamilies(code ? QStringList{QStringLiteral("Liberation Mono")}
                          : QStringList{LetterLayout::fallbackFontFamily(), LetterLayout::fontFamily(),
                                        QStringLiteral("Tinos"), QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setKerning(true);
    return font;
}

struct Para {
    double size = LetterLayout::bodyPointSize;
    bool bold = false;
    bool italic = false;
    Qt::Alignment align = Qt::AlignHCenter;
    double indentMm = 0;
    double leftMm = 0;
    double beforePt = 0;
    double afterPt = 0;
};

class LetterBuilder
{
public:
    explicit LetterBuilder(QTextDocument& document) : m_cursor(&document) { }

    QTextCursor& cursor() { return m_cursor; }

    // Starts a new paragraph (or formats the empty first one of a cell) and writes spans into it.
    QTextBlock paragraph(const Para& p, const QList<RichSpan>& spans, bool newBlock = true)
    {
        QTextBlockFormat block;
        block.setAlignment(p.align);
        block.setTextIndent(px(p.indentMm));
        block.setLeftMargin(px(p.leftMm));
        block.setTopMargin(verticalPt(p.beforePt));
        block.setBottomMargin(verticalPt(p.afterPt));
        QTextCharFormat base;
        base.setFont(letterFont(p.size, p.bold, p.italic));
        if (newBlock)
            m_cursor.insertBlock(block, base);
        else {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(base);
        }
        for (const RichSpan& span : spans) {
            QTextCharFormat format;
            format.setFont(letterFont(p.size, p.bold || span.bold, p.italic || span.italic, span.code));
            if (span.text == QLatin1String("\n"))
                m_cursor.insertText(QString(QChar::LineSeparator), format);
            else
                m_cursor.insertText(span.text, format);
        }
        return m_cursor.block();
    }
    QTextBlock paragraph(const Para& p, const QString& text, bool newBlock = true)
    {
        return paragraph(p, text.isEmpty() ? QList<RichSpan>{} : QList<RichSpan>{RichSpan{text}}, newBlock);
    }

    QTextTable* twoColumns(qreal topMargin = 0)
    {
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setCellPadding(0);
        format.setCellSpacing(0);
        format.setTopMargin(topMargin);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(
            {QTextLength(QTextLength::PercentageLength, 39), QTextLength(QTextLength::PercentageLength, 61)});
        return m_cursor.insertTable(1, 2, format);
    }

private:
    QTextCursor m_cursor;
};

struct Rule {
    QTextBlock block;
    double fraction; // of the block's last line
};

} // namespace

Result<void> PdfLetterWriter::write(const Letter& letter, const QString& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::other(tr("Writing a PDF needs the graphical part of Qt; run with QT_QPA_PLATFORM=offscreen."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::other(tr("Cannot write the letter %1: %2").arg(path, file.errorString()));

    QPdfWriter writer(&file);
    writer.setResolution(resolution);
    writer.setTitle(letter.subject);
    writer.setCreator(QStringLiteral("DanHoi"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, LetterLayout::marginsMm(),
                                     QPageLayout::Millimeter));

    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(letterFont(LetterLayout::bodyPointSize));
    document.documentLayout()->setPaintDevice(&writer);
    const QSizeF page(writer.width(), writer.height());
    document.setPageSize(page);

    LetterBuilder b(document);
    QList<Rule> rules;
    const double header = LetterLayout::headerPointSize;

    QTextTable* top = b.twoColumns();
    b.cursor() = top->cellAt(0, 0).firstCursorPosition();
    bool first = true;
    if (!letter.parentAgency.isEmpty()) {
        b.paragraph({header}, letter.parentAgency.toUpper(), false);
        first = false;
    }
    rules.append({b.paragraph({header, true, false, Qt::AlignHCenter, 0, 0, 0, 5}, letter.issuingAgency.toUpper(), !first), 0.4});
    b.paragraph({header, false, false, Qt::AlignHCenter, 0, 0, 6}, LetterLayout::numberLine(letter.number));
    b.paragraph({12}, letter.subject);
    b.cursor() = top->cellAt(0, 1).firstCursorPosition();
    b.paragraph({header, true}, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), false);
    rules.append({b.paragraph({LetterLayout::bodyPointSize, true, false, Qt::AlignHCenter, 0, 0, 0, 5},
                              QStringLiteral("Độc lập - Tự do - Hạnh phúc")),
                  1.0});
    b.paragraph({LetterLayout::bodyPointSize, false, true, Qt::AlignHCenter, 0, 0, 6},
                LetterLayout::placeAndDate(letter.place, letter.date));
    b.cursor() = top->lastCursorPosition();
    b.cursor().movePosition(QTextCursor::NextBlock);

    QList<RichSpan> to{RichSpan{QStringLiteral("Kính gửi: ")}, RichSpan{letter.recipient}};
    if (!letter.recipientAddress.isEmpty())
        to << RichSpan{QStringLiteral("\n")} << RichSpan{QStringLiteral("Địa chỉ: ") + letter.recipientAddress};
    b.paragraph({10}, QString(), false); // a margin on the first block after a table is not honoured: a spacer
    b.paragraph({LetterLayout::bodyPointSize, false, false, Qt::AlignLeft, 0, 25, 6, 12}, to);

    const Para body{LetterLayout::bodyPointSize, false, false, Qt::AlignJustify, LetterLayout::firstLineIndentMm, 0, 0, 6};
    for (const RichBlock& block : letter.body) {
        Para p = body;
        QList<RichSpan> spans = block.spans;
        switch (block.kind) {
        case RichBlock::Kind::Paragraph: p.leftMm = 6.0 * block.level; break;
        case RichBlock::Kind::Heading: p.bold = true; break;
        case RichBlock::Kind::Quote:
            p.italic = true;
            p.indentMm = 0;
            p.leftMm = LetterLayout::firstLineIndentMm;
            break;
        case RichBlock::Kind::BulletItem:
        case RichBlock::Kind::NumberedItem:
            p.leftMm = LetterLayout::firstLineIndentMm + 6.0 * block.level;
            p.indentMm = -6.0;
            p.afterPt = 3;
            spans.prepend(RichSpan{block.kind == RichBlock::Kind::BulletItem ? QStringLiteral("-\u2002")
                                                                              : QStringLiteral("%1.\u2002").arg(block.number)});
            break;
        }
        b.paragraph(p, spans);
    }

    QTextTable* bottom = b.twoColumns(verticalPt(10)); // a little below the body
    b.cursor() = bottom->cellAt(0, 0).firstCursorPosition();
    b.paragraph({12, true, true, Qt::AlignLeft, 0, 0, 12}, QStringLiteral("Nơi nhận:"), false);
    for (const QString& line : letter.recipients)
        b.paragraph({11, false, false, Qt::AlignLeft}, QStringLiteral("- ") + line);
    if (!letter.reference.isEmpty())
        b.paragraph({11, false, false, Qt::AlignLeft}, QStringLiteral("(Câu hỏi số %1)").arg(letter.reference));
    b.cursor() = bottom->cellAt(0, 1).firstCursorPosition();
    bool firstLine = true;
    for (const QString& line : letter.signerTitle) {
        b.paragraph({LetterLayout::bodyPointSize, true, false, Qt::AlignHCenter, 0, 0, firstLine ? 12.0 : 0.0}, line.toUpper(),
                    !firstLine);
        firstLine = false;
    }
    for (int i = 0; i < 4; ++i)
        b.paragraph({LetterLayout::bodyPointSize}, QString(), !firstLine || i > 0);
    b.paragraph({LetterLayout::bodyPointSize, true}, letter.signerName);

    QPainter painter;
    if (!painter.begin(&writer))
        return Error::other(tr("Cannot write the letter %1.").arg(path));
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    const int pages = qMax(1, document.pageCount());
    const qreal penWidth = writer.resolution() * 0.6 / 72.0; // 0.6 pt
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0) {
            writer.newPage();
            // Pages after the first are numbered at the top, centred (Decree 30, Appendix I).
            painter.save();
            painter.setFont(letterFont(LetterLayout::bodyPointSize));
            const qreal margin = LetterLayout::marginsMm().top() / 25.4 * writer.resolution();
            painter.drawText(QRectF(0, -margin, page.width(), margin), Qt::AlignCenter, QString::number(pageIndex + 1));
            painter.restore();
        }
        painter.save();
        const QRectF view(0, pageIndex * page.height(), page.width(), page.height());
        painter.translate(0, -view.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.setPen(QPen(Qt::black, penWidth));
        for (const Rule& rule : rules) {
            const QRectF blockRect = layout->blockBoundingRect(rule.block);
            QTextLayout* lines = rule.block.layout();
            if (!lines || lines->lineCount() == 0 || !view.intersects(blockRect))
                continue;
            // As long as a fraction of the widest line, under the last one.
            qreal widest = 0;
            for (int i = 0; i < lines->lineCount(); ++i)
                widest = qMax(widest, lines->lineAt(i).naturalTextWidth());
            const QRectF text = lines->lineAt(lines->lineCount() - 1).naturalTextRect().translated(blockRect.topLeft());
            const qreal length = widest * rule.fraction;
            const qreal y = text.bottom() + penWidth * 2;
            painter.drawLine(QPointF(text.center().x() - length / 2, y), QPointF(text.center().x() + length / 2, y));
        }
        painter.restore();
    }
    if (!painter.end() || !file.commit())
        return Error::other(tr("Cannot write the letter %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace danhoi
