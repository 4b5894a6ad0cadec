#include "SearchDialect.h"

#include <QStringList>

#include <algorithm>

namespace danhoi::search_dialect {

namespace {

QString lexeme(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + word + QLatin1Char('\'');
}

} // namespace

QString tsQuery(const QString& fts)
{
    QString out;
    const qsizetype n = fts.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = fts.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('"')) {
            QString phrase;
            for (++i; i < n; ++i) {
                if (fts.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && fts.at(i + 1) == QLatin1Char('"')) { // "" inside quotes
                        phrase += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    break;
                }
                phrase += fts.at(i);
            }
            if (i >= n)
                return {}; // unterminated
            ++i;
            const bool prefix = i < n && fts.at(i) == QLatin1Char('*');
            if (prefix)
                ++i;
            const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                return {};
            QStringList lexemes;
            for (const QString& word : words)
                lexemes.append(lexeme(word));
            if (prefix)
                lexemes.last() += QStringLiteral(":*");
            out += QLatin1Char('(') + lexemes.join(QStringLiteral(" <-> ")) + QLatin1Char(')');
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out += c;
            ++i;
        } else {
            qsizetype end = i;
            while (end < n && fts.at(end).isLetter())
                ++end;
            const QString word = fts.mid(i, end - i);
            if (word == QLatin1String("AND"))
                out += QStringLiteral(" & ");
            else if (word == QLatin1String("OR"))
                out += QStringLiteral(" | ");
            else if (word == QLatin1String("NOT"))
                out += QStringLiteral(" & !");
            else
                return {};
            i = end;
        }
    }
    return out;
}

QString tsRankWeights(const QList<double>& columnWeights)
{
    QList<double> w = columnWeights;
    w.resize(4, 1.0);
    const double top = std::max({w.at(0), w.at(1), w.at(2), w.at(3), 1e-9});
    auto scaled = [&](int column) { return QString::number(std::clamp(w.at(column) / top, 0.0, 1.0), 'f', 4); };
    // ts_rank reads the weights in the order D, C, B, A: locality, answer, body, title.
    return QStringLiteral("'{%1,%2,%3,%4}'").arg(scaled(3), scaled(2), scaled(1), scaled(0));
}

} // namespace danhoi::search_dialect
