// Snippets from the original accented text with <mark>s, escaped; and the ranking bonus for exact accents and phrases.

#include "core/SearchHighlighter.h"
#include "support/TestPrinting.h"

#include <QTest>

using namespace danhoi;

class TestSearchHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void marksMatchedWordsInTheOriginal();
    void escapesEverythingElse();
    void windowAroundTheMatches();
    void phrasesAndPrefixes();
    void bonusForExactAccentsAndPhrases();
    void nothingMatches();
};

static SearchHighlighter highlighter(const char* query)
{
    return SearchHighlighter(SearchQuery::parse(QString::fromUtf8(query)));
}

void TestSearchHighlighter::marksMatchedWordsInTheOriginal()
{
    QCOMPARE(highlighter("duong").snippet(QStringLiteral("Sửa đường ở Vinh")),
             QStringLiteral("Sửa <mark>đường</mark> ở Vinh"));
    QCOMPARE(highlighter("NGHỆ AN").snippet(QStringLiteral("Du lịch Nghệ An, mùa hè.")),
             QStringLiteral("Du lịch <mark>Nghệ</mark> <mark>An</mark>, mùa hè."));
    // NFD text keeps its own form inside the marks.
    const QString nfd = QStringLiteral("lễ hội").normalized(QString::NormalizationForm_D);
    QCOMPARE(highlighter("le hoi").snippet(nfd), QStringLiteral("<mark>%1</mark> <mark>%2</mark>")
                                                    .arg(nfd.section(QLatin1Char(' '), 0, 0), nfd.section(QLatin1Char(' '), 1, 1)));
}

void TestSearchHighlighter::escapesEverythingElse()
{
    const QString text = QStringLiteral("<script>alert('x')</script> & \"phí\" <b>phí</b>");
    const QString snippet = highlighter("phi").snippet(text);
    QCOMPARE(snippet, QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;<mark>phí</mark>&quot; "
                                     "&lt;b&gt;<mark>phí</mark>&lt;/b&gt;"));
    QVERIFY(!highlighter("script").snippet(text).contains(QStringLiteral("<script")));
    QCOMPARE(highlighter("mark").snippet(QStringLiteral("<mark>mark</mark>")),
             QStringLiteral("&lt;<mark>mark</mark>&gt;<mark>mark</mark>&lt;/<mark>mark</mark>&gt;"));
}

void TestSearchHighlighter::windowAroundTheMatches()
{
    QStringList words;
    for (int i = 0; i < 100; ++i)
        words << QStringLiteral("từ%1").arg(i);
    words[60] = QStringLiteral("Đường");
    const QString text = words.join(QStringLiteral(" \n "));
    const QString snippet = highlighter("đường").snippet(text, 10);
    QCOMPARE(snippet, QStringLiteral("… từ57 từ58 từ59 <mark>Đường</mark> từ61 từ62 từ63 từ64 từ65 từ66 …"));
    QCOMPARE(highlighter("tu0").snippet(text, 3), QStringLiteral("<mark>từ0</mark> từ1 từ2 …"));
    QCOMPARE(highlighter("tu99").snippet(text, 3), QStringLiteral("… từ97 từ98 <mark>từ99</mark>"));
}

void TestSearchHighlighter::phrasesAndPrefixes()
{
    const QString text = QStringLiteral("Lịch du lịch và du khách, lịch sử");
    QCOMPARE(highlighter("\"du lịch\"").snippet(text), QStringLiteral("Lịch <mark>du</mark> <mark>lịch</mark> và du khách, lịch sử"));
    QCOMPARE(highlighter("du*").snippet(text), QStringLiteral("Lịch <mark>du</mark> lịch và <mark>du</mark> khách, lịch sử"));
    QCOMPARE(highlighter("du kh*").snippet(text),
             QStringLiteral("Lịch <mark>du</mark> lịch và <mark>du</mark> <mark>khách</mark>, lịch sử"));
    // Excluded words are not marked.
    QCOMPARE(highlighter("lich -du").snippet(text),
             QStringLiteral("<mark>Lịch</mark> du <mark>lịch</mark> và du khách, <mark>lịch</mark> sử"));
}

void TestSearchHighlighter::bonusForExactAccentsAndPhrases()
{
    const QString accented = QStringLiteral("Phát triển du lịch Nghệ An");
    const QString plain = QStringLiteral("phat trien du lich nghe an");
    const QString scattered = QStringLiteral("Du khách đến Nghệ An xem lịch lễ hội");
    QCOMPARE(highlighter("du lịch").rankBonus({accented}), 2);  // "lịch" exact + phrase
    QCOMPARE(highlighter("du lịch").rankBonus({plain}), 1);     // phrase only
    QCOMPARE(highlighter("du lịch").rankBonus({scattered}), 1); // "lịch" exact, not a phrase
    QCOMPARE(highlighter("du lich").rankBonus({accented}), 1);  // typed without accents: phrase only
    QCOMPARE(highlighter("Nghệ").rankBonus({QStringLiteral("nghe"), QStringLiteral("NGHỆ AN")}), 1);
    QCOMPARE(highlighter("đường").rankBonus({QStringLiteral("duong")}), 0);
    QCOMPARE(highlighter("đường").rankBonus({QStringLiteral("ĐƯỜNG")}), 1);
}

void TestSearchHighlighter::nothingMatches()
{
    QCOMPARE(highlighter("xyz").snippet(QStringLiteral("du lịch")), QString());
    QCOMPARE(highlighter("xyz").matchCount(QStringLiteral("du lịch")), 0);
    QCOMPARE(highlighter("du").matchCount(QStringLiteral("du lịch du")), 2);
    QCOMPARE(SearchHighlighter::opening(QStringLiteral("a <b> c d"), 2), QStringLiteral("a &lt;b …"));
}

QTEST_GUILESS_MAIN(TestSearchHighlighter)
#include "tst_searchhighlighter.moc"
