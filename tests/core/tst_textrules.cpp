// Every text entering the system: strict UTF-8, NFC, limits, and hostile-looking text stored as typed.

#include "core/TextRules.h"
#include "support/TestPrinting.h"

#include <QTest>

using namespace danhoi;

namespace {
Result<QString> cleanTitle(const QString& value, bool required = true)
{
    return TextRules::clean(value, QStringLiteral("title"), QStringLiteral("The title"), TextRules::maxTitleLength,
                            required);
}
} // namespace

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void normalisesToNfc();
    void limitsCountCharactersAfterNfc();
    void emptyAndBlank();
    void invalidUtf8_data();
    void invalidUtf8();
    void unpairedSurrogatesAndNul();
    void hostileLookingTextIsKeptAsTyped_data();
    void hostileLookingTextIsKeptAsTyped();
    void references();
};

void TestTextRules::normalisesToNfc()
{
    const QString nfc = QStringLiteral("Lễ hội Đền Hùng ở Phú Thọ");
    const QString nfd = nfc.normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != nfc);
    QVERIFY(nfd.size() > nfc.size());
    const Result<QString> cleaned = cleanTitle(nfd);
    QVERIFY(cleaned.ok());
    QCOMPARE(cleaned.value(), nfc);
    // Trimmed too.
    QCOMPARE(cleanTitle(QStringLiteral("  \t") + nfc + QStringLiteral("\n ")).value(), nfc);
}

void TestTextRules::limitsCountCharactersAfterNfc()
{
    QVERIFY(cleanTitle(QString(500, QLatin1Char('a'))).ok());
    const Result<QString> tooLong = cleanTitle(QString(501, QLatin1Char('a')));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().kind, ErrorKind::Invalid);
    QCOMPARE(tooLong.error().field, QStringLiteral("title"));
    QVERIFY2(tooLong.error().message.contains(QLatin1String("501")), qPrintable(tooLong.error().message));
    QVERIFY2(tooLong.error().message.contains(QLatin1String("500")), qPrintable(tooLong.error().message));

    // 400 × "ệ" typed decomposed is 1200 UTF-16 units but 400 characters.
    const QString decomposed = QString(QStringLiteral("ệ")).normalized(QString::NormalizationForm_D).repeated(400);
    QCOMPARE(decomposed.size(), 1200);
    QVERIFY(cleanTitle(decomposed).ok());
    QCOMPARE(TextRules::length(cleanTitle(decomposed).value()), 400);

    // Characters outside the BMP count once each.
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    QCOMPARE(emoji.size(), 2);
    QVERIFY(cleanTitle(emoji.repeated(500)).ok());
    QCOMPARE(cleanTitle(emoji.repeated(501)).error().kind, ErrorKind::Invalid);

    const Result<QString> body = TextRules::clean(QString(TextRules::maxBodyLength + 1, QLatin1Char('x')),
                                                  QStringLiteral("body"), QStringLiteral("The question"),
                                                  TextRules::maxBodyLength, true);
    QCOMPARE(body.error().kind, ErrorKind::Invalid);
    QCOMPARE(body.error().field, QStringLiteral("body"));
}

void TestTextRules::emptyAndBlank()
{
    for (const QString& blank : {QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\t\n\r ")}) {
        const Result<QString> required = cleanTitle(blank);
        QVERIFY(!required.ok());
        QCOMPARE(required.error().kind, ErrorKind::Invalid);
        QCOMPARE(required.error().field, QStringLiteral("title"));
        QVERIFY(!required.error().message.isEmpty());
        const Result<QString> optional = cleanTitle(blank, false);
        QVERIFY(optional.ok());
        QCOMPARE(optional.value(), QString());
    }
}

void TestTextRules::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lone continuation byte") << QByteArray("abc\x80");
    QTest::newRow("0xFF") << QByteArray("\xff");
    QTest::newRow("bad second byte") << QByteArray("\xc3\x28");
    QTest::newRow("truncated ệ") << QByteArray("l\xe1\xbb");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("Latin-1 lương") << QByteArray("l\xfcong");
}

void TestTextRules::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!TextRules::decodeUtf8(bytes).has_value());
}

void TestTextRules::unpairedSurrogatesAndNul()
{
    const QString good = QStringLiteral("lương");
    QCOMPARE(TextRules::decodeUtf8(good.toUtf8()), std::optional(good));
    QCOMPARE(TextRules::decodeUtf8(QByteArray()), std::optional(QString()));

    const QList<QString> bad = {
        QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"), // high surrogate alone
        QStringLiteral("a") + QChar(0xDC00),                      // low surrogate alone
        QStringLiteral("end") + QChar(0xD83D),                    // high surrogate at the end
        QString(QChar(0xDE00)) + QChar(0xD83D),                   // pair in the wrong order
        QStringLiteral("nul") + QChar(QChar::Null) + QStringLiteral("byte"),
    };
    for (const QString& text : bad) {
        const Result<QString> cleaned = cleanTitle(text);
        QVERIFY2(!cleaned.ok(), qPrintable(QString::number(text.size())));
        QCOMPARE(cleaned.error().kind, ErrorKind::Invalid);
        QCOMPARE(cleaned.error().field, QStringLiteral("title"));
    }
}

void TestTextRules::hostileLookingTextIsKeptAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("script") << QStringLiteral("<script>alert('x')</script>");
    QTest::newRow("less than") << QStringLiteral("lương < 5 triệu");
    QTest::newRow("ampersand and quotes") << QStringLiteral("A & B \"trích\" 'dẫn'");
    QTest::newRow("csv formula") << QStringLiteral("=HYPERLINK(\"http://x\")");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE questions; --");
}

void TestTextRules::hostileLookingTextIsKeptAsTyped()
{
    QFETCH(QString, text);
    const Result<QString> cleaned = cleanTitle(text);
    QVERIFY(cleaned.ok());
    QCOMPARE(cleaned.value(), text);
}

void TestTextRules::references()
{
    QCOMPARE(TextRules::formatReference(2025, 123), QStringLiteral("HD-2025-000123"));
    QCOMPARE(TextRules::formatReference(2026, 1), QStringLiteral("HD-2026-000001"));
    QCOMPARE(TextRules::formatReference(2025, 1234567), QStringLiteral("HD-2025-1234567"));
    QVERIFY(TextRules::looksLikeReference(QStringLiteral("HD-2025-000123")));
    QVERIFY(TextRules::looksLikeReference(QStringLiteral(" hd-2025-000123 ")));
    QVERIFY(!TextRules::looksLikeReference(QStringLiteral("123")));
    QVERIFY(!TextRules::looksLikeReference(QStringLiteral("HD-25-000123")));
    QVERIFY(!TextRules::looksLikeReference(QStringLiteral("HD-2025-123")));
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
