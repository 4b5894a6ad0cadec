// The search box's little language, and what becomes of hostile or malformed input: never an error, never
// FTS5 syntax that reaches SQLite unquoted.

#include "core/SearchQuery.h"
#include "support/TestPrinting.h"

#include <QRandomGenerator>
#include <QTest>

using namespace danhoi;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void wellFormed_data();
    void wellFormed();
    void hostile_data();
    void hostile();
    void typedWordsKeepTheirAccents();
    void limits();
    void randomBytesNeverBreakTheExpression();
};

void TestSearchQuery::wellFormed_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << QStringLiteral("du lịch") << QStringLiteral("\"du\" AND \"lich\"");
    QTest::newRow("case and accents") << QStringLiteral("DU LỊCH") << QStringLiteral("\"du\" AND \"lich\"");
    QTest::newRow("đ") << QStringLiteral("Đường") << QStringLiteral("\"duong\"");
    QTest::newRow("phrase") << QStringLiteral("\"du lịch\" Nghệ") << QStringLiteral("\"du lich\" AND \"nghe\"");
    QTest::newRow("excluded") << QStringLiteral("bảo hiểm -xã")
                              << QStringLiteral("(\"bao\" AND \"hiem\") NOT (\"xa\")");
    QTest::newRow("excluded phrase") << QStringLiteral("thuế -\"cho thuê\" -phí")
                                     << QStringLiteral("(\"thue\") NOT (\"cho thue\" OR \"phi\")");
    QTest::newRow("prefix") << QStringLiteral("du lị*") << QStringLiteral("\"du\" AND \"li\"*");
    QTest::newRow("phrase prefix") << QStringLiteral("\"du lị\"*") << QStringLiteral("\"du li\"*");
    QTest::newRow("joined word is a phrase") << QStringLiteral("NĐ-CP") << QStringLiteral("\"nd cp\"");
    QTest::newRow("spaces") << QStringLiteral("  \t du \n lịch  ") << QStringLiteral("\"du\" AND \"lich\"");
    QTest::newRow("nfd") << QStringLiteral("lịch").normalized(QString::NormalizationForm_D) << QStringLiteral("\"lich\"");
}

void TestSearchQuery::wellFormed()
{
    QFETCH(QString, input);
    QFETCH(QString, expression);
    const SearchQuery query = SearchQuery::parse(input);
    QCOMPARE(query.ftsExpression(), expression);
    QVERIFY(!query.degraded());
}

void TestSearchQuery::hostile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expression"); // empty: nothing to search
    QTest::newRow("unbalanced quote") << QStringLiteral("\"du lịch -phí") << QStringLiteral("\"du\" AND \"lich\" AND \"phi\"");
    QTest::newRow("three quotes") << QStringLiteral("\"a\" \"b") << QStringLiteral("\"a\" AND \"b\"");
    QTest::newRow("lone minus") << QStringLiteral("du lịch -") << QStringLiteral("\"du\" AND \"lich\"");
    QTest::newRow("lone star") << QStringLiteral("* du") << QStringLiteral("\"du\"");
    QTest::newRow("only operators") << QStringLiteral("- * -- ** \"\"") << QString();
    QTest::newRow("only exclusions") << QStringLiteral("-phí -lệ") << QStringLiteral("\"phi\" AND \"le\"");
    QTest::newRow("caret") << QStringLiteral("^du lịch") << QStringLiteral("\"du\" AND \"lich\"");
    QTest::newRow("column filter") << QStringLiteral("title:du") << QStringLiteral("\"title\" AND \"du\"");
    QTest::newRow("braces") << QStringLiteral("{title body}: du") << QStringLiteral("\"title\" AND \"body\" AND \"du\"");
    QTest::newRow("parentheses") << QStringLiteral("(du OR lịch)") << QStringLiteral("\"du\" AND \"lich\"");
    QTest::newRow("operators") << QStringLiteral("du AND lịch OR hội NOT phí") << QStringLiteral("\"du\" AND \"lich\" AND \"hoi\" AND \"phi\"");
    QTest::newRow("near") << QStringLiteral("NEAR(du lịch, 5)") << QStringLiteral("\"near\" AND \"du\" AND \"lich\" AND \"5\"");
    QTest::newRow("star inside") << QStringLiteral("d*u") << QStringLiteral("\"d u\"");
    QTest::newRow("one-letter prefix") << QStringLiteral("d*") << QStringLiteral("\"d\"");
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE questions; --") << QStringLiteral("\"drop\" AND \"table\" AND \"questions\"");
    QTest::newRow("quote doubling") << QStringLiteral("\"\"\"\"") << QString();
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>") << QStringLiteral("\"script\" AND \"alert\" AND \"1\" AND \"script\"");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation") << QStringLiteral("?!.,;") << QString();
    QTest::newRow("emoji") << QStringLiteral("😀 du") << QStringLiteral("\"du\"");
    QTest::newRow("nul") << QStringLiteral("du") + QChar(0) + QStringLiteral("lich") << QStringLiteral("\"du lich\"");
    QTest::newRow("lone surrogate") << QStringLiteral("du") + QChar(0xD800) << QStringLiteral("\"du\"");
}

void TestSearchQuery::hostile()
{
    QFETCH(QString, input);
    QFETCH(QString, expression);
    const SearchQuery query = SearchQuery::parse(input);
    QCOMPARE(query.ftsExpression(), expression);
    QCOMPARE(query.isEmpty(), expression.isEmpty());
}

void TestSearchQuery::typedWordsKeepTheirAccents()
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("Đường \"Du Lịch\" -phí"));
    QCOMPARE(query.terms().size(), 3);
    QCOMPARE(query.terms().at(0).typed, QStringList({"đường"}));
    QCOMPARE(query.terms().at(1).typed, QStringList({"du", "lịch"}));
    QCOMPARE(query.terms().at(1).words, QStringList({"du", "lich"}));
    QVERIFY(query.terms().at(2).excluded);
    QCOMPARE(query.positiveTerms().size(), 2);
}

void TestSearchQuery::limits()
{
    QString many;
    for (int i = 0; i < 100; ++i)
        many += QStringLiteral("từ%1 ").arg(i);
    QCOMPARE(SearchQuery::parse(many).terms().size(), SearchQuery::maxTerms);
    const QString longWord(500, QLatin1Char('a'));
    QCOMPARE(SearchQuery::parse(longWord + QStringLiteral(" du")).ftsExpression(), QStringLiteral("\"du\""));
    const QString huge = QString(100000, QLatin1Char('x')) + QStringLiteral(" du");
    QVERIFY(SearchQuery::parse(huge).ftsExpression().size() < 200);
}

// Whatever the input, the expression is a sequence of quoted strings joined by our own operators: strip the
// quoted strings and only AND, NOT, OR, parentheses, stars and spaces may remain.
void TestSearchQuery::randomBytesNeverBreakTheExpression()
{
    const QString alphabet = QStringLiteral("aăâđeêioôơuưyÀẠĐ\"-*^:(){}+ NEARORNOT,.'\\\t");
    QRandomGenerator random(20250401);
    for (int round = 0; round < 5000; ++round) {
        QString input;
        const int length = random.bounded(0, 30);
        for (int i = 0; i < length; ++i)
            input += alphabet.at(random.bounded(alphabet.size()));
        const QString expression = SearchQuery::parse(input).ftsExpression();
        QString rest;
        bool inString = false;
        for (qsizetype i = 0; i < expression.size(); ++i) {
            const QChar c = expression.at(i);
            if (c == QLatin1Char('"')) {
                if (inString && i + 1 < expression.size() && expression.at(i + 1) == QLatin1Char('"')) {
                    ++i;
                    continue;
                }
                inString = !inString;
                continue;
            }
            if (!inString)
                rest += c;
        }
        QVERIFY2(!inString, qPrintable(input));
        rest.remove(QStringLiteral("AND")).remove(QStringLiteral("NOT")).remove(QStringLiteral("OR"));
        for (QChar c : std::as_const(rest))
            QVERIFY2(QStringLiteral(" ()*").contains(c), qPrintable(input + QStringLiteral(" → ") + expression));
    }
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
