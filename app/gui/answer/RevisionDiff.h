#pragma once

#include <QCoreApplication>
#include <QString>

namespace danhoi {

// The difference between two answer texts, word by word, as HTML: removed words struck through, added words
// underlined (readable without colour). Every piece of text is HTML-escaped.
class RevisionDiff
{
    Q_DECLARE_TR_FUNCTIONS(RevisionDiff)
public:
    struct Piece {
        enum Kind { Same, Removed, Added } kind;
        QString text;
    };
    static QList<Piece> compare(const QString& before, const QString& after);
    static QString toHtml(const QList<Piece>& pieces);
};

} // namespace danhoi
