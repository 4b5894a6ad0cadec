#include "RoutingSuggester.h"

#include "TextFolding.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace danhoi {

namespace {

// Weight of a department's keywords and of a department named in the text, relative to a perfect match (1.0).
constexpr double keywordWeight = 1.0;
constexpr double namedBonus = 0.3;
constexpr int reasonsShown = 3;

// Vietnamese function words and the politeness of letters to an agency, folded: they say nothing about the topic.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            "a ai anh ba bac ban bao bay be bi bo boi cac cach cai can cang cha chi chia chiu cho chu chua chung co con "
            "cu cua cung da dang dau day de den deu di dieu do doi dong du duoc em gi gia gio ha hai hay hen het hoac "
            "hoi hon khi khong kia la lai lam len luc ma mat may minh moi mot muon nao nay neu ngay nguoi nhan nhe "
            "nhieu nhu nhung noi nua o ong phai qua quy ra rang rat roi sao sau se so sy ta tai tam the theo thi thoi "
            "thu thuc thuoc tien toi tra trong tu tuc vao van ve vi viec voi vua xin xem");
        const QStringList split = list.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return QSet<QString>(split.cbegin(), split.cend());
    }();
    return words;
}

bool isNumber(const QString& word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}

struct Phrase {
    QString feature;
    qsizetype start = 0;
    qsizetype end = 0;
};

// The features of `text` in order, with where each lies in `text`. Two-word phrases do not span punctuation.
QList<Phrase> phrasesOf(const QString& text)
{
    const QList<FoldedWord> words = TextFolding::wordsWithPositions(text);
    QList<Phrase> phrases;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const FoldedWord& word = words.at(i);
        const bool stop = stopWords().contains(word.folded);
        if (!stop && !isNumber(word.folded))
            phrases.append({word.folded, word.start, word.start + word.length});
        if (i + 1 >= words.size())
            continue;
        const FoldedWord& next = words.at(i + 1);
        const qsizetype end = word.start + word.length;
        if (!text.mid(end, next.start - end).trimmed().isEmpty())
            continue;
        if ((stop && stopWords().contains(next.folded)) || isNumber(word.folded) || isNumber(next.folded))
            continue;
        phrases.append({word.folded + QLatin1Char(' ') + next.folded, word.start, next.start + next.length});
    }
    return phrases;
}

QHash<QString, double> logTf(const QHash<QString, double>& counts)
{
    QHash<QString, double> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0)
            out.insert(it.key(), 1 + std::log(it.value()));
    return out;
}

double norm(const QHash<QString, double>& vector)
{
    double sum = 0;
    for (double value : vector)
        sum += value * value;
    return std::sqrt(sum);
}

void normalise(QHash<QString, double>& vector)
{
    const double length = norm(vector);
    if (length > 0)
        for (double& value : vector)
            value /= length;
}

// A syllable alone says little in Vietnamese ("gian", "lẻ"): the two-word phrase of the text around `word` whose
// syllables keep company most in the questions learnt from (Dice: 2·df(ab) / (df(a) + df(b)), so "hỗ trợ" before
// "được hỗ"), then the first in the text; the word itself when the text never joins it to another.
QString phraseAround(const QString& word, const QList<Phrase>& phrases, const QHash<QString, int>& documentFrequency)
{
    QString best = word;
    double bestBond = -1;
    for (const Phrase& phrase : phrases) {
        const qsizetype space = phrase.feature.indexOf(QLatin1Char(' '));
        if (space < 0)
            continue;
        const QString left = phrase.feature.left(space);
        const QString right = phrase.feature.mid(space + 1);
        if (left != word && right != word)
            continue;
        const double together = documentFrequency.value(phrase.feature);
        const double apart = documentFrequency.value(left) + documentFrequency.value(right);
        const double bond = apart > 0 ? 2 * together / apart : 0;
        if (bond > bestBond) {
            bestBond = bond;
            best = phrase.feature;
        }
    }
    return best;
}

QString foldedName(const QString& name)
{
    return TextFolding::words(name).join(QLatin1Char(' '));
}

} // namespace

QHash<QString, double> RoutingSuggester::features(const QString& text)
{
    QHash<QString, double> counts;
    for (const Phrase& phrase : phrasesOf(text))
        counts[phrase.feature] += 1;
    return counts;
}

void RoutingSuggester::addDepartment(const QString& code, const QString& name, const QStringList& keywords)
{
    QMutexLocker lock(&m_mutex);
    Department& department = m_departments[code];
    department.name = foldedName(name);
    department.keywords.clear();
    for (const QString& keyword : keywords) {
        const auto counts = features(keyword);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            department.keywords[it.key()] += it.value();
    }
    m_restricted = true;
    m_dirty = true;
}

void RoutingSuggester::addExample(const QString& departmentCode, const QString& text)
{
    QHash<QString, double> vector = logTf(features(text));
    if (vector.isEmpty())
        return;
    normalise(vector);
    QMutexLocker lock(&m_mutex);
    Department& department = m_departments[departmentCode];
    for (auto it = vector.cbegin(); it != vector.cend(); ++it) {
        department.examples[it.key()] += it.value();
        m_documentFrequency[it.key()] += 1;
    }
    ++m_documents;
    m_dirty = true;
}

double RoutingSuggester::idf(const QString& feature) const
{
    return std::log((m_documents + 1.0) / (m_documentFrequency.value(feature) + 1.0)) + 1;
}

const QHash<QString, RoutingSuggester::Vector>& RoutingSuggester::centroids() const
{
    // Called with m_mutex held. The examples' mean direction and the keywords' direction, each of unit length.
    if (!m_dirty)
        return m_centroids;
    m_centroids.clear();
    for (auto it = m_departments.cbegin(); it != m_departments.cend(); ++it) {
        Vector centroid;
        for (auto e = it->examples.cbegin(); e != it->examples.cend(); ++e)
            centroid.insert(e.key(), e.value() * idf(e.key()));
        normalise(centroid);
        Vector keywords = logTf(it->keywords);
        for (auto k = keywords.begin(); k != keywords.end(); ++k)
            k.value() *= idf(k.key());
        normalise(keywords);
        for (auto k = keywords.cbegin(); k != keywords.cend(); ++k)
            centroid[k.key()] += keywordWeight * k.value();
        m_centroids.insert(it.key(), centroid);
    }
    m_dirty = false;
    return m_centroids;
}

QList<RoutingSuggestion> RoutingSuggester::suggest(const QString& text, int limit) const
{
    const QList<Phrase> phrases = phrasesOf(text);
    QHash<QString, double> counts;
    for (const Phrase& phrase : phrases)
        counts[phrase.feature] += 1;
    const QString foldedText = QLatin1Char(' ') + TextFolding::words(text).join(QLatin1Char(' ')) + QLatin1Char(' ');

    QMutexLocker lock(&m_mutex);
    Vector query = logTf(counts);
    for (auto it = query.begin(); it != query.end(); ++it)
        it.value() *= idf(it.key());
    normalise(query);

    QList<RoutingSuggestion> suggestions;
    const auto& all = centroids();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const Department& department = *m_departments.constFind(it.key());
        if (m_restricted && department.name.isEmpty())
            continue; // examples of a department no longer offered (retired)
        QList<std::pair<double, QString>> contributions;
        double score = 0;
        for (auto q = query.cbegin(); q != query.cend(); ++q) {
            const double part = q.value() * it->value(q.key());
            if (part > 0) {
                score += part;
                contributions.append({part, q.key()});
            }
        }
        QStringList reasons;
        if (!department.name.isEmpty() && foldedText.contains(QLatin1Char(' ') + department.name + QLatin1Char(' '))) {
            score += namedBonus;
            reasons.append(department.name);
        }
        if (score <= 0)
            continue;
        // A phrase explains its words too: rank it by its own weight and theirs, so "lễ hội" comes before "lễ".
        QHash<QString, double> own;
        for (const auto& [part, feature] : std::as_const(contributions))
            own.insert(feature, part);
        for (auto& [part, feature] : contributions) {
            if (const qsizetype space = feature.indexOf(QLatin1Char(' ')); space > 0)
                part += own.value(feature.left(space)) + own.value(feature.mid(space + 1));
        }
        std::sort(contributions.begin(), contributions.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (const auto& [part, weighed] : std::as_const(contributions)) {
            if (reasons.size() >= reasonsShown)
                break;
            const QString feature =
                weighed.contains(QLatin1Char(' ')) ? weighed : phraseAround(weighed, phrases, m_documentFrequency);
            // A word already said by a phrase (or a phrase around a word already given) adds nothing.
            const bool covered = std::any_of(reasons.cbegin(), reasons.cend(), [&](const QString& r) {
                return (QLatin1Char(' ') + r + QLatin1Char(' ')).contains(QLatin1Char(' ') + feature + QLatin1Char(' '))
                    || (QLatin1Char(' ') + feature + QLatin1Char(' ')).contains(QLatin1Char(' ') + r + QLatin1Char(' '));
            });
            if (!covered)
                reasons.append(feature);
        }
        suggestions.append({it.key(), score, reasons});
    }
    std::sort(suggestions.begin(), suggestions.end(), [](const auto& a, const auto& b) {
        return a.score != b.score ? a.score > b.score : a.departmentCode < b.departmentCode;
    });
    if (suggestions.size() > limit)
        suggestions.resize(limit);
    // Reasons as the asker wrote them ("du lịch", not the folded "du lich").
    for (RoutingSuggestion& suggestion : suggestions) {
        for (QString& reason : suggestion.reasons) {
            const QString folded = reason;
            for (const Phrase& phrase : phrases) {
                if (phrase.feature == folded) {
                    reason = text.mid(phrase.start, phrase.end - phrase.start).toLower();
                    break;
                }
            }
            if (reason == folded && folded.contains(QLatin1Char(' '))) {
                // A department name found in the text: take the words as written there.
                const QList<FoldedWord> words = TextFolding::wordsWithPositions(text);
                const QStringList parts = folded.split(QLatin1Char(' '));
                for (qsizetype i = 0; i + parts.size() <= words.size(); ++i) {
                    bool match = true;
                    for (qsizetype j = 0; j < parts.size() && match; ++j)
                        match = words.at(i + j).folded == parts.at(j);
                    if (match) {
                        const FoldedWord& last = words.at(i + parts.size() - 1);
                        reason = text.mid(words.at(i).start, last.start + last.length - words.at(i).start);
                        break;
                    }
                }
            }
        }
    }
    return suggestions;
}

} // namespace danhoi
