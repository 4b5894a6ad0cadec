#include "SnippetHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace danhoi {

namespace {

const QLatin1String openMark("<mark>");
const QLatin1String closeMark("</mark>");

QString unescape(QString text)
{
    // Exactly the entities SearchHighlighter::escapeHtml writes; &amp; last so "&amp;lt;" stays "&lt;" as text.
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// The snippet as (text, marked) pieces; any stray tag in the text stays literal text.
QList<std::pair<QString, bool>> pieces(const QString& snippet)
{
    QList<std::pair<QString, bool>> out;
    qsizetype at = 0;
    while (at < snippet.size()) {
        const qsizetype open = snippet.indexOf(openMark, at);
        if (open < 0) {
            out.append({unescape(snippet.mid(at)), false});
            break;
        }
        const qsizetype close = snippet.indexOf(closeMark, open + openMark.size());
        if (close < 0) {
            out.append({unescape(snippet.mid(at)), false});
            break;
        }
        if (open > at)
            out.append({unescape(snippet.mid(at, open - at)), false});
        out.append({unescape(snippet.mid(open + openMark.size(), close - open - openMark.size())), true});
        at = close + closeMark.size();
    }
    return out;
}

} // namespace

QString SnippetHtml::toSafeHtml(const QString& markedSnippet)
{
    QString html;
    for (const auto& [text, marked] : pieces(markedSnippet)) {
        const QString escaped = text.toHtmlEscaped();
        html += marked ? QStringLiteral("<span style=\"background-color:#ffe066; font-weight:600;\">%1</span>").arg(escaped)
                       : escaped;
    }
    return html;
}

QString SnippetHtml::toPlainText(const QString& markedSnippet)
{
    QString text;
    for (const auto& piece : pieces(markedSnippet))
        text += piece.first;
    return text;
}

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    document.setDocumentMargin(2);
    document.setDefaultFont(opt.font);
    document.setHtml(index.data(m_role).toString());
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    document.setTextWidth(textRect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.state & QStyle::State_Selected
                                                 ? opt.palette.color(QPalette::HighlightedText)
                                                 : opt.palette.color(QPalette::Text));
    painter->save();
    painter->translate(textRect.topLeft());
    painter->setClipRect(textRect.translated(-textRect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    document.setDocumentMargin(2);
    document.setDefaultFont(opt.font);
    document.setHtml(index.data(m_role).toString());
    document.setTextWidth(std::max(200, opt.rect.width()));
    return QSize(int(document.idealWidth()), int(document.size().height()));
}

} // namespace danhoi
