#pragma once

#include <QString>
#include <QStringList>

namespace danhoi {

// What a clerk types into a search box, parsed without training or errors: words (all must match),
// "quoted phrase", -excluded, and prefix du lị*. Anything malformed (unbalanced quotes, lone operators,
// FTS5 syntax such as ^ : ( ) NEAR AND OR) degrades to a plain word search; parsing never fails.
class SearchQuery
{
public:
    struct Term {
        QStringList words;     // folded (TextFolding::words); several words make a phrase
        QStringList typed;     // the same words as typed (NFC, lower case, accents kept), for exact-accent ranking
        bool prefix = false;   // the last word is a prefix
        bool excluded = false;
    };

    static constexpr int maxTerms = 16;
    static constexpr int maxInputLength = 1000;
    static constexpr int maxWordLength = 64;

    static SearchQuery parse(const QString& input);

    const QList<Term>& terms() const { return m_terms; }
    QList<Term> positiveTerms() const;
    bool isEmpty() const { return positiveTerms().isEmpty(); }
    // True when the input was malformed and has been read as plain words.
    bool degraded() const { return m_degraded; }
    // The FTS5 MATCH expression over folded text: every token quoted, so no input can inject FTS5 syntax.
    // Empty when nothing can be searched.
    QString ftsExpression() const;
    // One term alone as an FTS5 expression ("folded words", with * for a prefix).
    static QString termExpression(const Term& term);

private:
    QList<Term> m_terms;
    bool m_degraded = false;
};

} // namespace danhoi
