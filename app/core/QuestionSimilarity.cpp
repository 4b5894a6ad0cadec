#include "QuestionSimilarity.h"

#include "TextFolding.h"

#include <QSet>

#include <cmath>

namespace danhoi {

namespace {

void addText(QuestionSimilarity::Terms& terms, const QString& text, double weight)
{
    const QStringList words = TextFolding::words(text);
    QString previous;
    for (const QString& word : words) {
        if (QuestionSimilarity::isStopWord(word)) {
            previous.clear();
            continue;
        }
        terms[word] += weight;
        if (!previous.isEmpty())
            terms[previous + QLatin1Char(' ') + word] += weight;
        previous = word;
    }
}

} // namespace

bool QuestionSimilarity::isStopWord(const QString& word)
{
    static const QSet<QString> stop = [] {
        QSet<QString> out;
        const char* words[] = {"toi", "co", "khong", "duoc", "va", "cua", "la", "thi", "cho", "o", "cac", "nhung",
                               "mot", "de", "ve", "nay", "do", "khi", "se", "da", "dang", "hay", "hoac", "voi", "tu",
                               "trong", "tren", "theo", "nhu", "the", "nao", "gi", "xin", "hoi", "bi", "roi", "ma",
                               "vi", "neu", "con", "cung", "rat", "lai", "nen", "den", "tai", "ra", "vao", "len", "ay",
                               "kia", "vay", "a", "u", "nhe", "ko", "k", "ong", "ba", "em", "chau", "minh", "thua",
                               "vui", "long", "giup", "biet", "muon", "can", "phai", "nhieu", "bao", "sao", "bay",
                               "gio", "hien", "nay"};
        for (const char* w : words)
            out.insert(QString::fromLatin1(w));
        return out;
    }();
    return word.size() < 2 || stop.contains(word);
}

QuestionSimilarity::Terms QuestionSimilarity::terms(const QString& title, const QString& body)
{
    Terms out;
    addText(out, title, 2.0);
    addText(out, body, 1.0);
    return out;
}

QStringList QuestionSimilarity::words(const Terms& terms)
{
    QSet<QString> out;
    for (auto it = terms.cbegin(); it != terms.cend(); ++it)
        for (const QString& word : it.key().split(QLatin1Char(' ')))
            out.insert(word);
    return QStringList(out.cbegin(), out.cend());
}

double QuestionSimilarity::idf(qint64 documentFrequency, qint64 documents)
{
    return std::log(1.0 + double(std::max<qint64>(documents, 1)) / double(1 + std::max<qint64>(documentFrequency, 0)));
}

double QuestionSimilarity::termIdf(const QString& term, const Idf& idf, double unknown)
{
    const qsizetype space = term.indexOf(QLatin1Char(' '));
    if (space < 0)
        return idf.value(term, unknown);
    // A phrase is rarer than either of its words.
    return 1.25 * (idf.value(term.left(space), unknown) + idf.value(term.mid(space + 1), unknown)) / 2.0;
}

double QuestionSimilarity::cosine(const Terms& a, const Terms& b, const Idf& idf, double unknownIdf)
{
    auto weight = [&](const QString& term, double count) {
        return (1.0 + std::log(count)) * termIdf(term, idf, unknownIdf);
    };
    double dot = 0, normA = 0, normB = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const double wa = weight(it.key(), it.value());
        normA += wa * wa;
        if (auto found = b.constFind(it.key()); found != b.cend())
            dot += wa * weight(found.key(), found.value());
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const double wb = weight(it.key(), it.value());
        normB += wb * wb;
    }
    if (normA <= 0 || normB <= 0)
        return 0;
    return dot / std::sqrt(normA * normB);
}

} // namespace danhoi
