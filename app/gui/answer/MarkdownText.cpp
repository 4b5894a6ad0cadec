#include "MarkdownText.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace danhoi {

namespace {

const QString specials = QStringLiteral("\\`*_[]<>&~|");

bool isLineStart(const QString& text, int i)
{
    return i == 0 || text.at(i - 1) == QChar::LineSeparator;
}

// Index of the first non-blank character of the line holding position i.
int lineContentStart(const QString& text, int i)
{
    int start = i;
    while (start > 0 && text.at(start - 1) != QChar::LineSeparator)
        --start;
    while (start < text.size() && (text.at(start) == QLatin1Char(' ') || text.at(start) == QLatin1Char('\t')))
        ++start;
    return start;
}

// Whether position i lies in the run of blanks that ends its line.
bool isInTrailingBlanks(const QString& text, int i)
{
    for (int k = i; k < text.size(); ++k) {
        const QChar c = text.at(k);
        if (c == QChar::LineSeparator)
            return true;
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t'))
            return false;
    }
    return true;
}

// The '.' or ')' of "12." / "3)" at the start of a line, which Markdown reads as a numbered list.
bool isListNumberPunctuation(const QString& text, int i)
{
    const QChar c = text.at(i);
    if (c != QLatin1Char('.') && c != QLatin1Char(')'))
        return false;
    const int start = lineContentStart(text, i);
    if (start >= i)
        return false;
    for (int k = start; k < i; ++k)
        if (!text.at(k).isDigit() || text.at(k).unicode() > 127)
            return false;
    return i - start <= 9;
}

struct Style {
    QString href;
    bool bold = false;
    bool italic = false;
    bool strike = false;
};

// Markers in nesting order: link outermost, then bold, italic, strike-through.
QStringList openersOf(const Style& style)
{
    QStringList out;
    if (!style.href.isEmpty())
        out << QStringLiteral("[");
    if (style.bold)
        out << QStringLiteral("**");
    if (style.italic)
        out << QStringLiteral("*");
    if (style.strike)
        out << QStringLiteral("~~");
    return out;
}

QString linkTarget(const QString& href)
{
    QString target = href;
    target.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    target.replace(QLatin1Char('<'), QLatin1String("\\<"));
    target.replace(QLatin1Char('>'), QLatin1String("\\>"));
    return QStringLiteral("(<%1>)").arg(target);
}

class BlockWriter
{
public:
    BlockWriter(const QString& blockText, bool heading, QString continuation)
        : m_text(blockText), m_heading(heading), m_continuation(std::move(continuation))
    {
    }

    void add(const QString& fragmentText, int offset, const Style& wanted)
    {
        int coreFrom = 0;
        int coreTo = int(fragmentText.size());
        while (coreFrom < coreTo && fragmentText.at(coreFrom).isSpace() && fragmentText.at(coreFrom) != QChar::LineSeparator)
            ++coreFrom;
        while (coreTo > coreFrom && fragmentText.at(coreTo - 1).isSpace()
               && fragmentText.at(coreTo - 1) != QChar::LineSeparator)
            --coreTo;
        if (coreFrom == coreTo) { // blank: no formatting worth a marker
            m_pendingSpace += escaped(offset, offset + int(fragmentText.size()));
            return;
        }
        transition(wanted, offset);
        m_out += m_pendingSpace;
        m_pendingSpace.clear();
        m_out += escaped(offset, offset + coreFrom);
        openTo(wanted);
        m_out += escaped(offset + coreFrom, offset + coreTo);
        m_pendingSpace = escaped(offset + coreTo, offset + int(fragmentText.size()));
    }

    QString finish()
    {
        transition({}, int(m_text.size()));
        m_out += m_pendingSpace;
        return m_out;
    }

private:
    // Closes the markers that differ from `wanted`; the text's trailing blanks go after the closers.
    void transition(const Style& wanted, int)
    {
        const QStringList want = openersOf(wanted);
        int keep = 0;
        while (keep < m_open.size() && keep < want.size() && m_open.at(keep) == want.at(keep)
               && (m_open.at(keep) != QLatin1String("[") || m_openHref == wanted.href))
            ++keep;
        while (m_open.size() > keep) {
            const QString marker = m_open.takeLast();
            m_out += marker == QLatin1String("[") ? QStringLiteral("]") + linkTarget(m_openHref) : marker;
        }
    }

    void openTo(const Style& wanted)
    {
        const QStringList want = openersOf(wanted);
        for (int i = int(m_open.size()); i < want.size(); ++i) {
            m_out += want.at(i);
            m_open.append(want.at(i));
            if (want.at(i) == QLatin1String("["))
                m_openHref = wanted.href;
        }
    }

    QString escaped(int from, int to) const
    {
        return MarkdownText::escape(m_text, from, to, m_heading).replace(
        QStringLiteral("\\\n"), QStringLiteral("\\\n") + m_continuation);
    }

    QString m_text;
    bool m_heading;
    QString m_continuation;
    QString m_out;
    QString m_pendingSpace;
    QStringList m_open;
    QString m_openHref;
};

} // namespace

QString MarkdownText::escape(const QString& text, int from, int to, bool heading)
{
    QString out;
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == QChar::LineSeparator) {
            out += QStringLiteral("\\\n");
            continue;
        }
        const bool blank = c == QLatin1Char(' ') || c == QLatin1Char('\t');
        // Markdown drops blanks at the start and end of a line; entities keep them.
        // Qt's reader drops the entity itself but keeps the blanks next to it, which Markdown would strip.
        if (blank && (lineContentStart(text, i) > i || isInTrailingBlanks(text, i))) {
            if (isLineStart(text, i))
                out += QStringLiteral("&#32;");
            out += c;
            if (i + 1 == text.size() || text.at(i + 1) == QChar::LineSeparator)
                out += QStringLiteral("&#32;");
            continue;
        }
        if (specials.contains(c) || (heading && c == QLatin1Char('#'))) {
            out += QLatin1Char('\\');
            out += c;
            continue;
        }
        const bool firstOnLine = lineContentStart(text, i) == i;
        if (firstOnLine && QStringLiteral("#-+=>").contains(c)) {
            out += QLatin1Char('\\');
            out += c;
            continue;
        }
        if (isListNumberPunctuation(text, i)) {
            out += QLatin1Char('\\');
            out += c;
            continue;
        }
        out += c;
    }
    return out;
}

QString MarkdownText::fromDocument(const QTextDocument& document)
{
    QStringList blocks;
    bool previousWasListItem = false;
    QString body;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList* list = block.textList();
        const int headingLevel = block.blockFormat().headingLevel();
        QString prefix;
        QString continuation;
        if (list) {
            const int level = std::max(1, list->format().indent()) - 1;
            const QString indent(level * 4, QLatin1Char(' '));
            const bool ordered = list->format().style() == QTextListFormat::ListDecimal
                || list->format().style() == QTextListFormat::ListLowerAlpha
                || list->format().style() == QTextListFormat::ListUpperAlpha
                || list->format().style() == QTextListFormat::ListLowerRoman
                || list->format().style() == QTextListFormat::ListUpperRoman;
            const QString marker = ordered ? QStringLiteral("%1. ").arg(list->itemNumber(block) + 1) : QStringLiteral("- ");
            prefix = indent + marker;
            continuation = QString(prefix.size(), QLatin1Char(' '));
        } else if (headingLevel > 0) {
            prefix = QString(std::min(headingLevel, 6), QLatin1Char('#')) + QLatin1Char(' ');
        }
        const QString text = block.text();
        BlockWriter writer(text, headingLevel > 0, continuation);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            Style style;
            if (format.isAnchor())
                style.href = format.anchorHref();
            style.bold = headingLevel == 0 && format.fontWeight() >= QFont::DemiBold;
            style.italic = format.fontItalic();
            style.strike = format.fontStrikeOut();
            writer.add(fragment.text(), fragment.position() - block.position(), style);
        }
        const QString line = prefix + writer.finish();
        if (!body.isEmpty())
            body += (list && previousWasListItem) ? QStringLiteral("\n") : QStringLiteral("\n\n");
        body += line;
        previousWasListItem = list != nullptr;
    }
    // Empty paragraphs carry nothing in Markdown; drop the blank lines they leave.
    static const QRegularExpression extraBlankLines(QStringLiteral("\n{3,}"));
    body.replace(extraBlankLines, QStringLiteral("\n\n"));
    return body.trimmed() + (body.trimmed().isEmpty() ? QString() : QStringLiteral("\n"));
}

namespace {
// The marker a reader sees before a list item: a bullet by the list's style, or its number ("2.", "b.").
QString listMarker(const QTextBlock& block)
{
    const QTextList* list = block.textList();
    const QString indent(4 * std::max(0, list->format().indent() - 1), QLatin1Char(' '));
    switch (list->format().style()) {
    case QTextListFormat::ListDisc: return indent + QStringLiteral("• ");
    case QTextListFormat::ListCircle: return indent + QStringLiteral("◦ ");
    case QTextListFormat::ListSquare: return indent + QStringLiteral("▪ ");
    default: return indent + list->itemText(block) + QLatin1Char(' ');
    }
}
} // namespace

QString MarkdownText::plainText(const QString& markdown)
{
    QTextDocument document;
    render(markdown, &document);
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::LineSeparator, QLatin1Char('\n')).replace(QChar::Nbsp, QLatin1Char(' '));
        lines.append(block.textList() ? listMarker(block) + text : text);
    }
    return lines.join(QLatin1Char('\n'));
}

void MarkdownText::render(const QString& markdown, QTextDocument* document)
{
    document->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                    | QTextDocument::MarkdownNoHTML));
}

} // namespace danhoi
