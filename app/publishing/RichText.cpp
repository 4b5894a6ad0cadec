#include "RichText.h"

#include <cmark.h>

#include <memory>

namespace danhoi {

namespace {

struct Context {
    QList<RichBlock>* blocks;
    RichBlock* current = nullptr;
    int listDepth = -1;
    bool inQuote = false;
};

struct Style {
    bool bold = false;
    bool italic = false;
};

void addSpan(Context& context, const QString& text, Style style, bool code = false)
{
    if (!context.current || text.isEmpty())
        return;
    QList<RichSpan>& spans = context.current->spans;
    if (!spans.isEmpty() && spans.last().bold == style.bold && spans.last().italic == style.italic
        && spans.last().code == code && text != QLatin1String("\n") && spans.last().text != QLatin1String("\n")) {
        spans.last().text += text;
        return;
    }
    spans.append({text, style.bold, style.italic, code});
}

void walkInline(Context& context, cmark_node* node, Style style)
{
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE: // shown as typed, never interpreted
            addSpan(context, QString::fromUtf8(cmark_node_get_literal(child)), style);
            break;
        case CMARK_NODE_CODE:
            addSpan(context, QString::fromUtf8(cmark_node_get_literal(child)), style, true);
            break;
        case CMARK_NODE_SOFTBREAK: addSpan(context, QStringLiteral(" "), style); break;
        case CMARK_NODE_LINEBREAK: addSpan(context, QStringLiteral("\n"), style); break;
        case CMARK_NODE_STRONG: walkInline(context, child, {true, style.italic}); break;
        case CMARK_NODE_EMPH: walkInline(context, child, {style.bold, true}); break;
        case CMARK_NODE_LINK: {
            walkInline(context, child, style);
            const QString url = QString::fromUtf8(cmark_node_get_url(child));
            // A printed letter cannot be clicked: the address follows the link text.
            if (!url.isEmpty())
                addSpan(context, QStringLiteral(" (%1)").arg(url), style);
            break;
        }
        case CMARK_NODE_IMAGE: walkInline(context, child, style); break;
        default: walkInline(context, child, style); break;
        }
    }
}

void openBlock(Context& context, RichBlock::Kind kind, int level = 0, int number = 0)
{
    if (context.inQuote && kind == RichBlock::Kind::Paragraph)
        kind = RichBlock::Kind::Quote;
    context.blocks->append(RichBlock{kind, level, number, {}});
    context.current = &context.blocks->last();
}

void walkBlocks(Context& context, cmark_node* node);

void walkBlock(Context& context, cmark_node* child)
{
    switch (cmark_node_get_type(child)) {
    case CMARK_NODE_PARAGRAPH:
        openBlock(context, RichBlock::Kind::Paragraph, context.listDepth + 1);
        walkInline(context, child, {});
        break;
    case CMARK_NODE_HEADING:
        openBlock(context, RichBlock::Kind::Heading, cmark_node_get_heading_level(child));
        walkInline(context, child, {true, false});
        break;
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK: {
        const QStringList lines = QString::fromUtf8(cmark_node_get_literal(child)).split(QLatin1Char('\n'));
        const bool code = cmark_node_get_type(child) == CMARK_NODE_CODE_BLOCK;
        openBlock(context, RichBlock::Kind::Paragraph, context.listDepth + 1);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines.at(i).isEmpty())
                break;
            if (i > 0)
                addSpan(context, QStringLiteral("\n"), {});
            addSpan(context, lines.at(i), {}, code);
        }
        break;
    }
    case CMARK_NODE_THEMATIC_BREAK: break;
    case CMARK_NODE_BLOCK_QUOTE: {
        const bool was = context.inQuote;
        context.inQuote = true;
        walkBlocks(context, child);
        context.inQuote = was;
        break;
    }
    case CMARK_NODE_LIST: {
        ++context.listDepth;
        const bool ordered = cmark_node_get_list_type(child) == CMARK_ORDERED_LIST;
        int number = ordered ? cmark_node_get_list_start(child) : 0;
        for (cmark_node* item = cmark_node_first_child(child); item; item = cmark_node_next(item)) {
            bool first = true;
            for (cmark_node* part = cmark_node_first_child(item); part; part = cmark_node_next(part)) {
                if (first && cmark_node_get_type(part) == CMARK_NODE_PARAGRAPH) {
                    openBlock(context, ordered ? RichBlock::Kind::NumberedItem : RichBlock::Kind::BulletItem,
                              context.listDepth, number);
                    walkInline(context, part, {});
                } else {
                    walkBlock(context, part); // a further paragraph or a nested list
                }
                first = false;
            }
            ++number;
        }
        --context.listDepth;
        break;
    }
    default: walkBlocks(context, child); break;
    }
}

void walkBlocks(Context& context, cmark_node* node)
{
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        walkBlock(context, child);
}

} // namespace

QString RichBlock::plainText() const
{
    QString text;
    for (const RichSpan& span : spans)
        text += span.text;
    return text;
}

QList<RichBlock> RichText::fromMarkdown(const QString& markdown)
{
    QList<RichBlock> blocks;
    const QByteArray utf8 = markdown.toUtf8();
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> document(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT),
        &cmark_node_free);
    if (!document)
        return plain(markdown);
    Context context{&blocks};
    walkBlocks(context, document.get());
    return blocks;
}

QList<RichBlock> RichText::plain(const QString& text)
{
    QList<RichBlock> blocks;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            blocks.append(RichBlock{RichBlock::Kind::Paragraph, 0, 0, {RichSpan{line.trimmed()}}});
    return blocks;
}

} // namespace danhoi
