#pragma once

#include "PublicItem.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>
#include <memory>

namespace danhoi {

class AgencyTime;

// The portal's public "Dân hỏi" section as static files: paged list, one page per item, Atom feed, JSON.
class PortalBundle
{
    Q_DECLARE_TR_FUNCTIONS(PortalBundle)
public:
    using Files = QMap<QString, QByteArray>; // relative path → contents

    static QStringList templateNames(); // layout, index, item (.mustache) and style.css
    // Every file of a bundle held in memory (PortalBundleRenderer into a map, the items sorted first); an agency's
    // template that does not parse is an error naming the file.
    static Result<Files> render(QList<PublicItem> items, const PortalOptions& options);
    // The list's order: newest publication first, then the greater reference.
    static bool listedBefore(const QDateTime& publishedAt, const QString& ref, const QDateTime& otherPublishedAt,
                             const QString& otherRef);
    // The JSON of one item, as in items.json and as pushed to the portal endpoint.
    static QJsonObject itemJson(const PublicItem& item, const PortalOptions& options);
    static QString itemPath(const QString& ref); // items/HD-2025-000123.html
    // "https://portal.example/dan-hoi/" from what the agency typed; empty when it is not an http(s) URL.
    static QString normalisedBaseUrl(const QString& url);
    // Removes what XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF).
    static QString xmlSafe(const QString& text);

private:
    friend class PortalBundleRenderer;
    static QJsonObject itemJson(const PublicItem& item, const QString& baseUrl, const AgencyTime& time,
                                const QString& answerHtml);
    static Result<QString> templateText(const QString& name, const QString& templatesDir);
};

// Renders a bundle item by item, each file handed to the sink as soon as it is complete: an item's page at once, a
// list page when its last item is in, items.json in parts, the feed and the stylesheet at the end. So a bundle of
// hundreds of thousands of items is never held in memory. The items come in list order (PortalBundle::listedBefore;
// out of order is an error) and their number is told up front: the pager names the last page.
class PortalBundleRenderer
{
public:
    struct Sink {
        std::function<Result<void>(const QString& path, const QByteArray& bytes)> write;  // a whole file
        std::function<Result<void>(const QString& path, const QByteArray& bytes)> append; // the next part of one
    };

    // A sink that keeps every file in `files`: a bundle held in memory.
    static Sink into(PortalBundle::Files& files);

    static Result<PortalBundleRenderer> start(const PortalOptions& options, qint64 items, Sink sink);
    PortalBundleRenderer(PortalBundleRenderer&&) noexcept;
    PortalBundleRenderer& operator=(PortalBundleRenderer&&) noexcept;
    ~PortalBundleRenderer();

    Result<void> add(const PublicItem& item);
    // After the last item: the last list page, the end of items.json, the feed, the stylesheet.
    Result<void> finish();

private:
    struct State;
    explicit PortalBundleRenderer(std::unique_ptr<State> state);
    std::unique_ptr<State> m;
};

} // namespace danhoi
