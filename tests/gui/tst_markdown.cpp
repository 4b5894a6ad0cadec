#include "answer/MarkdownText.h"
#include "answer/RevisionDiff.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace danhoi;

class TestMarkdown : public QObject
{
    Q_OBJECT
private slots:
    void plainTextSurvives_data();
    void plainTextSurvives();
    void typedLineBreaksSurvive();
    void formattingSurvives();
    void listsSurvive();
    void headingsSurvive();
    void rawHtmlIsNeverInterpreted();
    void diffMarksChangesAndEscapes();
    void readerTextKeepsListMarkers();
};

namespace {
QString roundTrip(const QTextDocument& document)
{
    QTextDocument back;
    MarkdownText::render(MarkdownText::fromDocument(document), &back);
    return back.toPlainText();
}
} // namespace

void TestMarkdown::plainTextSurvives_data()
{
    QTest::addColumn<QString>("text");
    const QStringList samples = {
        QStringLiteral("Mức lương < 5 triệu đồng"),
        QStringLiteral("a * b * c và 2*3*4"),
        QStringLiteral("_gạch dưới_ và __đậm__ và snake_case_name"),
        QStringLiteral("[Điều 5](http://example.com) không phải liên kết"),
        QStringLiteral("# không phải tiêu đề"),
        QStringLiteral("## hai dấu thăng"),
        QStringLiteral("1. không phải danh sách"),
        QStringLiteral("2) cũng không"),
        QStringLiteral("- gạch đầu dòng giả"),
        QStringLiteral("+ dấu cộng"),
        QStringLiteral("* sao đầu dòng"),
        QStringLiteral("> không phải trích dẫn"),
        QStringLiteral("<script>alert('x')</script>"),
        QStringLiteral("<b>không đậm</b> &amp; &lt; &#65; &copy;"),
        QStringLiteral("đường dẫn C:\\Windows\\ và \\*"),
        QStringLiteral("`mã` và ```ba```"),
        QStringLiteral("~~không gạch~~ ~x~"),
        QStringLiteral("| cột | bảng |"),
        QStringLiteral("   ba khoảng trắng đầu dòng"),
        QStringLiteral("khoảng trắng cuối   "),
        QStringLiteral("==="),
        QStringLiteral("---"),
        QStringLiteral("***"),
        QStringLiteral("___"),
        QStringLiteral("Điều 5. Khoản 2) điểm a"),
        QStringLiteral("100.000 đồng"),
        QStringLiteral("![ảnh](x.png)"),
        QStringLiteral("dòng một\ndòng hai\n# dòng ba\n1. dòng bốn"),
        QStringLiteral("\tthụt lề bằng tab"),
        QStringLiteral("email@example.com và https://example.com/a_b_c"),
        QStringLiteral("[^1] chú thích"),
        QStringLiteral("a\\\nb"),
    };
    for (const QString& sample : samples)
        QTest::newRow(qPrintable(sample.left(30))) << sample;
}

void TestMarkdown::plainTextSurvives()
{
    QFETCH(QString, text);
    QTextDocument document;
    document.setPlainText(text);
    QCOMPARE(roundTrip(document), text);
}

void TestMarkdown::typedLineBreaksSurvive()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Kính gửi ông A,"));
    cursor.insertText(QString(QChar::LineSeparator));
    cursor.insertText(QStringLiteral("# số nhà 5"));
    const QString markdown = MarkdownText::fromDocument(document);
    QTextDocument back;
    MarkdownText::render(markdown, &back);
    // Qt's reader turns the hard break into a new block; the text and its line break are what count.
    QCOMPARE(back.toPlainText(), QStringLiteral("Kính gửi ông A,\n# số nhà 5"));
    QCOMPARE(back.lastBlock().blockFormat().headingLevel(), 0);
}

void TestMarkdown::formattingSurvives()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat italic;
    italic.setFontItalic(true);
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(QStringLiteral("https://example.com/a_(b)"));
    cursor.insertText(QStringLiteral("Theo "), plain);
    cursor.insertText(QStringLiteral("Điều 5* "), bold);
    cursor.insertText(QStringLiteral("và "), plain);
    cursor.insertText(QStringLiteral("_khoản 2_"), italic);
    cursor.insertText(QStringLiteral(", xem "), plain);
    cursor.insertText(QStringLiteral("[văn bản]"), link);
    cursor.insertText(QStringLiteral("."), plain);

    const QString markdown = MarkdownText::fromDocument(document);
    QTextDocument back;
    MarkdownText::render(markdown, &back);
    QCOMPARE(back.toPlainText(), document.toPlainText());
    auto formatAt = [&](const QString& needle) {
        QTextCursor at(&back);
        at.setPosition(int(back.toPlainText().indexOf(needle)) + 1);
        return at.charFormat();
    };
    QVERIFY2(formatAt(QStringLiteral("Điều 5*")).fontWeight() >= QFont::Bold, qPrintable(markdown));
    QVERIFY2(formatAt(QStringLiteral("_khoản")).fontItalic(), qPrintable(markdown));
    QVERIFY(formatAt(QStringLiteral("Theo")).fontWeight() < QFont::DemiBold);
    QCOMPARE(formatAt(QStringLiteral("[văn")).anchorHref(), QStringLiteral("https://example.com/a_(b)"));
    QVERIFY(!formatAt(QStringLiteral("và")).fontItalic());
}

void TestMarkdown::listsSurvive()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    cursor.insertText(QStringLiteral("Hồ sơ gồm:"));
    cursor.insertBlock();
    cursor.createList(QTextListFormat::ListDisc);
    cursor.insertText(QStringLiteral("Đơn *theo mẫu*"));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("1. bản sao"));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(QStringLiteral("Các bước:"));
    cursor.insertBlock();
    cursor.createList(QTextListFormat::ListDecimal);
    cursor.insertText(QStringLiteral("Nộp"));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("Nhận # kết quả"));

    const QString markdown = MarkdownText::fromDocument(document);
    QTextDocument back;
    MarkdownText::render(markdown, &back);
    QCOMPARE(back.toPlainText(), document.toPlainText());
    QTextBlock block = back.begin().next();
    QVERIFY2(block.textList(), qPrintable(markdown));
    QCOMPARE(block.textList()->format().style(), QTextListFormat::ListDisc);
    QCOMPARE(block.text(), QStringLiteral("Đơn *theo mẫu*"));
    QCOMPARE(block.next().text(), QStringLiteral("1. bản sao"));
    QVERIFY(block.next().textList());
    block = block.next().next();
    QVERIFY(!block.textList());
    block = block.next();
    QVERIFY(block.textList());
    QCOMPARE(block.textList()->format().style(), QTextListFormat::ListDecimal);
    QCOMPARE(block.next().text(), QStringLiteral("Nhận # kết quả"));
}

void TestMarkdown::headingsSurvive()
{
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextBlockFormat heading;
    heading.setHeadingLevel(2);
    cursor.setBlockFormat(heading);
    cursor.insertText(QStringLiteral("Trả lời #1 về C#"));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(QStringLiteral("Nội dung"));
    QTextDocument back;
    MarkdownText::render(MarkdownText::fromDocument(document), &back);
    QCOMPARE(back.begin().blockFormat().headingLevel(), 2);
    QCOMPARE(back.toPlainText(), document.toPlainText());
}

void TestMarkdown::rawHtmlIsNeverInterpreted()
{
    QTextDocument document;
    MarkdownText::render(QStringLiteral("<b>x</b> <img src=y> <script>z</script>"), &document);
    QVERIFY(document.toPlainText().contains(QStringLiteral("<b>x</b>")));
    QTextCursor at(&document);
    at.setPosition(4);
    QVERIFY(at.charFormat().fontWeight() < QFont::DemiBold);
}

void TestMarkdown::diffMarksChangesAndEscapes()
{
    const auto pieces = RevisionDiff::compare(QStringLiteral("Mức phí là 5 triệu <đồng>"),
                                              QStringLiteral("Mức phí là 7 triệu <đồng> mỗi năm"));
    QString removed;
    QString added;
    for (const auto& piece : pieces) {
        if (piece.kind == RevisionDiff::Piece::Removed)
            removed += piece.text;
        if (piece.kind == RevisionDiff::Piece::Added)
            added += piece.text;
    }
    QCOMPARE(removed.trimmed(), QStringLiteral("5"));
    QVERIFY(added.contains(QStringLiteral("7")));
    QVERIFY(added.contains(QStringLiteral("mỗi năm")));
    const QString html = RevisionDiff::toHtml(pieces);
    QVERIFY(html.contains(QStringLiteral("&lt;đồng&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<đồng>")));
    QVERIFY(html.contains(QStringLiteral("<s ")));
    QVERIFY(html.contains(QStringLiteral("<u ")));
}

void TestMarkdown::readerTextKeepsListMarkers()
{
    // What the approval view compares: a reader sees the bullets and the numbers, so turning lines into a list
    // (or a numbered list into bullets) is a change the supervisor must see.
    const QString plain = MarkdownText::plainText(QStringLiteral(
        "Hồ sơ gồm:\n\n- Đơn theo mẫu\n- Bản sao\n  - có chứng thực\n\nCác bước:\n\n1. Nộp\n2. Nhận kết quả\n\nHết."));
    QCOMPARE(plain, QStringLiteral("Hồ sơ gồm:\n• Đơn theo mẫu\n• Bản sao\n    • có chứng thực\nCác bước:\n1. Nộp\n"
                                   "2. Nhận kết quả\nHết."));

    QString added;
    for (const auto& piece : RevisionDiff::compare(MarkdownText::plainText(QStringLiteral("Nộp\n\nNhận")),
                                                    MarkdownText::plainText(QStringLiteral("1. Nộp\n2. Nhận"))))
        if (piece.kind == RevisionDiff::Piece::Added)
            added += piece.text;
    QCOMPARE(added.simplified(), QStringLiteral("1. 2."));
}

QTEST_MAIN(TestMarkdown)
#include "tst_markdown.moc"
