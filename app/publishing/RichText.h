#pragma once

#include <QList>
#include <QString>

namespace danhoi {

// Formatted text as a letter needs it: paragraphs, headings and list items made of styled runs.
// Built from the answer's Markdown; raw HTML in the Markdown stays literal text.
struct RichSpan {
    QString text; // "\n" alone is a hard line break
    bool bold = false;
    bool italic = false;
    bool code = false;
};

struct RichBlock {
    enum class Kind { Paragraph, Heading, BulletItem, NumberedItem, Quote };
    Kind kind = Kind::Paragraph;
    int level = 0;  // heading level, or list nesting depth (0 = top)
    int number = 0; // for NumberedItem
    QList<RichSpan> spans;

    QString plainText() const;
};

class RichText
{
public:
    static QList<RichBlock> fromMarkdown(const QString& markdown);
    static QList<RichBlock> plain(const QString& text); // one paragraph per line
};

} // namespace danhoi
