#include "CsvRows.h"

namespace danhoi {

namespace {

// The delimiter the header row (the text up to its first line break outside quotes) uses most, outside quotes.
QChar delimiterOf(const QString& text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            c == QLatin1Char(',') ? ++commas : c == QLatin1Char(';') ? ++semicolons : c == QLatin1Char('\t') ? ++tabs : 0;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace

void CsvRows::add(const QString& line, bool ended)
{
    const QString text = ended ? line + QLatin1Char('\n') : line;
    if (m_delimiter) {
        read(text);
        return;
    }
    m_held += text;
    if (line.count(QLatin1Char('"')) % 2)
        m_heldQuoted = !m_heldQuoted;
    if (ended && !m_heldQuoted) { // the header row has ended (at this line break or before it)
        m_delimiter = delimiterOf(m_held);
        read(std::exchange(m_held, QString()));
    }
}

void CsvRows::finish()
{
    if (!m_delimiter) {
        m_delimiter = delimiterOf(m_held);
        read(std::exchange(m_held, QString()));
    }
    if (m_quoted)
        m_flaws.append({m_rowLine, Flaw::Kind::QuoteNeverEnds});
    else
        endRow();
}

std::optional<CsvRows::Row> CsvRows::take()
{
    if (m_rows.empty())
        return std::nullopt;
    Row row = std::move(m_rows.front());
    m_rows.pop_front();
    return row;
}

QList<CsvRows::Flaw> CsvRows::takeFlaws()
{
    return std::exchange(m_flaws, {});
}

void CsvRows::endRow()
{
    m_values.append(m_value);
    if (m_rowHasContent || m_values.size() > 1 || !m_value.isEmpty())
        m_rows.push_back({m_rowLine, m_values});
    m_values.clear();
    m_value.clear();
    m_rowHasContent = false;
    m_afterQuote = false;
}

void CsvRows::read(const QString& text)
{
    const QChar delimiter = *m_delimiter;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (m_quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    m_value.append(c);
                    ++i;
                } else {
                    m_quoted = false;
                    m_afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                m_value.append(c);
            }
            continue;
        }
        if (c == delimiter) {
            m_values.append(m_value);
            m_value.clear();
            m_afterQuote = false;
            m_rowHasContent = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRow();
            ++m_line;
            m_rowLine = m_line;
        } else if (c == QLatin1Char('"') && m_value.isEmpty() && !m_afterQuote) {
            m_quoted = true;
            m_rowHasContent = true;
        } else if (m_afterQuote) {
            if (m_badRowLine != m_rowLine)
                m_flaws.append({m_rowLine, Flaw::Kind::TextAfterQuote});
            m_badRowLine = m_rowLine;
            m_value.append(c);
        } else {
            m_value.append(c);
            m_rowHasContent = true;
        }
    }
}

} // namespace danhoi
