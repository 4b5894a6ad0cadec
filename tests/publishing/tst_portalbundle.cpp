// The portal bundle from values: pages of 20 with the pager, item pages, Atom feed, items.json, escaping of hostile
// text, safe Markdown, replaceable templates; the atomic writer and its recovery; the import parser's failure classes.

#include "publishing/BundleWriter.h"
#include "publishing/MarkdownHtml.h"
#include "publishing/PortalBundle.h"
#include "publishing/QuestionImport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace danhoi;

namespace {

PublicItem item(int n)
{
    PublicItem i;
    i.ref = QStringLiteral("HD-2025-%1").arg(n, 6, 10, QLatin1Char('0'));
    i.title = QStringLiteral("Câu hỏi số %1 về du lịch").arg(n);
    i.question = QStringLiteral("Nội dung %1.\n\nĐoạn hai.").arg(n);
    i.askerLine = QStringLiteral("Nguyễn Văn A – xã Nghi Kim");
    i.answerMarkdown = QStringLiteral("Sở trả lời:\n\n- ý *một*\n- ý hai");
    i.departmentCode = QStringLiteral("SVHTTDL");
    i.departmentName = QStringLiteral("Sở Văn hóa, Thể thao và Du lịch");
    i.field = n % 2 ? QStringLiteral("Du lịch") : QString();
    i.receivedAt = QDateTime(QDate(2025, 1, 1), QTime(1, 0), Qt::UTC).addDays(n);
    i.answeredAt = i.receivedAt.addDays(5);
    i.publishedAt = QDateTime(QDate(2025, 3, 1), QTime(3, 41), Qt::UTC).addSecs(60 * n);
    return i;
}

PortalOptions options()
{
    PortalOptions o;
    o.agencyName = QStringLiteral("UBND tỉnh Nghệ An");
    o.portalBaseUrl = QStringLiteral("https://nghean.gov.vn/dan-hoi");
    o.generatedAt = QDateTime(QDate(2025, 3, 5), QTime(2, 0), Qt::UTC);
    return o;
}

QString text(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestPortalBundle : public QObject
{
    Q_OBJECT

private slots:
    void pagesAndPager();
    void itemPage();
    void atomFeed();
    void itemsJson();
    void hostileTextIsEscaped();
    void markdownIsSafe();
    void agencyTemplates();
    void baseUrlRequired();
    void itemsJsonIsOneDocument();
    void rendererTakesItemsInListOrder();
    void writerSwapsAtomically();
    void droppedGenerationLeavesTheBundle();
    void writerRecoversFromEveryCrashPoint();
    void importCsv();
    void importJsonAndLines();
    void importFailures_data();
    void importFailures();
};

void TestPortalBundle::pagesAndPager()
{
    QList<PublicItem> items;
    for (int n = 1; n <= 45; ++n)
        items.append(item(n));
    auto files = PortalBundle::render(items, options());
    QVERIFY2(files, qPrintable(files.error().message));
    QVERIFY(files->contains(QStringLiteral("index.html")));
    QVERIFY(files->contains(QStringLiteral("page-2.html")));
    QVERIFY(files->contains(QStringLiteral("page-3.html")));
    QVERIFY(!files->contains(QStringLiteral("page-4.html")));
    QVERIFY(!files->contains(QStringLiteral("page-1.html")));
    const QString index = text(files->value(QStringLiteral("index.html")));
    QCOMPARE(index.count(QStringLiteral("class=\"qa-item\"")), 20);
    QCOMPARE(index.count(QStringLiteral("Xem tiếp…")), 20);
    // Newest first: item 45 was published last.
    QVERIFY(index.indexOf(QStringLiteral("HD-2025-000045")) < index.indexOf(QStringLiteral("HD-2025-000044")));
    QVERIFY(index.contains(QStringLiteral("(01/03/2025 11:26 AM)"))); // 03:41 UTC + 45 min = 11:26 in Hà Nội
    QCOMPARE(text(files->value(QStringLiteral("page-3.html"))).count(QStringLiteral("class=\"qa-item\"")), 5);
    // << < 1 2 3 > >> with the current page marked and the ends disabled.
    static const QRegularExpression pager(QStringLiteral("<nav class=\"pager\"[^>]*>(.*)</nav>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QString first = pager.match(index).captured(1).simplified();
    QVERIFY2(first.contains(QStringLiteral("<span>&lt;&lt;</span>")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("<a href=\"page-2.html\">2</a>")), qPrintable(first));
    QVERIFY(first.contains(QStringLiteral("<span>&lt;</span>")));
    QVERIFY(first.contains(QStringLiteral("<span class=\"current\" aria-current=\"page\">1</span>")));
    QVERIFY(first.contains(QStringLiteral("<a href=\"page-2.html\">2</a>")));
    QVERIFY(first.contains(QStringLiteral("<a href=\"page-2.html\" rel=\"next\">&gt;</a>")));
    QVERIFY(first.contains(QStringLiteral("<a href=\"page-3.html\" rel=\"last\">&gt;&gt;</a>")));
    const QString second = pager.match(text(files->value(QStringLiteral("page-2.html")))).captured(1).simplified();
    QVERIFY(second.contains(QStringLiteral("<a href=\"index.html\" rel=\"first\">&lt;&lt;</a>")));
    QVERIFY(second.contains(QStringLiteral("<a href=\"index.html\" rel=\"prev\">&lt;</a>")));
    QVERIFY(second.contains(QStringLiteral("<a href=\"index.html\">1</a>")));
    // Many pages: a window with "…".
    for (int n = 46; n <= 400; ++n)
        items.append(item(n));
    auto many = PortalBundle::render(items, options());
    QVERIFY(many);
    QVERIFY(many->contains(QStringLiteral("page-20.html")));
    const QString manyPager = pager.match(text(many->value(QStringLiteral("index.html")))).captured(1);
    QVERIFY(manyPager.contains(QStringLiteral(">…</a>")));
    QVERIFY(!manyPager.contains(QStringLiteral(">11</a>")));
    // No items: still a page.
    auto none = PortalBundle::render({}, options());
    QVERIFY(none);
    QVERIFY(text(none->value(QStringLiteral("index.html"))).contains(QStringLiteral("Chưa có câu hỏi")));
}

void TestPortalBundle::itemPage()
{
    auto files = PortalBundle::render({item(7)}, options());
    QVERIFY(files);
    const QString page = text(files->value(QStringLiteral("items/HD-2025-000007.html")));
    QVERIFY(page.contains(QStringLiteral("<h2 class=\"qa-heading\">Câu hỏi số 7 về du lịch</h2>")));
    QVERIFY(page.contains(QStringLiteral("Nguyễn Văn A – xã Nghi Kim")));
    QVERIFY(page.contains(QStringLiteral("<p>Nội dung 7.</p>")));
    QVERIFY(page.contains(QStringLiteral("<li>ý <em>một</em></li>")));
    QVERIFY(page.contains(QStringLiteral("Sở Văn hóa, Thể thao và Du lịch")));
    QVERIFY(page.contains(QStringLiteral("Ngày gửi: 08/01/2025")));
    QVERIFY(page.contains(QStringLiteral("Ngày trả lời: 13/01/2025")));
    QVERIFY(page.contains(QStringLiteral("href=\"../style.css\"")));
    QVERIFY(page.contains(QStringLiteral("href=\"../index.html\"")));
    QVERIFY(page.contains(QStringLiteral("Content-Security-Policy")));
}

void TestPortalBundle::atomFeed()
{
    QList<PublicItem> items;
    for (int n = 1; n <= 60; ++n)
        items.append(item(n));
    auto files = PortalBundle::render(items, options());
    QVERIFY(files);
    QXmlStreamReader xml(files->value(QStringLiteral("feed.atom")));
    int entries = 0;
    QStringList ids;
    QString feedId;
    QString firstUpdated;
    bool inEntry = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.w3.org/2005/Atom"));
            if (xml.name() == QLatin1String("entry")) {
                ++entries;
                inEntry = true;
            } else if (xml.name() == QLatin1String("id")) {
                (inEntry ? ids.append(xml.readElementText()) : void(feedId = xml.readElementText()));
            } else if (xml.name() == QLatin1String("updated") && firstUpdated.isEmpty()) {
                firstUpdated = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("entry")) {
            inEntry = false;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(entries, 50);
    QCOMPARE(feedId, QStringLiteral("https://nghean.gov.vn/dan-hoi/feed.atom"));
    QCOMPARE(ids.first(), QStringLiteral("https://nghean.gov.vn/dan-hoi/items/HD-2025-000060.html"));
    QCOMPARE(ids.size(), QSet<QString>(ids.begin(), ids.end()).size());
    for (const QString& id : std::as_const(ids))
        QVERIFY(id.startsWith(QStringLiteral("https://nghean.gov.vn/dan-hoi/items/")));
    QCOMPARE(firstUpdated, QStringLiteral("2025-03-01T11:41:00+07:00"));
    const QString feed = text(files->value(QStringLiteral("feed.atom")));
    QVERIFY(feed.contains(QStringLiteral("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://nghean.gov.vn/dan-hoi/feed.atom\"/>")));
    QVERIFY(feed.contains(QStringLiteral("<author>")));
}

void TestPortalBundle::itemsJson()
{
    PublicItem withoutField = item(2);
    auto files = PortalBundle::render({item(1), withoutField}, options());
    QVERIFY(files);
    const QJsonArray all = QJsonDocument::fromJson(files->value(QStringLiteral("items.json"))).array();
    QCOMPARE(all.size(), 2);
    const QJsonObject first = all.at(1).toObject(); // item 1 was published first, so it is listed second
    QCOMPARE(first.value(QStringLiteral("ref")).toString(), QStringLiteral("HD-2025-000001"));
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Câu hỏi số 1 về du lịch"));
    QCOMPARE(first.value(QStringLiteral("question")).toString(), QStringLiteral("Nội dung 1.\n\nĐoạn hai."));
    QVERIFY(first.value(QStringLiteral("answer_html")).toString().contains(QStringLiteral("<em>một</em>")));
    QCOMPARE(first.value(QStringLiteral("department")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("SVHTTDL"));
    QCOMPARE(first.value(QStringLiteral("department")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"));
    QCOMPARE(first.value(QStringLiteral("asker")).toString(), QStringLiteral("Nguyễn Văn A – xã Nghi Kim"));
    QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("Du lịch"));
    QVERIFY(all.at(0).toObject().value(QStringLiteral("field")).isNull());
    QCOMPARE(first.value(QStringLiteral("received_date")).toString(), QStringLiteral("2025-01-02"));
    QCOMPARE(first.value(QStringLiteral("answered_date")).toString(), QStringLiteral("2025-01-07"));
    QCOMPARE(first.value(QStringLiteral("published_at")).toString(), QStringLiteral("2025-03-01T10:42:00+07:00"));
    QCOMPARE(first.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://nghean.gov.vn/dan-hoi/items/HD-2025-000001.html"));
}

void TestPortalBundle::hostileTextIsEscaped()
{
    PublicItem evil = item(1);
    const QString payload = QStringLiteral("\"><script>document.title='XSS'</script><img src=x onerror=alert(1)>'{{x}}\x01");
    evil.title = payload;
    evil.question = payload;
    evil.askerLine = payload;
    evil.departmentName = payload;
    evil.field = payload;
    evil.answerMarkdown = payload + QStringLiteral("\n\n[bấm](javascript:alert(1)) <iframe src=x></iframe>");
    auto files = PortalBundle::render({evil}, options());
    QVERIFY(files);
    for (auto it = files->begin(); it != files->end(); ++it) {
        if (it.key() == QLatin1String("style.css"))
            continue;
        const QString content = text(it.value());
        QVERIFY2(!content.contains(QStringLiteral("<script")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<img")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("<iframe")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QStringLiteral("javascript:")), qPrintable(it.key()));
        QVERIFY2(!content.contains(QChar(0x01)), qPrintable(it.key()));
    }
    const QString page = text(files->value(QStringLiteral("items/HD-2025-000001.html")));
    QVERIFY(page.contains(QStringLiteral("&quot;&gt;&lt;script&gt;document.title=&apos;XSS&apos;&lt;/script&gt;")));
    QVERIFY(page.contains(QStringLiteral("{{x}}"))); // values are never rendered as templates
    QXmlStreamReader xml(files->value(QStringLiteral("feed.atom")));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestPortalBundle::markdownIsSafe()
{
    QCOMPARE(markdownToSafeHtml(QStringLiteral("**đậm**")), QStringLiteral("<p><strong>đậm</strong></p>\n"));
    const QString html = markdownToSafeHtml(QStringLiteral("<script>alert(1)</script>\n\n[a](javascript:alert(1)) "
                                                           "[b](JAVASCRIPT:x) [c](vbscript:x) <b onclick=x>b</b>\n\n"
                                                           "[ok](https://dichvucong.gov.vn)"));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("javascript"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("vbscript")));
    QVERIFY(!html.contains(QStringLiteral("onclick")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://dichvucong.gov.vn\">ok</a>")));
}

void TestPortalBundle::agencyTemplates()
{
    QTemporaryDir dir;
    QFile custom(dir.filePath(QStringLiteral("item.mustache")));
    QVERIFY(custom.open(QIODevice::WriteOnly));
    custom.write("<div class=\"agency-item\">{{title}} / {{department_code}}</div>");
    custom.close();
    PortalOptions o = options();
    o.templatesDir = dir.path();
    PublicItem evil = item(3);
    evil.title = QStringLiteral("<b>x</b>");
    auto files = PortalBundle::render({evil}, o);
    QVERIFY(files);
    const QString page = text(files->value(QStringLiteral("items/HD-2025-000003.html")));
    QVERIFY(page.contains(QStringLiteral("<div class=\"agency-item\">&lt;b&gt;x&lt;/b&gt; / SVHTTDL</div>")));
    QVERIFY(page.contains(QStringLiteral("class=\"banner\""))); // the built-in layout is still used
    QVERIFY(custom.open(QIODevice::WriteOnly | QIODevice::Truncate));
    custom.write("{{#items}}unclosed");
    custom.close();
    auto broken = PortalBundle::render({item(3)}, o);
    QVERIFY(!broken);
    QVERIFY(broken.error().message.contains(QStringLiteral("item.mustache")));
}

void TestPortalBundle::baseUrlRequired()
{
    PortalOptions o = options();
    for (const char* bad : {"", "nghean.gov.vn", "javascript:alert(1)", "ftp://x/"}) {
        o.portalBaseUrl = QString::fromLatin1(bad);
        QVERIFY2(!PortalBundle::render({item(1)}, o), bad);
    }
    QCOMPARE(PortalBundle::normalisedBaseUrl(QStringLiteral("https://a.vn/x?q=1")), QStringLiteral("https://a.vn/x/"));
}

// items.json is written an item at a time; it is byte for byte the indented document of every item.
void TestPortalBundle::itemsJsonIsOneDocument()
{
    for (int count : {0, 1, 3}) {
        QList<PublicItem> items;
        QJsonArray expected;
        for (int n = count; n >= 1; --n) {
            PublicItem i = item(n);
            i.answerMarkdown += QStringLiteral("\n\n<b>&</b> \"trích\"");
            items.append(i);
            expected.append(PortalBundle::itemJson(i, options()));
        }
        auto files = PortalBundle::render(items, options());
        QVERIFY(files);
        QByteArray whole = QJsonDocument(expected).toJson(QJsonDocument::Indented);
        whole.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        QCOMPARE(files->value(QStringLiteral("items.json")), whole);
    }
}

void TestPortalBundle::rendererTakesItemsInListOrder()
{
    PortalBundle::Files files;
    auto renderer = PortalBundleRenderer::start(options(), 2, PortalBundleRenderer::into(files));
    QVERIFY(renderer);
    QVERIFY(renderer.value().add(item(1)));
    QVERIFY(!renderer.value().add(item(2))); // published after item 1: it belongs before it
    QVERIFY(!renderer.value().finish());     // one of the two items told
    QVERIFY(renderer.value().add(item(0)));
    QVERIFY(!renderer.value().add(item(-1))); // a third
    QVERIFY(renderer.value().finish());
    QVERIFY(files.contains(QStringLiteral("index.html")));
    QVERIFY(files.contains(QStringLiteral("items/HD-2025-000000.html")));
}

void TestPortalBundle::writerSwapsAtomically()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("site"));
    // A plain folder already there (first use) is replaced.
    QVERIFY(QDir().mkpath(out));
    QFile old(QDir(out).filePath(QStringLiteral("old.html")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(BundleWriter::write(out, {{QStringLiteral("index.html"), "one"}, {QStringLiteral("items/a.html"), "a"}}));
    QVERIFY(QFileInfo(out).isSymLink());
    QCOMPARE(QFile(QDir(out).filePath(QStringLiteral("old.html"))).exists(), false);
    QFile index(QDir(out).filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("one"));
    index.close();
    QVERIFY(BundleWriter::write(out, {{QStringLiteral("index.html"), "two"}}));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("two"));
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("items/a.html"))));
    // Only the current generation is kept.
    QCOMPARE(QDir(BundleWriter::storeOf(out)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(!BundleWriter::write(out, {{QStringLiteral("../escape.html"), "x"}}));
}

// A generation given up half-way (an error, a cancel) is removed, and the bundle online stays as it was.
void TestPortalBundle::droppedGenerationLeavesTheBundle()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("site"));
    QVERIFY(BundleWriter::write(out, {{QStringLiteral("index.html"), "good"}}));
    {
        auto generation = BundleWriter::begin(out);
        QVERIFY(generation);
        BundleWriter::Generation half = std::move(generation).value();
        QVERIFY(half.write(QStringLiteral("index.html"), "half"));
        QVERIFY(half.append(QStringLiteral("items.json"), "["));
        QVERIFY(!half.write(QStringLiteral("../escape.html"), "x"));
        QCOMPARE(QDir(BundleWriter::storeOf(out)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    }
    QCOMPARE(QDir(BundleWriter::storeOf(out)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 1);
    QFile index(QDir(out).filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("good"));
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("items.json"))));
}

void TestPortalBundle::writerRecoversFromEveryCrashPoint()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("site"));
    QVERIFY(BundleWriter::write(out, {{QStringLiteral("index.html"), "good"}}));
    const QDir store(BundleWriter::storeOf(out));
    // Died while writing a generation, and while creating the new link.
    QVERIFY(QDir().mkpath(store.filePath(QStringLiteral("g-half"))));
    QVERIFY(QFile::link(QStringLiteral("x"), dir.filePath(QStringLiteral(".site.link-new"))));
    QVERIFY(BundleWriter::recover(out));
    QVERIFY(!store.exists(QStringLiteral("g-half")));
    QVERIFY(!QFileInfo(dir.filePath(QStringLiteral(".site.link-new"))).isSymLink());
    QFile index(QDir(out).filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("good"));
    index.close();
    // Died after moving a plain folder aside, before the link: the folder comes back.
    QVERIFY(QFile::remove(out));
    QVERIFY(QDir().mkpath(store.filePath(QStringLiteral("aside-1"))));
    QFile aside(store.filePath(QStringLiteral("aside-1/index.html")));
    QVERIFY(aside.open(QIODevice::WriteOnly));
    aside.write("previous");
    aside.close();
    QVERIFY(BundleWriter::recover(out));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readAll(), QByteArray("previous"));
}

void TestPortalBundle::importCsv()
{
    const QByteArray csv = "\xEF\xBB\xBFtitle;body;asker_name;Asker Phone;extra\r\n"
                           "\"Hỏi về \"\"du lịch\"\"\";\"Dòng một\r\ndòng hai; vẫn trong ô\";Lê Thị B;0912 345 678;x\r\n"
                           "\r\n"
                           "Câu hai;Nội dung;;;\r\n";
    auto parsed = QuestionImport::parse(csv, QStringLiteral("a.csv"));
    QVERIFY(parsed);
    QVERIFY2(parsed->problems.isEmpty(), qPrintable(QuestionImport::describe(parsed->problems.value(0))));
    QCOMPARE(parsed->records.size(), 2);
    QCOMPARE(parsed->records.at(0).fields.value(QStringLiteral("title")), QStringLiteral("Hỏi về \"du lịch\""));
    QCOMPARE(parsed->records.at(0).fields.value(QStringLiteral("body")), QStringLiteral("Dòng một\r\ndòng hai; vẫn trong ô"));
    QCOMPARE(parsed->records.at(0).fields.value(QStringLiteral("asker_phone")), QStringLiteral("0912 345 678"));
    QCOMPARE(parsed->records.at(0).line, 2);
    QCOMPARE(parsed->records.at(1).line, 5);
    QCOMPARE(parsed->ignoredFields, QStringList{QStringLiteral("extra")});
    auto comma = QuestionImport::parse("title,body\nA,B\n", QStringLiteral("b.csv"));
    QVERIFY(comma);
    QCOMPARE(comma->records.size(), 1);
}

void TestPortalBundle::importJsonAndLines()
{
    auto lines = QuestionImport::parse("{\"id\":\"Q1\",\"title\":\"A\",\"body\":\"B\",\"flags\":[]}\n\n"
                                       "{\"external_id\":42,\"title\":\"C\",\"body\":\"D\",\"asker_email\":null}\n",
                                       QStringLiteral("x.jsonl"));
    QVERIFY(lines);
    QCOMPARE(lines->format, ParsedImport::Format::JsonLines);
    QCOMPARE(lines->records.size(), 2);
    QCOMPARE(lines->records.at(0).fields.value(QStringLiteral("external_id")), QStringLiteral("Q1"));
    QCOMPARE(lines->records.at(1).fields.value(QStringLiteral("external_id")), QStringLiteral("42"));
    QCOMPARE(lines->records.at(1).line, 3);
    auto array = QuestionImport::parse("[{\"title\":\"A\",\"body\":\"B\"},{\"title\":\"C\",\"body\":\"D\"}]",
                                       QStringLiteral("x.json"));
    QVERIFY(array);
    QCOMPARE(array->format, ParsedImport::Format::Json);
    QCOMPARE(array->records.size(), 2);
    QVERIFY(array->records.at(1).isRecord);
    QFile sample(QStringLiteral(DANHOI_TEST_DATA "/questions.jsonl"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    auto all = QuestionImport::parse(sample.readAll(), QStringLiteral("questions.jsonl"));
    QVERIFY(all);
    QCOMPARE(all->records.size(), 230);
    QVERIFY(all->problems.isEmpty());
}

void TestPortalBundle::importFailures_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("fileError"); // the whole file refused (Error) rather than problems per line
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray("  \n") << "a.csv" << true << 0 << "empty";
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00zip", 10) << "a.csv" << true << 0 << "not text";
    QTest::newRow("latin-1") << QByteArray("title,body\nA,caf\xe9\n") << "a.csv" << true << 0 << "Line 2 is not valid UTF-8";
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEt\x00i\x00") << "a.csv" << true << 0 << "UTF-16";
    QTest::newRow("huge line") << (QByteArray("title,body\nA,") + QByteArray(300 * 1024, 'x')) << "a.csv" << true << 0
                               << "Line 2 is longer";
    QTest::newRow("truncated csv") << QByteArray("title,body\nA,\"never closed\n") << "a.csv" << false << 2 << "never ends";
    QTest::newRow("columns") << QByteArray("title,body\nA,B,C\n") << "a.csv" << false << 2 << "3 values";
    QTest::newRow("no header") << QByteArray("A,B\nC,D\n") << "a.csv" << false << 1 << "no column title";
    QTest::newRow("text after quote") << QByteArray("title,body\n\"A\"x,B\n") << "a.csv" << false << 2 << "closing quote";
    QTest::newRow("truncated jsonl") << QByteArray("{\"title\":\"A\",\"body\":\"B\"}\n{\"title\":\"C\",\"bo") << "a.jsonl"
                                     << false << 2 << "not valid JSON";
    QTest::newRow("truncated json") << QByteArray("[{\"title\":\"A\",\n\"body\":\"B\"},\n{\"title\"") << "a.json" << false
                                    << 3 << "not valid";
    QTest::newRow("not object") << QByteArray("[1]") << "a.json" << false << 1 << "JSON object";
    QTest::newRow("list value") << QByteArray("{\"title\":[\"A\"],\"body\":\"B\"}") << "a.jsonl" << false << 1 << "must be text";
}

void TestPortalBundle::importFailures()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(bool, fileError);
    QFETCH(int, line);
    QFETCH(QString, expected);
    auto parsed = QuestionImport::parse(bytes, name);
    if (fileError) {
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        return;
    }
    QVERIFY(parsed);
    QVERIFY(!parsed->problems.isEmpty());
    const QString described = QuestionImport::describe(parsed->problems.first());
    QVERIFY2(described.contains(expected), qPrintable(described));
    QCOMPARE(parsed->problems.first().line, line);
}

QTEST_GUILESS_MAIN(TestPortalBundle)
#include "tst_portalbundle.moc"
