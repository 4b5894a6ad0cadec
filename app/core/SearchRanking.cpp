#include "SearchRanking.h"

#include <QVarLengthArray>
#include <QtAlgorithms>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <vector>

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

// One bit per byte of 64 bytes of text from `at` (fewer at the end: the rest counts as spaces), set where the byte is
// a space: the words are then found by stepping from bit to bit, one branch per word instead of one per byte.
quint64 spacesOf(const char* at, qsizetype available)
{
    constexpr quint64 spaces = 0x2020202020202020ULL;
    constexpr quint64 low = 0x7F7F7F7F7F7F7F7FULL;
    quint64 out = 0;
    for (int chunk = 0; chunk < 8; ++chunk) {
        quint64 bytes = spaces;
        const qsizetype offset = qsizetype(chunk) * 8;
        if (available - offset >= 8)
            std::memcpy(&bytes, at + offset, 8);
        else if (available > offset)
            std::memcpy(&bytes, at + offset, size_t(available - offset));
        bytes = qFromLittleEndian(bytes) ^ spaces;           // a space is now a zero byte
        const quint64 zero = ~(((bytes & low) + low) | bytes | low); // 0x80 in each zero byte, exactly
        // The eight high bits gathered into one byte (byte i to bit i) by one multiplication without carries.
        out |= (((zero >> 7) * 0x0102040810204080ULL) >> 56) << offset;
    }
    return out;
}

// Calls word(start, length) for each word of a column, words being what lies between single spaces (runs of spaces
// and spaces at either end part nothing).
template<typename Word>
void forEachWord(const char* text, qsizetype size, Word&& word)
{
    qsizetype start = 0; // of the current word
    for (qsizetype block = 0; block < size; block += 64) {
        for (quint64 spaces = spacesOf(text + block, size - block); spaces != 0; spaces &= spaces - 1) {
            const qsizetype at = block + qCountTrailingZeroBits(spaces);
            if (at >= size)
                break;
            if (at > start)
                word(start, at - start);
            start = at + 1;
        }
    }
    if (start < size)
        word(start, size - start);
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
    // The first two bytes a word of the text must start with to be one of `words` (the second 0 for a word of one
    // byte), one bit each: most words of a text are passed over after one look-up in this 8 KB table.
    std::vector<quint64> starts = std::vector<quint64>(65536 / 64, 0);

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
                if (at == words.size() && words.size() < 32) {
                    words.append(word);
                    markStart(word);
                }
                indexes.append(at < 32 ? int(at) : -1);
            }
            phrases = phrases || indexes.size() > 1;
            terms.append(indexes);
        }
    }

    static unsigned startOf(const char* token, qsizetype size)
    {
        return unsigned(quint8(token[0])) << 8 | (size > 1 ? quint8(token[1]) : 0);
    }

    void markStart(const Word& word)
    {
        const char* text = word.text.constData();
        if (word.text.isEmpty()) { // a prefix of nothing: every word
            std::fill(starts.begin(), starts.end(), ~quint64(0));
            return;
        }
        if (word.prefix && word.text.size() == 1) { // any second byte, or none
            for (unsigned second = 0; second < 256; ++second)
                setStart(unsigned(quint8(text[0])) << 8 | second);
            return;
        }
        setStart(startOf(text, word.text.size()));
    }

    void setStart(unsigned start) { starts[start >> 6] |= quint64(1) << (start & 63); }

    quint32 marks(const char* token, qsizetype size, const char* end) const
    {
        const unsigned start = startOf(token, size);
        if ((starts[start >> 6] & (quint64(1) << (start & 63))) == 0)
            return 0;
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
    qsizetype columns = 0;
    for (const Document& document : documents)
        columns = std::max(columns, document.size());
    QList<QByteArrayView> texts;
    texts.reserve(documents.size() * columns);
    for (const Document& document : documents)
        for (qsizetype column = 0; column < columns; ++column)
            texts.append(column < document.size() ? QByteArrayView(document.at(column)) : QByteArrayView());
    return occurrences(texts, columns);
}

SearchRanking::Occurrences SearchRanking::occurrences(const QList<QByteArrayView>& texts, qsizetype columns) const
{
    const Vocabulary vocabulary(m_terms);
    Occurrences out;
    out.terms = m_terms.size();
    out.columns = columns;
    const qsizetype rows = columns > 0 ? texts.size() / columns : 0;
    out.lengths.resize(rows, 0);
    out.hits.resize(rows * out.terms * out.columns, 0);
    QVarLengthArray<quint32, 1024> marks; // per word of a column: which query words it is (for phrases)
    QVarLengthArray<int, 32> wordHits(vocabulary.words.size());
    for (qsizetype d = 0; d < rows; ++d) {
        for (qsizetype column = 0; column < columns; ++column) {
            // The index stores a column as its folded words separated by single spaces.
            const char* text = texts.at(d * columns + column).data();
            const qsizetype size = texts.at(d * columns + column).size();
            marks.clear();
            std::fill(wordHits.begin(), wordHits.end(), 0);
            qsizetype words = 0;
            forEachWord(text, size, [&](qsizetype start, qsizetype length) {
                ++words;
                quint32 mark = vocabulary.marks(text + start, length, text + size);
                if (vocabulary.phrases)
                    marks.append(mark);
                for (int w = 0; mark != 0; ++w, mark >>= 1)
                    wordHits[w] += int(mark & 1);
            });
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
