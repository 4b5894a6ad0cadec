#include "PortalBundle.h"

#include "MarkdownHtml.h"
#include "core/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace danhoi {

QStringList PortalBundle::templateNames()
{
    return {QStringLiteral("layout.mustache"), QStringLiteral("index.mustache"), QStringLiteral("item.mustache"),
            QStringLiteral("style.css")};
}

QString PortalBundle::xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c).append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            continue;
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            continue;
        out.append(c);
    }
    return out;
}

QString PortalBundle::normalisedBaseUrl(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return {};
    QString out = parsed.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!out.endsWith(QLatin1Char('/')))
        out.append(QLatin1Char('/'));
    return out;
}

QString PortalBundle::itemPath(const QString& ref)
{
    QString safe = ref;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    safe.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("items/%1.html").arg(safe);
}

Result<QString> PortalBundle::templateText(const QString& name, const QString& templatesDir)
{
    QString path = QStringLiteral(":/portal/%1").arg(name);
    if (!templatesDir.isEmpty() && QFile::exists(QDir(templatesDir).filePath(name)))
        path = QDir(templatesDir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::other(tr("Cannot read the template %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

bool PortalBundle::listedBefore(const QDateTime& publishedAt, const QString& ref, const QDateTime& otherPublishedAt,
                                const QString& otherRef)
{
    return publishedAt != otherPublishedAt ? publishedAt > otherPublishedAt : ref > otherRef;
}

QJsonObject PortalBundle::itemJson(const PublicItem& item, const PortalOptions& options)
{
    return itemJson(item, normalisedBaseUrl(options.portalBaseUrl), AgencyTime(options.timeZone),
                    markdownToSafeHtml(xmlSafe(item.answerMarkdown)));
}

QJsonObject PortalBundle::itemJson(const PublicItem& item, const QString& baseUrl, const AgencyTime& time,
                                   const QString& answerHtml)
{
    return QJsonObject{
        {QStringLiteral("ref"), item.ref},
        {QStringLiteral("url"), baseUrl + itemPath(item.ref)},
        {QStringLiteral("title"), xmlSafe(item.title)},
        {QStringLiteral("question"), xmlSafe(item.question)},
        {QStringLiteral("answer_html"), answerHtml},
        {QStringLiteral("department"),
         QJsonObject{{QStringLiteral("code"), item.departmentCode}, {QStringLiteral("name"), xmlSafe(item.departmentName)}}},
        {QStringLiteral("asker"), xmlSafe(item.askerLine)},
        {QStringLiteral("field"), item.field.isEmpty() ? QJsonValue() : QJsonValue(xmlSafe(item.field))},
        {QStringLiteral("received_date"), time.dateOf(item.receivedAt).toString(Qt::ISODate)},
        {QStringLiteral("answered_date"),
         item.answeredAt.isValid() ? QJsonValue(time.dateOf(item.answeredAt).toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("published_at"), time.format(item.publishedAt)},
    };
}

Result<PortalBundle::Files> PortalBundle::render(QList<PublicItem> items, const PortalOptions& options)
{
    std::stable_sort(items.begin(), items.end(), [](const PublicItem& a, const PublicItem& b) {
        return listedBefore(a.publishedAt, a.ref, b.publishedAt, b.ref);
    });
    Files files;
    auto renderer = PortalBundleRenderer::start(options, items.size(), PortalBundleRenderer::into(files));
    if (!renderer)
        return renderer.error();
    for (const PublicItem& item : std::as_const(items))
        if (auto ok = renderer.value().add(item); !ok)
            return ok.error();
    if (auto ok = renderer.value().finish(); !ok)
        return ok.error();
    return files;
}

} // namespace danhoi
