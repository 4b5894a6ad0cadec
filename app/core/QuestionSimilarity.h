#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace danhoi {

// How alike two questions read: TF-IDF cosine over folded words and two-word phrases of title and body (the
// title counted twice), leaving out the function words every question has ("tôi", "có", "không", "được"…).
class QuestionSimilarity
{
public:
    using Terms = QHash<QString, double>; // term → count; a two-word phrase is "a b"

    static Terms terms(const QString& title, const QString& body);
    static bool isStopWord(const QString& foldedWord);
    // The words of `terms` (phrases split), for looking up document frequencies.
    static QStringList words(const Terms& terms);

    // idf of a word from its document frequency in `documents` rows; a phrase takes its words' mean, a little more.
    static double idf(qint64 documentFrequency, qint64 documents);
    using Idf = QHash<QString, double>; // folded word → idf
    static double termIdf(const QString& term, const Idf& idf, double unknown);

    static double cosine(const Terms& a, const Terms& b, const Idf& idf, double unknownIdf);
};

} // namespace danhoi
