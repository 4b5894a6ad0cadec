#pragma once

#include "SearchQuery.h"
#include "TextFolding.h"

namespace danhoi {

// Where a parsed query matches an original (accented) text: snippets with <mark> around the matched words, and
// the ranking bonus for matches typed with the very same accents or as an unbroken phrase.
class SearchHighlighter
{
public:
    explicit SearchHighlighter(SearchQuery query);

    // One text read once: its words, which are matched, which query terms appear with their very accents.
    struct Field {
        QString text;
        FoldedText words;
        QList<bool> marked;
        QList<bool> exactTerms; // per positive term
        bool wholePhrase = false; // every positive word, in order, unbroken
        int matches = 0;
    };
    Field analyse(const QString& text) const;
    QString snippet(const Field& field, int maxWords = 30) const;
    int rankBonus(const QList<Field>& fields) const;
    // False when rankBonus is 0 whatever the text: no term typed with accents, and a single term.
    bool mayEarnBonus() const;

    // A window of about `maxWords` words of `text` around the most matches, HTML-escaped, each matched word wrapped
    // in <mark>…</mark>, "…" where text was cut. Empty when nothing in `text` matches.
    QString snippet(const QString& text, int maxWords = 30) const;
    // The opening words of `text`, escaped and without marks (when no field matched).
    static QString opening(const QString& text, int maxWords = 30);
    // How many matched words lie in `text`.
    int matchCount(const QString& text) const;
    // One point per query term that was typed with accents and appears in `texts` with those very accents, and one
    // point when a query of several words appears in `texts` as one unbroken phrase. Terms typed without accents
    // express no preference and earn nothing.
    int rankBonus(const QStringList& texts) const;

    static QString escapeHtml(const QString& text);

private:

    SearchQuery m_query;
    QList<SearchQuery::Term> m_positive;
};

} // namespace danhoi
