#pragma once

#include <QString>

class QTextDocument;

namespace danhoi {

// Answers are stored as Markdown. Qt 6.4's QTextDocument::toMarkdown() writes typed characters such as
// '*', '_', '[', '<' or a leading '#' unescaped, so they would turn into markup when published; this writer
// walks the document itself and escapes every piece of text, so what the clerk typed is what is published.
// Supported formatting: bold, italic, strike-through, links, headings, bullet and numbered lists, line breaks.
class MarkdownText
{
public:
    static QString fromDocument(const QTextDocument& document);
    // Reads Markdown into a document (GitHub dialect, raw HTML shown as text, never interpreted).
    static void render(const QString& markdown, QTextDocument* document);
    // The text a reader sees, for comparing revisions.
    static QString plainText(const QString& markdown);
    // Escapes a block's text from `from` to `to` (line-start rules depend on the whole block).
    static QString escape(const QString& blockText, int from, int to, bool heading = false);
};

} // namespace danhoi
