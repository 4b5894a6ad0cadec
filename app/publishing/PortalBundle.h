#pragma once

#include "PublicItem.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace danhoi {

// The portal's public "Dân hỏi" section as static files: paged list, one page per item, Atom feed, JSON.
class PortalBundle
{
    Q_DECLARE_TR_FUNCTIONS(PortalBundle)
public:
    using Files = QMap<QString, QByteArray>; // relative path → contents

    static QStringList templateNames(); // layout, index, item (.mustache) and style.css
    // Every file of the bundle; an agency's template that does not parse is an error naming the file.
    static Result<Files> render(QList<PublicItem> items, const PortalOptions& options);
    // The JSON of one item, as in items.json and as pushed to the portal endpoint.
    static QJsonObject itemJson(const PublicItem& item, const PortalOptions& options);
    static QString itemPath(const QString& ref); // items/HD-2025-000123.html
    // "https://portal.example/dan-hoi/" from what the agency typed; empty when it is not an http(s) URL.
    static QString normalisedBaseUrl(const QString& url);
    // Removes what XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF).
    static QString xmlSafe(const QString& text);

private:
    static Result<QString> templateText(const QString& name, const QString& templatesDir);
};

} // namespace danhoi
