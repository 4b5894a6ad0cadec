#include "MarkdownHtml.h"

#include <cmark.h>

#include <cstdlib>

namespace danhoi {

QString markdownToSafeHtml(const QString& markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    char* html = cmark_markdown_to_html(utf8.constData(), size_t(utf8.size()),
                                        CMARK_OPT_SAFE | CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8);
    if (!html)
        return {};
    const QString out = QString::fromUtf8(html);
    std::free(html);
    return out;
}

} // namespace danhoi
