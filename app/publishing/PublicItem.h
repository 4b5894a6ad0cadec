#pragma once

#include "core/Domain.h"

namespace danhoi {

// One published question exactly as the public may see it: already redacted, no personal data of the asker.
struct PublicItem {
    QString ref;
    QString title;
    QString question;        // redacted plain text
    QString askerLine;       // per the agency's asker-line setting
    QString answerMarkdown;  // redacted Markdown of the published revision
    QString departmentCode;
    QString departmentName;
    QString field;           // the category; empty when none
    QDateTime receivedAt;    // UTC
    QDateTime answeredAt;    // approval of the published revision, UTC
    QDateTime publishedAt;   // UTC
};

// The agency's side of the bundle.
struct PortalOptions {
    QString agencyName;
    QString portalBaseUrl;   // ids and links of the feed and JSON live under it
    QString timeZone = QStringLiteral("Asia/Ho_Chi_Minh");
    QString templatesDir;    // replacements for the built-in templates; empty = built-in only
    QDateTime generatedAt;   // UTC
    int pageSize = 20;
    int feedSize = 50;
};

} // namespace danhoi
