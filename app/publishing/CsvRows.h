#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

namespace danhoi {

// The rows of a CSV file, read a line at a time (RFC 4180 quoting: a quoted value may hold the delimiter, line breaks
// and doubled quotes). Holds the row being read and the rows its lines completed, never the file. The delimiter is
// the one the header row uses most outside quotes (comma, semicolon or tab): the first lines are held until the
// header row ends.
class CsvRows
{
public:
    struct Row {
        int line; // where the row starts
        QStringList values;
    };
    struct Flaw {
        int line;
        enum class Kind { TextAfterQuote, QuoteNeverEnds } kind;
    };

    // One line of the file, without its line break; `ended`: it had one.
    void add(const QString& line, bool ended);
    // After the last line.
    void finish();
    // The next row completed so far.
    std::optional<Row> take();
    // What was wrong with the rows completed so far (each row once), in file order.
    QList<Flaw> takeFlaws();

private:
    void read(const QString& text);
    void endRow();

    std::optional<QChar> m_delimiter;
    QString m_held; // the lines before the header row ended
    bool m_heldQuoted = false;
    std::deque<Row> m_rows; // read, not yet taken
    QList<Flaw> m_flaws;
    QStringList m_values;
    QString m_value;
    bool m_quoted = false;
    bool m_afterQuote = false;
    bool m_rowHasContent = false;
    int m_line = 1;
    int m_rowLine = 1;
    int m_badRowLine = 0;
};

} // namespace danhoi
