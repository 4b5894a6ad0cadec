#pragma once

#include <QList>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QStringList>

namespace danhoi {

// BM25 as SQLite's FTS5 bm25() computes it (k1 = 1.2, b = 0.75, a weight per column, idf = ln((N − n + 0.5) /
// (n + 0.5)), at least 1e-6), but over the folded text of a bounded set of candidate rows: FTS5's own bm25() first
// walks the whole posting list of every phrase to count the rows that hold it, which at a million questions costs
// more than the search itself. Here the row counts come from the caller (SearchIndex estimates them cheaply) and
// the length of a row is compared with the average length of the candidates instead of the whole index.
class SearchRanking
{
public:
    struct Term {
        QStringList words;   // folded; several words make a phrase
        bool prefix = false; // the last word is a prefix
        double idf = 1e-6;
    };
    // One candidate row: its folded columns in UTF-8 (words separated by single spaces, as the index stores them).
    using Document = QByteArrayList;
    // What the candidate rows hold of the terms: per row its length in words (all columns), and per row, term and
    // column how often the term occurs there (hits[(row * terms + term) * columns + column]). Counted over the
    // folded text (occurrences()) or read from the index itself (SQLite: FTS5's instances, SearchIndex).
    struct Occurrences {
        qsizetype columns = 0;
        qsizetype terms = 0;
        QList<qsizetype> lengths;
        QList<int> hits;
        qsizetype rows() const { return lengths.size(); }
    };

    static constexpr double k1 = 1.2;
    static constexpr double b = 0.75;

    static double idf(qint64 rows, qint64 rowsWithTerm);

    SearchRanking(QList<Term> terms, QList<double> columnWeights);

    // The bm25 of each document, in order; like FTS5's, lower is better (negative when anything matched).
    QList<double> scores(const QList<Document>& documents) const;
    QList<double> scores(const Occurrences& rows) const;
    // The terms' occurrences in the documents' folded text, as FTS5 counts them (a phrase: its words in a row
    // within one column; a prefix: any word that starts with it).
    Occurrences occurrences(const QList<Document>& documents) const;
    // The same over texts read in place (a PostgreSQL result's values): `texts` row by row, `columns` to a row.
    Occurrences occurrences(const QList<QByteArrayView>& texts, qsizetype columns) const;

private:
    QList<Term> m_terms;
    QList<double> m_weights;
};

} // namespace danhoi
