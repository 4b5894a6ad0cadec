// PortalBundleRenderer: the bundle's pages, items.json and feed, written file by file as the items come.
#include "PortalBundle.h"

#include "MarkdownHtml.h"
#include "core/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <kainjow/mustache.hpp>

namespace danhoi {

namespace {

using Data = kainjow::mustache::data;
using Mustache = kainjow::mustache::mustache;

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

QString pageFile(qint64 page)
{
    return page <= 1 ? QStringLiteral("index.html") : QStringLiteral("page-%1.html").arg(page);
}

// << < 1 2 3 … > >>: the first and previous, a window of page numbers around the current one, next and last.
Data pager(qint64 current, qint64 pages)
{
    Data links{Data::type::list};
    auto link = [&](const QString& label, qint64 target, bool enabled, bool isCurrent, const QString& rel) {
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
    const qint64 first = std::max<qint64>(1, std::min(current - 4, pages - 9));
    const qint64 last = std::min(pages, first + 9);
    if (first > 1)
        link(QStringLiteral("…"), first - 1, true, false, {});
    for (qint64 page = first; page <= last; ++page)
        link(QString::number(page), page, true, page == current, {});
    if (last < pages)
        link(QStringLiteral("…"), last + 1, true, false, {});
    link(QStringLiteral(">"), current + 1, current < pages, false, QStringLiteral("next"));
    link(QStringLiteral(">>"), pages, current < pages, false, QStringLiteral("last"));
    return links;
}

// <, > and & as \u escapes: the same data, but inert should someone paste the JSON into a page.
QByteArray inertJson(QByteArray json)
{
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
}

// One element of items.json as QJsonDocument writes an indented array: each line of the object indented once more.
QByteArray arrayElement(const QJsonObject& object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1); // the document's final newline
    text.replace("\n", "\n    ");
    return "    " + text;
}

} // namespace

struct PortalBundleRenderer::State {
    PortalOptions options;
    Sink sink;
    QString base;
    AgencyTime time;
    QDateTime generated;
    std::unique_ptr<Mustache> layout, index, item;
    QByteArray style;
    std::string agencyName, generatedText, todayText;
    qint64 expected = 0;
    qint64 added = 0;
    qint64 pageSize = 20;
    qint64 pages = 1;
    Data pageItems{Data::type::list};
    QList<std::pair<PublicItem, QString>> feed; // the newest items with their answer's HTML
    QDateTime lastPublishedAt;
    QString lastRef;

    explicit State(const PortalOptions& o) : options(o), time(o.timeZone) { }

    Result<QString> render(const QString& name, Mustache& tmpl, const Data& data)
    {
        const std::string out = tmpl.render(data);
        if (!tmpl.is_valid())
            return Error::invalid(PortalBundle::tr("The template %1 could not be rendered: %2")
                                      .arg(name, QString::fromStdString(tmpl.error_message())));
        return QString::fromStdString(out);
    }

    Result<QByteArray> page(const QString& title, const QString& root, const QString& content)
    {
        Data data;
        data.set("page_title", utf8(title));
        data.set("agency_name", agencyName);
        data.set("root", utf8(root));
        data.set("generated_text", generatedText);
        data.set("today_text", todayText);
        data.set("content", content.toStdString());
        auto html = render(QStringLiteral("layout.mustache"), *layout, data);
        if (!html)
            return html.error();
        return html->toUtf8();
    }

    Data itemData(const PublicItem& item, const QString& root, const std::string& questionHtml,
                  const std::string& answerHtml) const
    {
        Data d;
        d.set("ref", utf8(item.ref));
        d.set("href", utf8(root + PortalBundle::itemPath(item.ref)));
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
        d.set("question_html", questionHtml);
        d.set("answer_html", answerHtml);
        return d;
    }

    // The list page `number`, from the items gathered for it.
    Result<void> writeListPage(qint64 number)
    {
        Data data;
        data.set("items", pageItems);
        data.set("has_items", expected > 0);
        data.set("pager", pager(number, pages));
        data.set("page", utf8(QString::number(number)));
        data.set("pages", utf8(QString::number(pages)));
        auto content = render(QStringLiteral("index.mustache"), *index, data);
        if (!content)
            return content.error();
        const QString title = number == 1 ? QStringLiteral("Dân hỏi cqcn trả lời")
                                          : QStringLiteral("Dân hỏi cqcn trả lời – trang %1").arg(number);
        auto html = page(title, QString(), content.value());
        if (!html)
            return html.error();
        pageItems = Data{Data::type::list};
        return sink.write(pageFile(number), html.value());
    }

    QByteArray feedXml() const;
};

PortalBundleRenderer::PortalBundleRenderer(std::unique_ptr<State> state) : m(std::move(state)) { }
PortalBundleRenderer::PortalBundleRenderer(PortalBundleRenderer&&) noexcept = default;
PortalBundleRenderer& PortalBundleRenderer::operator=(PortalBundleRenderer&&) noexcept = default;
PortalBundleRenderer::~PortalBundleRenderer() = default;

PortalBundleRenderer::Sink PortalBundleRenderer::into(PortalBundle::Files& files)
{
    Sink sink;
    sink.write = [&files](const QString& path, const QByteArray& bytes) -> Result<void> {
        files.insert(path, bytes);
        return {};
    };
    sink.append = [&files](const QString& path, const QByteArray& bytes) -> Result<void> {
        files[path].append(bytes);
        return {};
    };
    return sink;
}

Result<PortalBundleRenderer> PortalBundleRenderer::start(const PortalOptions& options, qint64 items, Sink sink)
{
    auto state = std::make_unique<State>(options);
    state->base = PortalBundle::normalisedBaseUrl(options.portalBaseUrl);
    if (state->base.isEmpty())
        return Error::invalid(PortalBundle::tr("The portal base URL \"%1\" is not an http(s) address; set "
                                               "agency.portal_base_url in the agency settings.")
                                  .arg(options.portalBaseUrl));
    std::unique_ptr<Mustache>* parsed[] = {&state->layout, &state->index, &state->item};
    const QStringList names = PortalBundle::templateNames();
    for (int i = 0; i < names.size(); ++i) {
        auto text = PortalBundle::templateText(names.at(i), options.templatesDir);
        if (!text)
            return text.error();
        if (names.at(i) == QLatin1String("style.css")) {
            state->style = text->toUtf8();
            continue;
        }
        auto tmpl = std::make_unique<Mustache>(text->toStdString());
        if (!tmpl->is_valid())
            return Error::invalid(PortalBundle::tr("The template %1 is not valid Mustache: %2")
                                      .arg(names.at(i), QString::fromStdString(tmpl->error_message())));
        *parsed[i] = std::move(tmpl);
    }
    state->sink = std::move(sink);
    state->generated = options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc();
    const QDate today = state->time.dateOf(state->generated);
    state->agencyName = utf8(options.agencyName);
    state->generatedText = utf8(portalTime(state->time, state->generated));
    state->todayText = utf8(QStringLiteral("Ngày %1 tháng %2 năm %3").arg(today.day()).arg(today.month()).arg(today.year()));
    state->expected = std::max<qint64>(0, items);
    state->pageSize = std::max(1, options.pageSize);
    state->pages = std::max<qint64>(1, (state->expected + state->pageSize - 1) / state->pageSize);
    if (auto ok = state->sink.append(QStringLiteral("items.json"), "["); !ok)
        return ok.error();
    return PortalBundleRenderer(std::move(state));
}

Result<void> PortalBundleRenderer::add(const PublicItem& item)
{
    State& s = *m;
    if (s.added >= s.expected)
        return Error::other(PortalBundle::tr("The bundle was told of %1 items and given more.").arg(s.expected));
    if (s.added > 0 && PortalBundle::listedBefore(item.publishedAt, item.ref, s.lastPublishedAt, s.lastRef))
        return Error::other(PortalBundle::tr("The bundle's items came out of order (%1 after %2).").arg(item.ref, s.lastRef));
    s.lastPublishedAt = item.publishedAt;
    s.lastRef = item.ref;
    // Each item's HTML is made once, for its page, its list page, items.json and (the newest) the feed.
    const QString answerHtml = markdownToSafeHtml(PortalBundle::xmlSafe(item.answerMarkdown));
    const std::string answer = answerHtml.toStdString();
    const std::string question = plainTextHtml(item.question).toStdString();

    auto content = s.render(QStringLiteral("item.mustache"), *s.item, s.itemData(item, QStringLiteral("../"), question, answer));
    if (!content)
        return content.error();
    auto html = s.page(item.title, QStringLiteral("../"), content.value());
    if (!html)
        return html.error();
    if (auto ok = s.sink.write(PortalBundle::itemPath(item.ref), html.value()); !ok)
        return ok;

    const QByteArray json = arrayElement(PortalBundle::itemJson(item, s.base, s.time, answerHtml));
    if (auto ok = s.sink.append(QStringLiteral("items.json"), inertJson((s.added == 0 ? "\n" : ",\n") + json)); !ok)
        return ok;
    if (s.feed.size() < s.options.feedSize)
        s.feed.append({item, answerHtml});

    s.pageItems.push_back(s.itemData(item, QString(), question, answer));
    ++s.added;
    if (s.added % s.pageSize == 0)
        return s.writeListPage(s.added / s.pageSize);
    return {};
}

Result<void> PortalBundleRenderer::finish()
{
    State& s = *m;
    if (s.added != s.expected)
        return Error::other(PortalBundle::tr("The bundle was told of %1 items and given %2.").arg(s.expected).arg(s.added));
    if (s.added == 0 || s.added % s.pageSize != 0)
        if (auto ok = s.writeListPage(s.pages); !ok)
            return ok;
    if (auto ok = s.sink.append(QStringLiteral("items.json"), "\n]\n"); !ok)
        return ok;
    if (auto ok = s.sink.write(QStringLiteral("feed.atom"), s.feedXml()); !ok)
        return ok;
    return s.sink.write(QStringLiteral("style.css"), s.style);
}

QByteArray PortalBundleRenderer::State::feedXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("feed"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2005/Atom"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("vi"));
    xml.writeTextElement(QStringLiteral("id"), base + QStringLiteral("feed.atom"));
    xml.writeTextElement(QStringLiteral("title"),
                         PortalBundle::xmlSafe(QStringLiteral("Dân hỏi cqcn trả lời – %1").arg(options.agencyName)));
    xml.writeTextElement(QStringLiteral("updated"), time.format(feed.isEmpty() ? generated : feed.first().first.publishedAt));
    auto link = [&](const QString& rel, const QString& href, const QString& type) {
        xml.writeEmptyElement(QStringLiteral("link"));
        xml.writeAttribute(QStringLiteral("rel"), rel);
        xml.writeAttribute(QStringLiteral("type"), type);
        xml.writeAttribute(QStringLiteral("href"), href);
    };
    link(QStringLiteral("self"), base + QStringLiteral("feed.atom"), QStringLiteral("application/atom+xml"));
    link(QStringLiteral("alternate"), base + QStringLiteral("index.html"), QStringLiteral("text/html"));
    xml.writeStartElement(QStringLiteral("author"));
    xml.writeTextElement(QStringLiteral("name"),
                         PortalBundle::xmlSafe(options.agencyName.isEmpty() ? QStringLiteral("DanHoi") : options.agencyName));
    xml.writeEndElement();
    for (const auto& [item, answerHtml] : feed) {
        const QString url = base + PortalBundle::itemPath(item.ref);
        xml.writeStartElement(QStringLiteral("entry"));
        xml.writeTextElement(QStringLiteral("id"), url);
        xml.writeStartElement(QStringLiteral("title"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        xml.writeCharacters(PortalBundle::xmlSafe(item.title));
        xml.writeEndElement();
        link(QStringLiteral("alternate"), url, QStringLiteral("text/html"));
        xml.writeTextElement(QStringLiteral("published"), time.format(item.publishedAt));
        xml.writeTextElement(QStringLiteral("updated"), time.format(item.publishedAt));
        xml.writeStartElement(QStringLiteral("author"));
        xml.writeTextElement(QStringLiteral("name"),
                             PortalBundle::xmlSafe(item.departmentName.isEmpty() ? options.agencyName : item.departmentName));
        xml.writeEndElement();
        if (!item.field.isEmpty()) {
            xml.writeEmptyElement(QStringLiteral("category"));
            xml.writeAttribute(QStringLiteral("term"), PortalBundle::xmlSafe(item.field));
        }
        xml.writeStartElement(QStringLiteral("summary"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
        xml.writeCharacters(PortalBundle::xmlSafe(item.question));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("html"));
        xml.writeCharacters(answerHtml);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace danhoi
