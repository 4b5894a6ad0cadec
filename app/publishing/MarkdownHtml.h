#pragma once

#include <QString>

namespace danhoi {

// Answer Markdown to HTML through cmark in safe mode: raw HTML is dropped and javascript:/vbscript:/data: links
// are emptied, so only Markdown's own markup reaches the page.
QString markdownToSafeHtml(const QString& markdown);

} // namespace danhoi
