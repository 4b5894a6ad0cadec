#include "SearchRanking.h"

#include <QVarLengthArray>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#include <cmath>

namespace danhoi {

namespace {

// The first eight bytes of a word in one integer, big-endian, zeros beyond its end, so that most words of a text
// are told apart from the query's words by one comparison. `end` is the end of the text the word lies in.
quint64 headOf(const char* word, qsizetype size, const char* end)
{
    quint64 head = 0;
    if (end - word >= 8) {
        std::memcpy(&head, word, 8);
        head = qFromBigEndian(head);
    } else {
        for (qsizetype i = 0; i < 8; ++i)
            head = (head << 8) | (word + i < end ? quint8(word[i]) : 0);
    }
    return size >= 8 ? head : head & (~quint64(0) << (8 * (8 - size)));
}

// The distinct words of the terms (UTF-8), and each term as positions in that list: a column is read once, each of
// its words compared with these few, and the phrases are then found among the marks.
struct Vocabulary {
    struct Word {
        QByteArray text;
        bool prefix = false;
        quint64 head = 0;
        quint64 headMask = ~quint64(0); // a prefix compares only its own bytes
    };
    QList<Word> words;           // at most 32: SearchQuery keeps 16 terms, a mark is a 32-bit mask
    QList<QList<int>> terms;     // per term, its words' indexes in `words` (-1: beyond 32, never matches)
    bool phrases = false;        // some term has several words

    explicit Vocabulary(const QList<SearchRanking::Term>& all)
    {
        for (const SearchRanking::Term& term : all) {
            QList<int> indexes;
            for (qsizetype i = 0; i < term.words.size(); ++i) {
                Word word;
                word.text = term.words.at(i).toUtf8();
                word.prefix = term.prefix && i == term.words.size() - 1;
                word.head = headOf(word.text.constData(), word.text.size(), word.text.constData() + word.text.size());
                if (word.prefix && word.text.size() < 8)
                    word.headMask = ~quint64(0) << (8 * (8 - word.text.size()));
                qsizetype at = 0;
                while (at < words.size() && (words.at(at).text != word.text || words.at(at).prefix != word.prefix))
                    ++at;
                if (at == words.size() && words.size() < 32)
                    words.append(word);
                indexes.append(at < 32 ? int(at) : -1);
            }
            phrases = phrases || indexes.size() > 1;
            terms.append(indexes);
        }
    }

    quint32 marks(const char* token, qsizetype size, const char* end) const
    {
        const quint64 head = headOf(token, size, end);
        quint32 out = 0;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const Word& word = words.at(i);
            const qsizetype n = word.text.size();
            if ((head & word.headMask) != word.head || (word.prefix ? size < n : size != n))
                continue;
            if (n <= 8 || std::memcmp(token + 8, word.text.constData() + 8, size_t(n - 8)) == 0)
                out |= quint32(1) << i;
        }
        return out;
    }
};

} // namespace

double SearchRanking::idf(qint64 rows, qint64 rowsWithTerm)
{
    const double value = std::log((double(rows) - double(rowsWithTerm) + 0.5) / (double(rowsWithTerm) + 0.5));
    return value > 0 ? value : 1e-6;
}

SearchRanking::SearchRanking(QList<Term> terms, QList<double> columnWeights)
    : m_terms(std::move(terms)), m_weights(std::move(columnWeights))
{
}

QList<double> SearchRanking::scores(const QList<Document>& documents) const
{
    return scores(occurrences(documents));
}

SearchRanking::Occurrences SearchRanking::occurrences(const QList<Document>& documents) const
{
    const Vocabulary vocabulary(m_terms);
    Occurrences out;
    out.terms = m_terms.size();
    for (const Document& document : documents)
        out.columns = std::max(out.columns, document.size());
    out.lengths.resize(documents.size(), 0);
    out.hits.resize(documents.size() * out.terms * out.columns, 0);
    QVarLengthArray<quint32, 1024> marks; // per word of a column: which query words it is (for phrases)
    QVarLengthArray<int, 32> wordHits(vocabulary.words.size());
    for (qsizetype d = 0; d < documents.size(); ++d) {
        const Document& document = documents.at(d);
        for (qsizetype column = 0; column < document.size(); ++column) {
            // The index stores a column as its folded words separated by single spaces.
            const char* text = document.at(column).constData();
            const qsizetype size = document.at(column).size();
            marks.clear();
            std::fill(wordHits.begin(), wordHits.end(), 0);
            qsizetype words = 0;
            for (qsizetype start = 0; start < size;) {
                qsizetype end = start;
                while (end < size && text[end] != ' ')
                    ++end;
                if (end > start) {
                    ++words;
                    quint32 mark = vocabulary.marks(text + start, end - start, text + size);
                    if (vocabulary.phrases)
                        marks.append(mark);
                    for (int w = 0; mark != 0; ++w, mark >>= 1)
                        wordHits[w] += int(mark & 1);
                }
                start = end + 1;
            }
            out.lengths[d] += words;
            for (qsizetype t = 0; t < out.terms; ++t) {
                const QList<int>& phrase = vocabulary.terms.at(t);
                int hits = 0;
                if (phrase.size() == 1) {
                    hits = phrase.first() >= 0 ? wordHits[phrase.first()] : 0;
                } else {
                    const int first = phrase.first();
                    for (qsizetype at = 0; first >= 0 && at + phrase.size() <= marks.size(); ++at) {
                        if ((marks[at] & (quint32(1) << first)) == 0)
                            continue;
                        bool match = true; // FTS5's phrases do not run across columns
                        for (qsizetype w = 1; w < phrase.size() && match; ++w)
                            match = phrase.at(w) >= 0 && (marks[at + w] & (quint32(1) << phrase.at(w))) != 0;
                        hits += match ? 1 : 0;
                    }
                }
                out.hits[(d * out.terms + t) * out.columns + column] = hits;
            }
        }
    }
    return out;
}

QList<double> SearchRanking::scores(const Occurrences& rows) const
{
    const qsizetype termCount = std::min(rows.terms, m_terms.size());
    double total = 0;
    for (qsizetype length : rows.lengths)
        total += double(length);
    const double average = rows.rows() == 0 || total <= 0 ? 1.0 : total / double(rows.rows());
    QList<double> out;
    out.reserve(rows.rows());
    for (qsizetype d = 0; d < rows.rows(); ++d) {
        double score = 0;
        const double norm = k1 * (1 - b + b * double(rows.lengths.at(d)) / average);
        for (qsizetype t = 0; t < termCount; ++t) {
            double f = 0; // weighted by column, as FTS5's bm25 counts
            const int* hits = rows.hits.constData() + (d * rows.terms + t) * rows.columns;
            for (qsizetype column = 0; column < rows.columns; ++column)
                f += (column < m_weights.size() ? m_weights.at(column) : 1.0) * hits[column];
            score += m_terms.at(t).idf * (f * (k1 + 1.0)) / (f + norm);
        }
        out.append(-score);
    }
    return out;
}

} // namespace danhoi
