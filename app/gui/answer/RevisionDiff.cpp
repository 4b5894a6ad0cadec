#include "RevisionDiff.h"

#include <QRegularExpression>

#include <vector>

namespace danhoi {

namespace {
QStringList tokens(const QString& text, bool byLine)
{
    QStringList out;
    static const QRegularExpression words(QStringLiteral("\\s+|[^\\s]+"));
    static const QRegularExpression lines(QStringLiteral("[^\\n]*\\n|[^\\n]+"));
    auto it = (byLine ? lines : words).globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured());
    return out;
}

void append(QList<RevisionDiff::Piece>& out, RevisionDiff::Piece::Kind kind, const QString& text)
{
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text});
}
} // namespace

QList<RevisionDiff::Piece> RevisionDiff::compare(const QString& before, const QString& after)
{
    // Word by word for answers of ordinary length; line by line when that would take too much memory.
    QStringList a = tokens(before, false);
    QStringList b = tokens(after, false);
    if (qint64(a.size()) * qint64(b.size()) > 4'000'000) {
        a = tokens(before, true);
        b = tokens(after, true);
    }
    const int n = int(a.size());
    const int m = int(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a.at(i) == b.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<Piece> out;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            append(out, Piece::Same, a.at(i));
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            append(out, Piece::Removed, a.at(i++));
        } else {
            append(out, Piece::Added, b.at(j++));
        }
    }
    while (i < n)
        append(out, Piece::Removed, a.at(i++));
    while (j < m)
        append(out, Piece::Added, b.at(j++));
    return out;
}

QString RevisionDiff::toHtml(const QList<Piece>& pieces)
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap;\">");
    for (const Piece& piece : pieces) {
        QString text = piece.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
        switch (piece.kind) {
        case Piece::Same: html += text; break;
        case Piece::Removed:
            html += QStringLiteral("<s style=\"background-color:#fbd0d0; color:#7a0000;\" title=\"%1\">%2</s>")
                        .arg(tr("removed"), text);
            break;
        case Piece::Added:
            html += QStringLiteral("<u style=\"background-color:#cdeccd; color:#004d00;\"><b>%1</b></u>").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</div>");
}

} // namespace danhoi
