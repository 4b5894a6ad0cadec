// The one folding every search, similarity and suggestion compares: NFC, case, Vietnamese diacritics, đ/Đ.

#include "core/TextFolding.h"
#include "support/TestPrinting.h"

#include <QSet>
#include <QTest>

using namespace danhoi;

class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void everyVowelWithEveryTone_data();
    void everyVowelWithEveryTone();
    void dWithStroke();
    void sameTextAnyCaseAnyAccents_data();
    void sameTextAnyCaseAnyAccents();
    void decomposedInputFoldsLikeComposed();
    void otherTextIsKept();
    void wordsSplitLikeUnicode61();
    void wordPositionsPointIntoTheOriginal();
    void everyCodePointFollowsTheDefinition();
    void joinedWordsAreTheWordsJoined();
};

// Each row: the base vowel, then the six tones (ngang, huyền, sắc, hỏi, ngã, nặng) as precomposed NFC letters.
static const char* const vowelTable[] = {
    "a aàáảãạ", "a ăằắẳẵặ", "a âầấẩẫậ", "e eèéẻẽẹ", "e êềếểễệ", "i iìíỉĩị",
    "o oòóỏõọ", "o ôồốổỗộ", "o ơờớởỡợ", "u uùúủũụ", "u ưừứửữự", "y yỳýỷỹỵ",
    "a AÀÁẢÃẠ", "a ĂẰẮẲẴẶ", "a ÂẦẤẨẪẬ", "e EÈÉẺẼẸ", "e ÊỀẾỂỄỆ", "i IÌÍỈĨỊ",
    "o OÒÓỎÕỌ", "o ÔỒỐỔỖỘ", "o ƠỜỚỞỠỢ", "u UÙÚỦŨỤ", "u ƯỪỨỬỮỰ", "y YỲÝỶỸỴ",
};

void TestTextFolding::everyVowelWithEveryTone_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("expected");
    QSet<QString> seen;
    for (const char* row : vowelTable) {
        const QString text = QString::fromUtf8(row);
        const QString base = text.left(1);
        const QString letters = text.mid(2);
        QCOMPARE(letters.size(), 6); // six single code points: the table itself is NFC
        for (QChar letter : letters) {
            QVERIFY2(!seen.contains(letter), qPrintable(QString(letter)));
            seen.insert(letter);
            QTest::newRow(QString(letter).toUtf8().constData()) << QString(letter) << base;
        }
    }
    QCOMPARE(seen.size(), 12 * 6 * 2);
}

void TestTextFolding::everyVowelWithEveryTone()
{
    QFETCH(QString, letter);
    QFETCH(QString, expected);
    QCOMPARE(TextFolding::fold(letter), expected);
    QCOMPARE(TextFolding::fold(letter.normalized(QString::NormalizationForm_D)), expected);
}

void TestTextFolding::dWithStroke()
{
    QCOMPARE(TextFolding::fold(QStringLiteral("đ")), QStringLiteral("d"));
    QCOMPARE(TextFolding::fold(QStringLiteral("Đ")), QStringLiteral("d"));
    QCOMPARE(TextFolding::fold(QStringLiteral("Ð")), QStringLiteral("d")); // U+00D0 typed for Đ
    QCOMPARE(TextFolding::fold(QStringLiteral("đường")), QStringLiteral("duong"));
    QCOMPARE(TextFolding::fold(QStringLiteral("ĐƯỜNG")), TextFolding::fold(QStringLiteral("duong")));
    QCOMPARE(TextFolding::fold(QStringLiteral("Đắk Lắk")), QStringLiteral("dak lak"));
    QCOMPARE(TextFolding::fold(QStringLiteral("Nghị định 23/2015/NĐ-CP")), QStringLiteral("nghi dinh 23/2015/nd-cp"));
}

void TestTextFolding::sameTextAnyCaseAnyAccents_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Nghệ An / nghe an") << QStringLiteral("Nghệ An") << QStringLiteral("nghe an");
    QTest::newRow("NGHỆ AN / Nghe An") << QStringLiteral("NGHỆ AN") << QStringLiteral("Nghe An");
    QTest::newRow("Nghệ An / NGHỆ AN") << QStringLiteral("Nghệ An") << QStringLiteral("NGHỆ AN");
    QTest::newRow("mixed case") << QStringLiteral("nGhỆ aN") << QStringLiteral("NGHE AN");
    QTest::newRow("du lịch") << QStringLiteral("Du Lịch") << QStringLiteral("DU LỊCH");
    QTest::newRow("đường / duong") << QStringLiteral("đường") << QStringLiteral("duong");
    QTest::newRow("old and new tone placement") << QStringLiteral("hoà thuỷ") << QStringLiteral("hòa thủy");
    QTest::newRow("Thừa Thiên Huế") << QStringLiteral("THỪA THIÊN HUẾ") << QStringLiteral("thua thien hue");
}

void TestTextFolding::sameTextAnyCaseAnyAccents()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(TextFolding::fold(a), TextFolding::fold(b));
    QCOMPARE(TextFolding::words(a), TextFolding::words(b));
}

void TestTextFolding::decomposedInputFoldsLikeComposed()
{
    const QString nfc = QStringLiteral("Trường Đại học Vinh, Nghệ An: bảo hiểm y tế");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    QCOMPARE(TextFolding::fold(nfd), QStringLiteral("truong dai hoc vinh, nghe an: bao hiem y te"));
    QCOMPARE(TextFolding::fold(nfd), TextFolding::fold(nfc));
    QCOMPARE(TextFolding::words(nfd), TextFolding::words(nfc));
    // Combining marks typed after a base letter in any order (tone before hat) fold all the same.
    const QString oddOrder = QStringLiteral("ê") + QChar(0x0301); // ê + acute = ế
    QCOMPARE(TextFolding::fold(oddOrder), QStringLiteral("e"));
}

void TestTextFolding::otherTextIsKept()
{
    QCOMPARE(TextFolding::fold(QString()), QString());
    QCOMPARE(TextFolding::fold(QStringLiteral("ABC 123 <b>&amp;</b>")), QStringLiteral("abc 123 <b>&amp;</b>"));
    QCOMPARE(TextFolding::fold(QStringLiteral("Café São Paulo")), QStringLiteral("cafe sao paulo"));
    QCOMPARE(TextFolding::fold(QStringLiteral("中文 😀")), QStringLiteral("中文 😀"));
    QCOMPARE(TextFolding::fold(QStringLiteral("x\u00a0y")), QStringLiteral("x\u00a0y"));
}

void TestTextFolding::wordsSplitLikeUnicode61()
{
    QCOMPARE(TextFolding::words(QStringLiteral("Nghị định 23/2015/NĐ-CP, (mức) \"phí\" 2.000đ/trang!")),
             QStringList({"nghi", "dinh", "23", "2015", "nd", "cp", "muc", "phi", "2", "000d", "trang"}));
    QCOMPARE(TextFolding::words(QStringLiteral("  \t\n ")), QStringList());
    QCOMPARE(TextFolding::words(QStringLiteral("a😀b")), QStringList({"a", "b"}));
    QCOMPARE(TextFolding::words(QStringLiteral("mã QR")), QStringList({"ma", "qr"}));
}

void TestTextFolding::wordPositionsPointIntoTheOriginal()
{
    const QString text = QStringLiteral("Đường  đi, Nghệ An");
    const QList<FoldedWord> words = TextFolding::wordsWithPositions(text);
    QCOMPARE(words.size(), 4);
    QCOMPARE(text.mid(words.at(0).start, words.at(0).length), QStringLiteral("Đường"));
    QCOMPARE(words.at(0).folded, QStringLiteral("duong"));
    QCOMPARE(text.mid(words.at(2).start, words.at(2).length), QStringLiteral("Nghệ"));
    QCOMPARE(words.at(3).folded, QStringLiteral("an"));
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    const QList<FoldedWord> decomposed = TextFolding::wordsWithPositions(nfd);
    QCOMPARE(decomposed.size(), 4);
    QCOMPARE(nfd.mid(decomposed.at(2).start, decomposed.at(2).length),
             QStringLiteral("Nghệ").normalized(QString::NormalizationForm_D));
}

// The fast per-character table and the definition agree on every code point (and on them in words).
void TestTextFolding::everyCodePointFollowsTheDefinition()
{
    auto definition = [](const QString& text) {
        QString out;
        for (QChar c : text.normalized(QString::NormalizationForm_D)) {
            if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
                continue;
            const bool stroke = c.unicode() == 0x0110 || c.unicode() == 0x0111 || c.unicode() == 0x00D0
                || c.unicode() == 0x0189 || c.unicode() == 0x0256;
            out += stroke ? QChar(u'd') : c;
        }
        return out.toCaseFolded().normalized(QString::NormalizationForm_C);
    };
    for (char32_t u = 0; u < 0x3000; ++u) {
        if (QChar::isSurrogate(u) || (u >= 0x0300 && u <= 0x036F))
            continue;
        const QString one = QString::fromUcs4(&u, 1);
        QCOMPARE(TextFolding::fold(one), definition(one));
        const QString word = QStringLiteral("a") + one + QStringLiteral("ệ");
        QCOMPARE(TextFolding::fold(word), definition(word));
    }
}

// The one-pass joining (what the search index stores) writes exactly the words, with the slow path's words too.
void TestTextFolding::joinedWordsAreTheWordsJoined()
{
    const QStringList texts = {
        QString(), QStringLiteral("  \t\n "), QStringLiteral("Nghị định 23/2015/NĐ-CP, (mức) \"phí\" 2.000đ/trang!"),
        QStringLiteral("  Đường  đi, Nghệ An  "), QStringLiteral("Đường đi").normalized(QString::NormalizationForm_D),
        QStringLiteral("Straße ﬁn Ǆ"), QStringLiteral("a😀b 中文 𝐀𝐁"), QStringLiteral("x\u0301 \u0301 y"),
        QStringLiteral("mã QR"), QStringLiteral("ΑΒΓ Ωμέγα Кириллица"),
    };
    for (const QString& text : texts)
        QCOMPARE(TextFolding::joinedWords(text), TextFolding::words(text).join(QLatin1Char(' ')));
    for (char32_t u = 0; u < 0x3000; ++u) {
        if (QChar::isSurrogate(u))
            continue;
        const QString text = QStringLiteral("Ví dụ ") + QString::fromUcs4(&u, 1) + QStringLiteral("ệ, đ") + QString::fromUcs4(&u, 1);
        QCOMPARE(TextFolding::joinedWords(text), TextFolding::words(text).join(QLatin1Char(' ')));
    }
}

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
