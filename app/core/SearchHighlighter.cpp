#include "SearchHighlighter.h"

namespace danhoi {

namespace {

bool wordMatches(QStringView folded, const QString& wanted, bool prefix)
{
    return prefix ? folded.startsWith(wanted) : folded == wanted;
}

QString typedForm(const QString& text, const FoldedText::Word& word)
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

SearchHighlighter::Field SearchHighlighter::analyse(const QString& text) const
{
    Field field;
    field.text = text;
    field.words = TextFolding::foldedText(text);
    const FoldedText& folded = field.words;
    const QList<FoldedText::Word>& words = folded.words;
    field.marked = QList<bool>(words.size(), false);
    field.exactTerms = QList<bool>(m_positive.size(), false);
    for (qsizetype t = 0; t < m_positive.size(); ++t) {
        const SearchQuery::Term& term = m_positive.at(t);
        const qsizetype n = term.words.size();
        for (qsizetype i = 0; i + n <= words.size(); ++i) {
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k)
                match = wordMatches(folded.word(i + k), term.words.at(k), term.prefix && k == n - 1);
            if (!match)
                continue;
            for (qsizetype k = 0; k < n; ++k)
                field.marked[i + k] = true;
            if (!field.exactTerms.at(t) && hasAccents(term)) {
                bool exact = true;
                for (qsizetype k = 0; k < n && exact; ++k)
                    exact = wordMatches(typedForm(text, words.at(i + k)), term.typed.at(k), term.prefix && k == n - 1);
                field.exactTerms[t] = exact;
            }
        }
    }
    field.matches = int(std::count(field.marked.begin(), field.marked.end(), true));
    if (m_positive.size() >= 2 && field.matches > 0) {
        QStringList whole;
        for (const SearchQuery::Term& term : m_positive)
            whole += term.words;
        const qsizetype n = whole.size();
        for (qsizetype i = 0; i + n <= words.size() && !field.wholePhrase; ++i) {
            bool match = true;
            for (qsizetype k = 0; k < n && match; ++k)
                match = wordMatches(folded.word(i + k), whole.at(k), m_positive.last().prefix && k == n - 1);
            field.wholePhrase = match;
        }
    }
    return field;
}

int SearchHighlighter::matchCount(const QString& text) const
{
    return analyse(text).matches;
}

bool SearchHighlighter::mayEarnBonus() const
{
    return m_positive.size() >= 2 || std::any_of(m_positive.begin(), m_positive.end(), hasAccents);
}

int SearchHighlighter::rankBonus(const QList<Field>& fields) const
{
    bool phrase = false;
    QList<bool> exact(m_positive.size(), false);
    for (const Field& field : fields) {
        phrase = phrase || field.wholePhrase;
        for (qsizetype t = 0; t < exact.size() && t < field.exactTerms.size(); ++t)
            exact[t] = exact.at(t) || field.exactTerms.at(t);
    }
    return (phrase ? 1 : 0) + int(std::count(exact.begin(), exact.end(), true));
}

int SearchHighlighter::rankBonus(const QStringList& texts) const
{
    QList<Field> fields;
    for (const QString& text : texts)
        fields.append(analyse(text));
    return rankBonus(fields);
}

QString SearchHighlighter::snippet(const QString& text, int maxWords) const
{
    return snippet(analyse(text), maxWords);
}

QString SearchHighlighter::snippet(const Field& field, int maxWords) const
{
    const QString& text = field.text;
    const QList<FoldedText::Word>& words = field.words.words;
    const QList<bool>& marked = field.marked;
    if (field.matches == 0)
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
        const FoldedText::Word& w = words.at(i);
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
    const QList<FoldedText::Word> words = TextFolding::foldedText(text).words;
    if (words.size() <= maxWords)
        return escapeHtml(text.simplified());
    const FoldedText::Word& last = words.at(maxWords - 1);
    return escapeHtml(text.left(last.start + last.length).simplified()) + QStringLiteral(" …");
}

} // namespace danhoi
