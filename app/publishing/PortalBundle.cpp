#include "PortalBundle.h"

#include "MarkdownHtml.h"
#include "core/Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QXmlStreamWriter>

#include <kainjow/mustache.hpp>

#include <algorithm>

namespace danhoi {

namespace {

using Data = kainjow::mustache::data;

std::string utf8(const QString& text)
{
    return PortalBundle::xmlSafe(text).toStdString();
}

// Citizen text as HTML: escaped, paragraphs at blank lines, line breaks kept.
QString plainTextHtml(const QString& text)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QStringList paragraphs;
    const QStringList parts = PortalBundle::xmlSafe(text).split(blank, Qt::SkipEmptyParts);
    for (const QString& part : parts)
        paragraphs.append(QStringLiteral("<p>%1</p>").arg(part.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                                                 QStringLiteral("<br>\n"))));
    return paragraphs.join(QLatin1Char('\n'));
}

// The portal's own time stamp: (09/11/2018 10:41 AM), agency time.
QString portalTime(const AgencyTime& time, const QDateTime& instant)
{
    return QLocale(QLocale::English).toString(time.toAgency(instant), QStringLiteral("dd/MM/yyyy hh:mm AP"));
}

QString pageFile(int page)
{
    return page <= 1 ? QStringLiteral("index.html") : QStringLiteral("page-%1.html").arg(page);
}

// << < 1 2 3 … > >>: the first and previous, a window of page numbers around the current one, next and last.
Data pager(int current, int pages)
{
    Data links{Data::type::list};
    auto link = [&](const QString& label, int target, bool enabled, bool isCurrent, const QString& rel) {
        Data entry;
        entry.set("label", utf8(label));
        entry.set("href", utf8(pageFile(target)));
        if (!rel.isEmpty()) // an empty string would still open {{#rel}}
            entry.set("rel", utf8(rel));
        entry.set(enabled && !isCurrent ? "link" : "plain", true);
        entry.set("current", isCurrent);
        links.push_back(entry);
    };
    link(QStringLiteral("<<"), 1, current > 1, false, QStringLiteral("first"));
    link(QStringLiteral("<"), current - 1, current > 1, false, QStringLiteral("prev"));
    const int first = std::max(1, std::min(current - 4, pages - 9));
    const int last = std::min(pages, first + 9);
    if (first > 1)
        link(QStringLiteral("…"), first - 1, true, false, {});
    for (int page = first; page <= last; ++page)
        link(QString::number(page), page, true, page == current, {});
    if (last < pages)
        link(QStringLiteral("…"), last + 1, true, false, {});
    link(QStringLiteral(">"), current + 1, current < pages, false, QStringLiteral("next"));
    link(QStringLiteral(">>"), pages, current < pages, false, QStringLiteral("last"));
    return links;
}

Result<QString> renderTemplate(const QString& name, const QString& source, const Data& data)
{
    kainjow::mustache::mustache tmpl(source.toStdString());
    if (!tmpl.is_valid())
        return Error::invalid(PortalBundle::tr("The template %1 is not valid Mustache: %2")
                                  .arg(name, QString::fromStdString(tmpl.error_message())));
    const std::string out = tmpl.render(data);
    if (!tmpl.is_valid())
        return Error::invalid(PortalBundle::tr("The template %1 could not be rendered: %2")
                                  .arg(name, QString::fromStdString(tmpl.error_message())));
    return QString::fromStdString(out);
}

} // namespace

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

QJsonObject PortalBundle::itemJson(const PublicItem& item, const PortalOptions& options)
{
    const AgencyTime time(options.timeZone);
    const QString base = normalisedBaseUrl(options.portalBaseUrl);
    return QJsonObject{
        {QStringLiteral("ref"), item.ref},
        {QStringLiteral("url"), base + itemPath(item.ref)},
        {QStringLiteral("title"), xmlSafe(item.title)},
        {QStringLiteral("question"), xmlSafe(item.question)},
        {QStringLiteral("answer_html"), markdownToSafeHtml(xmlSafe(item.answerMarkdown))},
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
    const QString base = normalisedBaseUrl(options.portalBaseUrl);
    if (base.isEmpty())
        return Error::invalid(tr("The portal base URL \"%1\" is not an http(s) address; set agency.portal_base_url in "
                                 "the agency settings.")
                                  .arg(options.portalBaseUrl));
    QHash<QString, QString> templates;
    for (const QString& name : templateNames()) {
        auto text = templateText(name, options.templatesDir);
        if (!text)
            return text.error();
        templates.insert(name, text.value());
    }
    std::stable_sort(items.begin(), items.end(), [](const PublicItem& a, const PublicItem& b) {
        return a.publishedAt != b.publishedAt ? a.publishedAt > b.publishedAt : a.ref > b.ref;
    });
    const AgencyTime time(options.timeZone);
    const QDateTime generated = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    Files files;
    files.insert(QStringLiteral("style.css"), templates.value(QStringLiteral("style.css")).toUtf8());

    auto page = [&](const QString& name, const QString& title, const QString& root, const QString& content)
        -> Result<QByteArray> {
        Data layout;
        layout.set("page_title", utf8(title));
        layout.set("agency_name", utf8(options.agencyName));
        layout.set("root", utf8(root));
        layout.set("generated_text", utf8(portalTime(time, generated)));
        layout.set("today_text", utf8(QStringLiteral("Ngày %1 tháng %2 năm %3")
                                          .arg(time.dateOf(generated).day())
                                          .arg(time.dateOf(generated).month())
                                          .arg(time.dateOf(generated).year())));
        layout.set("content", content.toStdString());
        auto html = renderTemplate(QStringLiteral("layout.mustache"), templates.value(QStringLiteral("layout.mustache")), layout);
        if (!html)
            return html.error();
        Q_UNUSED(name);
        return html->toUtf8();
    };

    auto itemData = [&](const PublicItem& item, const QString& root) {
        Data d;
        d.set("ref", utf8(item.ref));
        d.set("href", utf8(root + itemPath(item.ref)));
        d.set("title", utf8(item.title));
        d.set("asker", utf8(item.askerLine));
        d.set("department_code", utf8(item.departmentCode));
        d.set("department_name", utf8(item.departmentName));
        d.set("field", utf8(item.field));
        d.set("has_field", !item.field.isEmpty());
        d.set("published_text", utf8(portalTime(time, item.publishedAt)));
        d.set("received_text", utf8(time.dateOf(item.receivedAt).toString(QStringLiteral("dd/MM/yyyy"))));
        d.set("answered_text", utf8(item.answeredAt.isValid() ? time.dateOf(item.answeredAt).toString(QStringLiteral("dd/MM/yyyy"))
                                                              : QString()));
        d.set("question_html", plainTextHtml(item.question).toStdString());
        d.set("answer_html", markdownToSafeHtml(xmlSafe(item.answerMarkdown)).toStdString());
        return d;
    };

    const int pageSize = std::max(1, options.pageSize);
    const int pages = std::max<int>(1, int((items.size() + pageSize - 1) / pageSize));
    for (int p = 1; p <= pages; ++p) {
        Data list{Data::type::list};
        for (qsizetype i = qsizetype(p - 1) * pageSize; i < std::min<qsizetype>(items.size(), qsizetype(p) * pageSize); ++i)
            list.push_back(itemData(items.at(i), QString()));
        Data data;
        data.set("items", list);
        data.set("has_items", !items.isEmpty());
        data.set("pager", pager(p, pages));
        data.set("page", utf8(QString::number(p)));
        data.set("pages", utf8(QString::number(pages)));
        auto content = renderTemplate(QStringLiteral("index.mustache"), templates.value(QStringLiteral("index.mustache")), data);
        if (!content)
            return content.error();
        const QString title = p == 1 ? QStringLiteral("Dân hỏi cqcn trả lời") : QStringLiteral("Dân hỏi cqcn trả lời – trang %1").arg(p);
        auto html = page(pageFile(p), title, QString(), content.value());
        if (!html)
            return html.error();
        files.insert(pageFile(p), html.value());
    }
    for (const PublicItem& item : std::as_const(items)) {
        auto content = renderTemplate(QStringLiteral("item.mustache"), templates.value(QStringLiteral("item.mustache")),
                                      itemData(item, QStringLiteral("../")));
        if (!content)
            return content.error();
        auto html = page(itemPath(item.ref), item.title, QStringLiteral("../"), content.value());
        if (!html)
            return html.error();
        files.insert(itemPath(item.ref), html.value());
    }

    QJsonArray all;
    for (const PublicItem& item : std::as_const(items))
        all.append(itemJson(item, options));
    // <, > and & as \u escapes: the same data, but inert should someone paste the JSON into a page.
    QByteArray json = QJsonDocument(all).toJson(QJsonDocument::Indented);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    files.insert(QStringLiteral("items.json"), json);

    QByteArray feed;
    QXmlStreamWriter xml(&feed);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("vi"));
    xml.writeTextElement(QStringLiteral("id"), base + QStringLiteral("feed.atom"));
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(QStringLiteral("Dân hỏi cqcn trả lời – %1").arg(options.agencyName)));
    xml.writeTextElement(QStringLiteral("updated"),
                         time.format(items.isEmpty() ? generated : items.first().publishedAt));
    auto link = [&](const QString& rel, const QString& href, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), rel);
        xml.writeAttribute(QStringLiteral("type"), type);
        xml.writeAttribute(QStringLiteral("href"), href);
    };
    link(QStringLiteral("self"), base + QStringLiteral("feed.atom"), QStringLiteral("application/atom+xml"));
    link(QStringLiteral("alternate"), base + QStringLiteral("index.html"), QStringLiteral("text/html"));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"), xmlSafe(options.agencyName.isEmpty() ? QStringLiteral("DanHoi") : options.agencyName));
    xml.writeEndElement();
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), options.feedSize); ++i) {
        const PublicItem& item = items.at(i);
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"), base + itemPath(item.ref));
        xml.writeStartElement(QStringLiteral("title"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        xml.writeCharacters(xmlSafe(item.title));
        xml.writeEndElement();
        link(QStringLiteral("alternate"), base + itemPath(item.ref), QStringLiteral("text/html"));
        xml.writeTextElement(QStringLiteral("published"), time.format(item.publishedAt));
        xml.writeTextElement(QStringLiteral("updated"), time.format(item.publishedAt));
        xml.writeStartElement(QStringLiteral("author"));
        xml.writeTextElement(QStringLiteral("name"), xmlSafe(item.departmentName.isEmpty() ? options.agencyName : item.departmentName));
        xml.writeEndElement();
        if (!item.field.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("term"), xmlSafe(item.field));
        }
        xml.writeStartElement(QStringLiteral("summary"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        xml.writeCharacters(xmlSafe(item.question));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        xml.writeCharacters(markdownToSafeHtml(xmlSafe(item.answerMarkdown)));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    files.insert(QStringLiteral("feed.atom"), feed);
    return files;
}

} // namespace danhoi
