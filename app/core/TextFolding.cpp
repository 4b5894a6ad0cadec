#include "TextFolding.h"

#include <QVarLengthArray>

namespace danhoi {

namespace {

// Combining Diacritical Marks (U+0300–U+036F): every Vietnamese tone and vowel mark after NFD.
bool isCombiningDiacritic(char16_t c)
{
    return c >= 0x0300 && c <= 0x036F;
}

// Letters that no decomposition turns into "d": đ/Đ, and Ð (U+00D0, Icelandic eth) that some keyboards type for Đ.
char16_t plainLetter(char16_t c)
{
    switch (c) {
    case 0x0110: // Đ
    case 0x0111: // đ
    case 0x00D0: // Ð
    case 0x0189: // Ɖ (African D, also seen for Đ)
    case 0x0256: // ɖ
        return u'd';
    default:
        return c;
    }
}

QString foldSlowly(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (isCombiningDiacritic(c.unicode()))
            continue;
        out.append(QChar(plainLetter(c.unicode())));
    }
    return out.toCaseFolded().normalized(QString::NormalizationForm_C);
}

// The folding of every code point below U+2000 that folds to exactly one code point (Latin with its Vietnamese
// letters, Greek, Cyrillic…), computed once with the slow path; 0 where a code point needs the slow path. And
// whether each belongs to a word (TextFolding::isWordCharacter).
struct FoldingTable {
    static constexpr char16_t size = 0x2000;
    char16_t folded[size];
    bool word[size];

    FoldingTable()
    {
        for (char16_t c = 0; c < size; ++c) {
            const QChar ch(c);
            const QString one = ch.isSurrogate() || isCombiningDiacritic(c) ? QString() : foldSlowly(QStringView(&ch, 1));
            folded[c] = one.size() == 1 ? one.at(0).unicode() : 0;
            word[c] = TextFolding::isWordCharacter(ch);
        }
    }
};

const FoldingTable& foldingTable()
{
    static const FoldingTable table;
    return table;
}

// Calls `word(start, end)` for each word of `text`: a run of letters, digits and combining marks (a surrogate pair
// counts as one character), as SQLite's unicode61 tokenizer splits.
template <typename Word>
void forEachWord(const QString& text, Word word)
{
    const FoldingTable& table = foldingTable();
    const qsizetype n = text.size();
    auto isWordAt = [&](qsizetype at, qsizetype* width) {
        const QChar c = text.at(at);
        *width = 1;
        if (c.unicode() < FoldingTable::size)
            return table.word[c.unicode()];
        if (c.isHighSurrogate() && at + 1 < n && text.at(at + 1).isLowSurrogate()) {
            *width = 2;
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(at + 1));
            return QChar::isLetterOrNumber(ucs4) || QChar::isMark(ucs4)
                || QChar::category(ucs4) == QChar::Other_PrivateUse;
        }
        return !c.isSurrogate() && TextFolding::isWordCharacter(c);
    };
    qsizetype i = 0;
    while (i < n) {
        qsizetype width = 1;
        if (!isWordAt(i, &width)) {
            i += width;
            continue;
        }
        const qsizetype start = i;
        while (i < n && isWordAt(i, &width))
            i += width;
        word(start, i);
    }
}

QString foldWord(QStringView word)
{
    const FoldingTable& table = foldingTable();
    QString out(word.size(), Qt::Uninitialized);
    QChar* to = out.data();
    for (QChar c : word) {
        const char16_t u = c.unicode();
        const char16_t folded = u < FoldingTable::size ? table.folded[u] : 0;
        if (folded == 0)
            return foldSlowly(word); // combining marks (NFD input) or other scripts
        *to++ = QChar(folded);
    }
    return out;
}

} // namespace

QString TextFolding::fold(const QString& text)
{
    return foldWord(text);
}

bool TextFolding::isWordCharacter(QChar c)
{
    if (c.isLetterOrNumber() || c.isMark())
        return true;
    // Surrogate halves: treat a pair as one word character when it encodes a letter or digit (checked by caller).
    return c.category() == QChar::Other_PrivateUse;
}

QList<FoldedWord> TextFolding::wordsWithPositions(const QString& text)
{
    const FoldedText folded = foldedText(text);
    QList<FoldedWord> out;
    out.reserve(folded.words.size());
    for (qsizetype i = 0; i < folded.words.size(); ++i)
        out.append({folded.words.at(i).start, folded.words.at(i).length, folded.word(i).toString()});
    return out;
}

FoldedText TextFolding::foldedText(const QString& text)
{
    const FoldingTable& table = foldingTable();
    FoldedText out;
    // Folded into a plain buffer first (a QString's append checks for sharing at every character), made a QString once.
    QVarLengthArray<char16_t, 1024> folded;
    folded.reserve(text.size());
    out.words.reserve(text.size() / 3 + 1); // Vietnamese syllables: three or four letters and a space
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        const qsizetype at = folded.size();
        for (qsizetype k = start; k < end; ++k) {
            const char16_t c = text.at(k).unicode();
            const char16_t one = c < FoldingTable::size ? table.folded[c] : 0;
            if (one == 0) { // combining marks (NFD input) or other scripts: the whole word the slow way, as foldWord
                folded.resize(at);
                const QString slow = foldSlowly(QStringView(text).mid(start, end - start));
                folded.append(reinterpret_cast<const char16_t*>(slow.utf16()), slow.size());
                break;
            }
            folded.append(one);
        }
        if (folded.size() > at)
            out.words.append({start, end - start, at, folded.size() - at});
    });
    out.folded = QString(reinterpret_cast<const QChar*>(folded.constData()), folded.size());
    return out;
}

QStringList TextFolding::words(const QString& text)
{
    QStringList out;
    for (const FoldedWord& word : wordsWithPositions(text))
        out.append(word.folded);
    return out;
}

QString TextFolding::joinedWords(const QString& text)
{
    // Where every letter folds to one code point (nearly all text), folded in place: as long as the text at most.
    const FoldingTable& table = foldingTable();
    QString out(text.size(), Qt::Uninitialized);
    char16_t* const begin = reinterpret_cast<char16_t*>(out.data());
    char16_t* to = begin;
    bool slow = false;
    forEachWord(text, [&](qsizetype start, qsizetype end) {
        if (slow)
            return;
        if (to != begin)
            *to++ = u' ';
        for (qsizetype k = start; k < end; ++k) {
            const char16_t c = text.at(k).unicode();
            const char16_t folded = c < FoldingTable::size ? table.folded[c] : 0;
            if (folded == 0) {
                slow = true;
                return;
            }
            *to++ = folded;
        }
    });
    if (slow)
        return words(text).join(QLatin1Char(' '));
    out.truncate(to - begin);
    return out;
}

} // namespace danhoi
