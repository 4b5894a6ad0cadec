// SearchRanking::occurrences, the counting a PostgreSQL search (and similar questions) does over the window's folded
// text, against the plainest reading of its rule: split each column on spaces, skip empty pieces, a word matches a
// term word when equal (a prefix: when it starts with it), a phrase is its words in a row within one column.

#include "core/SearchRanking.h"

#include <QRandomGenerator>
#include <QTest>

using namespace danhoi;

namespace {

SearchRanking::Occurrences plainCount(const QList<SearchRanking::Term>& terms, const QList<SearchRanking::Document>& documents)
{
    SearchRanking::Occurrences out;
    out.terms = terms.size();
    for (const SearchRanking::Document& document : documents)
        out.columns = std::max(out.columns, document.size());
    out.lengths.resize(documents.size(), 0);
    out.hits.resize(documents.size() * out.terms * out.columns, 0);
    for (qsizetype d = 0; d < documents.size(); ++d) {
        for (qsizetype column = 0; column < documents.at(d).size(); ++column) {
            QByteArrayList words = documents.at(d).at(column).split(' ');
            words.removeAll(QByteArray());
            out.lengths[d] += words.size();
            for (qsizetype t = 0; t < terms.size(); ++t) {
                const SearchRanking::Term& term = terms.at(t);
                int hits = 0;
                for (qsizetype at = 0; at + term.words.size() <= words.size(); ++at) {
                    bool match = true;
                    for (qsizetype w = 0; w < term.words.size() && match; ++w) {
                        const QByteArray wanted = term.words.at(w).toUtf8();
                        const bool last = w == term.words.size() - 1;
                        match = term.prefix && last ? words.at(at + w).startsWith(wanted) : words.at(at + w) == wanted;
                    }
                    hits += match ? 1 : 0;
                }
                out.hits[(d * out.terms + t) * out.columns + column] = hits;
            }
        }
    }
    return out;
}

void compareCounts(const QList<SearchRanking::Term>& terms, const QList<SearchRanking::Document>& documents)
{
    const SearchRanking::Occurrences ours = SearchRanking(terms, {4.0, 1.0, 0.75, 1.0}).occurrences(documents);
    const SearchRanking::Occurrences plain = plainCount(terms, documents);
    QCOMPARE(ours.columns, plain.columns);
    QCOMPARE(ours.terms, plain.terms);
    QCOMPARE(ours.lengths, plain.lengths);
    for (qsizetype i = 0; i < plain.hits.size(); ++i)
        if (ours.hits.at(i) != plain.hits.at(i))
            QFAIL(qPrintable(QStringLiteral("row %1 term %2 column %3: %4 counted, %5 expected (\"%6\")")
                                 .arg(i / (plain.terms * plain.columns))
                                 .arg(i / plain.columns % plain.terms)
                                 .arg(i % plain.columns)
                                 .arg(ours.hits.at(i))
                                 .arg(plain.hits.at(i))
                                 .arg(QString::fromUtf8(documents.at(i / (plain.terms * plain.columns))
                                                            .at(i % plain.columns)))));
}

} // namespace

class TestSearchRanking : public QObject
{
    Q_OBJECT

private slots:
    void wordsPrefixesAndPhrasesCounted();
    void edgesOfTheText();
    void randomTextsCountedAsThePlainRule();
    void bm25OrdersByTermFrequency();
};

void TestSearchRanking::wordsPrefixesAndPhrasesCounted()
{
    const QList<SearchRanking::Term> terms = {{{QStringLiteral("dat")}, false},
                                              {{QStringLiteral("giay"), QStringLiteral("phep")}, false},
                                              {{QStringLiteral("xay")}, true},
                                              {{QStringLiteral("chung"), QStringLiteral("nhan"), QStringLiteral("quyen")}, false}};
    const QList<SearchRanking::Document> documents = {
        {"giay phep xay dung dat o", "cap giay phep giay phep", "", "quynh luu"},
        {"dat dat datdat", "giay  phep", "xay xaydung xa", "chung nhan quyen chung nhan"},
        {"", "", "", ""},
        {"giay", "phep", "giay phep", "chung nhan quyen su dung dat"},
    };
    const SearchRanking::Occurrences counted = SearchRanking(terms, {4.0, 1.0, 0.75, 1.0}).occurrences(documents);
    QCOMPARE(counted.lengths, (QList<qsizetype>{13, 13, 0, 10}));
    auto hits = [&](qsizetype row, qsizetype term, qsizetype column) {
        return counted.hits.at((row * counted.terms + term) * counted.columns + column);
    };
    QCOMPARE(hits(0, 1, 1), 2); // a phrase twice in one column
    QCOMPARE(hits(1, 0, 0), 2); // "datdat" is not "dat"
    QCOMPARE(hits(1, 1, 1), 1); // a double space does not part a phrase's words
    QCOMPARE(hits(1, 2, 2), 2); // "xay", "xaydung"; not "xa"
    QCOMPARE(hits(1, 3, 3), 1);
    QCOMPARE(hits(3, 1, 0) + hits(3, 1, 1), 0); // phrases do not run across columns
    QCOMPARE(hits(3, 1, 2), 1);
    compareCounts(terms, documents);
}

void TestSearchRanking::edgesOfTheText()
{
    // Words of 7, 8, 9 and 17 bytes that share their first eight bytes, non-ASCII bytes, a word at the very end.
    const QList<SearchRanking::Term> terms = {{{QStringLiteral("abcdefg")}, false},
                                              {{QStringLiteral("abcdefgh")}, false},
                                              {{QStringLiteral("abcdefghi")}, false},
                                              {{QStringLiteral("abcdefghijklmnopq")}, false},
                                              {{QStringLiteral("abcdefgh")}, true},
                                              {{QStringLiteral("a")}, true},
                                              {{QStringLiteral("ngh\u1ec7")}, false},
                                              {{QStringLiteral("x")}, false}};
    const QList<SearchRanking::Document> documents = {
        {"abcdefg abcdefgh abcdefghi abcdefghijklmnopq abcdefghijklmnopr", " abcdefgh ", "x", "abcdefg"},
        {QStringLiteral("ngh\u1ec7 an ngh\u1ec7x ngh").toUtf8(), "a", "x x  x ", "abcdefghijklmnopq"},
        {"  ", " ", "abcdefghijklmnop", "abcdefgha"},
    };
    compareCounts(terms, documents);
    // The same texts cut out of longer buffers: nothing past a column's end is read as part of it.
    QList<SearchRanking::Document> cut;
    for (const SearchRanking::Document& document : documents) {
        SearchRanking::Document shorter;
        for (const QByteArray& column : document)
            shorter.append(QByteArray(column + " abcdefgh x abcdefg").left(column.size()));
        cut.append(shorter);
    }
    compareCounts(terms, cut);
}

void TestSearchRanking::randomTextsCountedAsThePlainRule()
{
    const QByteArrayList vocabulary = {"dat", "dai", "giay", "phep", "xay", "dung", "chung", "nhan", "quyen", "su",
                                       "d", "abcdefgh", "abcdefghij", "abcdefgz", "thanhpho", "thanhphoa",
                                       QStringLiteral("\u0111\u1ea5t").toUtf8()};
    const QList<QList<SearchRanking::Term>> queries = {
        {{{QStringLiteral("dat")}, false}},
        {{{QStringLiteral("giay"), QStringLiteral("phep")}, false}, {{QStringLiteral("xay")}, false}},
        {{{QStringLiteral("d")}, true}, {{QStringLiteral("chung"), QStringLiteral("nhan"), QStringLiteral("quyen")}, false}},
        {{{QStringLiteral("abcdefgh")}, false}, {{QStringLiteral("abcdefgh")}, true}, {{QStringLiteral("thanhpho")}, false}},
        {{{QStringLiteral("su"), QStringLiteral("d")}, true}, {{QStringLiteral("dat"), QStringLiteral("dat")}, false}},
    };
    QRandomGenerator random(20261130);
    for (int round = 0; round < 40; ++round) {
        QList<SearchRanking::Document> documents;
        for (int d = 0; d < 50; ++d) {
            SearchRanking::Document document;
            for (int column = 0; column < 4; ++column) {
                QByteArray text;
                const int words = int(random.bounded(0, 40));
                for (int w = 0; w < words; ++w) {
                    if (w > 0)
                        text += random.bounded(20) == 0 ? "  " : " ";
                    text += vocabulary.at(random.bounded(int(vocabulary.size())));
                }
                if (random.bounded(30) == 0)
                    text += ' ';
                document.append(text);
            }
            documents.append(document);
        }
        for (const QList<SearchRanking::Term>& terms : queries) {
            compareCounts(terms, documents);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestSearchRanking::bm25OrdersByTermFrequency()
{
    QList<SearchRanking::Term> terms = {{{QStringLiteral("dat")}, false, SearchRanking::idf(1000, 10)}};
    const QList<double> scores = SearchRanking(terms, {4.0, 1.0, 0.75, 1.0})
                                     .scores(QList<SearchRanking::Document>{{"dat", "dat dat", "", ""},
                                                                            {"", "dat", "", ""},
                                                                            {"nha", "o", "", ""}});
    QVERIFY(scores.at(0) < scores.at(1)); // lower is better
    QVERIFY(scores.at(1) < 0);
    QCOMPARE(scores.at(2), 0.0);
}

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
