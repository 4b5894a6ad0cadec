#include "SearchQuery.h"

#include "TextFolding.h"

namespace danhoi {

namespace {

// A term from one chunk of input: its words folded and as typed, cut to the limits.
std::optional<SearchQuery::Term> termOf(const QString& chunk)
{
    const QString nfc = chunk.normalized(QString::NormalizationForm_C);
    SearchQuery::Term term;
    for (const FoldedWord& word : TextFolding::wordsWithPositions(nfc)) {
        if (word.folded.size() > SearchQuery::maxWordLength)
            continue;
        term.words.append(word.folded);
        term.typed.append(nfc.mid(word.start, word.length).toLower());
    }
    if (term.words.isEmpty())
        return std::nullopt;
    return term;
}

QString quoted(const QString& text)
{
    QString inner = text;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Characters that mean something to FTS5 (or to no one) inside a word: the word is read as separate plain words.
bool hasSyntax(const QString& chunk)
{
    static const QString syntax = QStringLiteral("^:(){}[]+<>=|\\~`@#$%");
    for (QChar c : chunk)
        if (syntax.contains(c))
            return true;
    return false;
}

bool isOperatorKeyword(const QString& chunk)
{
    static const QStringList keywords = {QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
                                         QStringLiteral("NEAR")};
    return keywords.contains(chunk);
}

// Plain words: every word of the input, each its own term, no operators.
QList<SearchQuery::Term> plainWords(const QString& input)
{
    QList<SearchQuery::Term> out;
    auto all = termOf(input);
    if (!all)
        return out;
    for (qsizetype i = 0; i < all->words.size() && out.size() < SearchQuery::maxTerms; ++i)
        out.append({{all->words.at(i)}, {all->typed.at(i)}, false, false});
    return out;
}

} // namespace

QList<SearchQuery::Term> SearchQuery::positiveTerms() const
{
    QList<Term> out;
    for (const Term& term : m_terms)
        if (!term.excluded)
            out.append(term);
    return out;
}

SearchQuery SearchQuery::parse(const QString& rawInput)
{
    SearchQuery query;
    const QString input = rawInput.left(maxInputLength);
    if (input.count(QLatin1Char('"')) % 2 != 0) {
        query.m_terms = plainWords(input);
        query.m_degraded = true;
        return query;
    }
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n && query.m_terms.size() < maxTerms) {
        if (isSpace(input.at(i))) {
            ++i;
            continue;
        }
        bool excluded = false;
        while (i < n && input.at(i) == QLatin1Char('-')) {
            excluded = true;
            ++i;
        }
        QString chunk;
        bool phrase = false;
        if (i < n && input.at(i) == QLatin1Char('"')) {
            const qsizetype close = input.indexOf(QLatin1Char('"'), i + 1);
            chunk = input.mid(i + 1, close - i - 1);
            i = close + 1;
            phrase = true;
        } else {
            const qsizetype start = i;
            while (i < n && !isSpace(input.at(i)) && input.at(i) != QLatin1Char('"'))
                ++i;
            chunk = input.mid(start, i - start);
        }
        if (!phrase && !excluded && isOperatorKeyword(chunk)) {
            query.m_degraded = true; // "du lịch OR lễ hội": the operator is not a word anyone searches for
            continue;
        }
        bool prefix = false;
        if (phrase) {
            prefix = i < n && input.at(i) == QLatin1Char('*');
            while (i < n && input.at(i) == QLatin1Char('*'))
                ++i;
        } else {
            prefix = chunk.endsWith(QLatin1Char('*'));
        }
        if (!phrase && hasSyntax(chunk)) {
            query.m_degraded = true;
            for (const Term& word : plainWords(chunk))
                if (query.m_terms.size() < maxTerms)
                    query.m_terms.append({word.words, word.typed, false, excluded});
            continue;
        }
        auto term = termOf(chunk);
        if (!term) {
            if (excluded || prefix || !chunk.trimmed().isEmpty())
                query.m_degraded = true; // a lone operator or punctuation: nothing to search for
            continue;
        }
        if (!phrase && chunk.left(chunk.size() - (prefix ? 1 : 0)).contains(QLatin1Char('*')))
            query.m_degraded = true; // "a*b": the star inside a word is not an operator
        // A one-letter prefix would match most of the index; read it as a word.
        if (prefix && term->words.last().size() < 2) {
            prefix = false;
            query.m_degraded = true;
        }
        term->prefix = prefix;
        term->excluded = excluded;
        query.m_terms.append(*term);
    }
    if (query.positiveTerms().isEmpty() && !query.m_terms.isEmpty()) {
        // Only exclusions ("-phí"): nothing to exclude them from; search the words themselves.
        for (Term& term : query.m_terms)
            term.excluded = false;
        query.m_degraded = true;
    }
    return query;
}

QString SearchQuery::termExpression(const Term& term)
{
    return quoted(term.words.join(QLatin1Char(' '))) + (term.prefix ? QStringLiteral("*") : QString());
}

QString SearchQuery::ftsExpression() const
{
    QStringList positive;
    QStringList negative;
    for (const Term& term : m_terms)
        (term.excluded ? negative : positive).append(termExpression(term));
    if (positive.isEmpty())
        return {};
    QString expression = positive.join(QStringLiteral(" AND "));
    if (!negative.isEmpty())
        expression = QStringLiteral("(%1) NOT (%2)").arg(expression, negative.join(QStringLiteral(" OR ")));
    return expression;
}

} // namespace danhoi
