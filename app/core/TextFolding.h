#pragma once

#include <QString>
#include <QStringList>

namespace danhoi {

// A word of a text with where it lies in the original (for highlighting) and its folded form (for matching).
struct FoldedWord {
    qsizetype start = 0;
    qsizetype length = 0;
    QString folded;
};

// The words of a text folded into one string: where each word lies in the text, and where its folded form lies in
// `folded` (one allocation for the whole text instead of one per word).
struct FoldedText {
    struct Word {
        qsizetype start = 0;  // in the text
        qsizetype length = 0;
        qsizetype at = 0;     // in `folded`
        qsizetype size = 0;
    };
    QString folded;
    QList<Word> words;
    QStringView word(qsizetype i) const { return QStringView(folded).mid(words.at(i).at, words.at(i).size); }
};

// The one folding of DESIGN.md "Text and search": what search, similar questions and the department suggester
// compare. NFC, case folding, Vietnamese diacritics removed and đ/Đ → d, so "NGHỆ AN", "Nghệ An" and "nghe an"
// fold alike, and "đường" folds to "duong".
class TextFolding
{
public:
    static QString fold(const QString& text);
    // The folded words of `text`, split where SQLite's unicode61 tokenizer splits: a word is a run of letters,
    // digits and combining marks; everything else separates.
    static QStringList words(const QString& text);
    // The same words joined by single spaces (words(text).join(' ')), in one pass: what the search index stores.
    static QString joinedWords(const QString& text);
    // The words of `text` with their positions in `text` itself (NFC expected; any form works).
    static QList<FoldedWord> wordsWithPositions(const QString& text);
    // The same words in one folded string (FoldedText).
    static FoldedText foldedText(const QString& text);
    // Whether `c` belongs to a word (letter, digit, combining mark, private use), like unicode61.
    static bool isWordCharacter(QChar c);
};

} // namespace danhoi
