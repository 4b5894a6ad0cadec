#include "SearchHighlighter.h"

namespace danhoi {

namespace {

bool wordMatches(const QString& folded, const QString& wanted, bool prefix)
{
    return prefix ? folded.startsWith(wanted) : folded == wanted;
}

QString typedForm(const QString& text, const FoldedWord& word)
{
    return text.mid(word.start, word.length).normalized(QString::NormalizationForm_C).toLower();
}

bool hasAccents(const SearchQuery::Term& term)
{
    return term.typed != term.words;
}

// Runs of white space (line breaks included) become one space; other characters stay.
QString collapsedSpaces(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    if (space)
        out += QLatin1Char(' ');
    return out;
}

} // namespace

SearchHighlighter::SearchHighlighter(SearchQuery query) : m_query(std::move(query)), m_positive(m_query.positiveTerms())
{
}

QString SearchHighlighter::escapeHtml(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QList<bool> SearchHighlighter::marks(const QString& text, const QList<FoldedWord>& words, QList<bool>* exactTerms) const
{
    QList<bool> marked(words.size(), false);
    if (exactTerms)
        *exactTerms = QList<bool>(m_positive.size(), false);
    for (qsizetype t = 0; t < m_positive.size(); ++t) {
        const SearchQuery::Term& term = m_positive.at(t);
        const qsizetype n = term.words.size();
        for (qsizetype i = 0; i + n <= words.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k)
                match = wordMatches(words.at(i + k).folded, term.words.at(k), term.prefix && k == n - 1);
            if (!match)
                continue;
            for (qsizetype k = 0; k < n; ++k)
                marked[i + k] = true;
            if (exactTerms && !exactTerms->at(t)) {
                bool exact = true;
                for (qsizetype k = 0; k < n && exact; ++k)
                    exact = wordMatches(typedForm(text, words.at(i + k)), term.typed.at(k), term.prefix && k == n - 1);
                (*exactTerms)[t] = exact;
            }
        }
    }
    return marked;
}

int SearchHighlighter::matchCount(const QString& text) const
{
    const QList<bool> marked = marks(text, TextFolding::wordsWithPositions(text), nullptr);
    return int(std::count(marked.begin(), marked.end(), true));
}

int SearchHighlighter::rankBonus(const QStringList& texts) const
{
    QList<bool> exactAnywhere(m_positive.size(), false);
    bool phrase = false;
    // The whole query as one phrase: every positive word, in order.
    SearchQuery::Term whole;
    for (const SearchQuery::Term& term : m_positive) {
        whole.words += term.words;
        whole.typed += term.typed;
    }
    for (const QString& text : texts) {
        const QList<FoldedWord> words = TextFolding::wordsWithPositions(text);
        QList<bool> exact;
        marks(text, words, &exact);
        for (qsizetype t = 0; t < exact.size(); ++t)
            exactAnywhere[t] = exactAnywhere.at(t) || exact.at(t);
        if (m_positive.size() < 2 || phrase)
            continue;
        const qsizetype n = whole.words.size();
        for (qsizetype i = 0; i + n <= words.size() && !phrase; ++i) {
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k)
                match = wordMatches(words.at(i + k).folded, whole.words.at(k), m_positive.last().prefix && k == n - 1);
            phrase = match;
        }
    }
    int bonus = phrase ? 1 : 0;
    for (qsizetype t = 0; t < m_positive.size(); ++t)
        bonus += exactAnywhere.at(t) && hasAccents(m_positive.at(t)) ? 1 : 0;
    return bonus;
}

QString SearchHighlighter::snippet(const QString& text, int maxWords) const
{
    const QList<FoldedWord> words = TextFolding::wordsWithPositions(text);
    const QList<bool> marked = marks(text, words, nullptr);
    if (std::find(marked.begin(), marked.end(), true) == marked.end())
        return {};
    // The window of maxWords words holding the most marks, opened a few words before its first mark.
    const qsizetype n = words.size();
    const qsizetype width = std::min<qsizetype>(maxWords, n);
    qsizetype best = 0, bestCount = -1, count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        count += marked.at(i) ? 1 : 0;
        if (i >= width)
            count -= marked.at(i - width) ? 1 : 0;
        if (i >= width - 1 && count > bestCount) {
            bestCount = count;
            best = i - width + 1;
        }
    }
    qsizetype first = best;
    while (first < best + width && !marked.at(first))
        ++first;
    const qsizetype lead = std::min<qsizetype>(3, (width - 1) / 3); // context before the first mark, keeping it inside
    const qsizetype start = std::max<qsizetype>(0, std::min(first - lead, n - width));
    const qsizetype end = start + width; // exclusive
    QString out;
    if (start > 0)
        out += QStringLiteral("… ");
    else
        out += escapeHtml(collapsedSpaces(text.left(words.at(0).start)));
    for (qsizetype i = start; i < end; ++i) {
        const FoldedWord& w = words.at(i);
        const QString word = escapeHtml(text.mid(w.start, w.length));
        out += marked.at(i) ? QStringLiteral("<mark>%1</mark>").arg(word) : word;
        const qsizetype gapStart = w.start + w.length;
        const qsizetype gapEnd = i + 1 < n ? words.at(i + 1).start : text.size();
        if (i + 1 < end || end == n)
            out += escapeHtml(collapsedSpaces(text.mid(gapStart, gapEnd - gapStart)));
    }
    if (end < n)
        out += QStringLiteral(" …");
    return out.trimmed();
}

QString SearchHighlighter::opening(const QString& text, int maxWords)
{
    const QList<FoldedWord> words = TextFolding::wordsWithPositions(text);
    if (words.size() <= maxWords)
        return escapeHtml(text.simplified());
    const FoldedWord& last = words.at(maxWords - 1);
    return escapeHtml(text.left(last.start + last.length).simplified()) + QStringLiteral(" …");
}

} // namespace danhoi
