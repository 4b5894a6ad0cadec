#include "JsonArrayItems.h"

namespace danhoi {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

void JsonArrayItems::add(const QByteArray& line, bool ended)
{
    for (char c : line)
        read(c);
    if (ended)
        read('\n');
}

void JsonArrayItems::finish()
{
    if (m_inArray && !m_item.trimmed().isEmpty())
        endItem();
}

std::optional<JsonArrayItems::Item> JsonArrayItems::take()
{
    if (m_items.empty())
        return std::nullopt;
    Item item = std::move(m_items.front());
    m_items.pop_front();
    return item;
}

void JsonArrayItems::endItem()
{
    const QByteArray text = m_item.trimmed();
    if (!text.isEmpty() || m_commaSeen)
        m_items.push_back({text.isEmpty() ? m_line : m_itemLine, text});
    m_item.clear();
    m_commaSeen = false;
}

void JsonArrayItems::read(char c)
{
    const bool inString = m_inString;
    if (m_inString) {
        if (c == '"' && !m_escaped)
            m_inString = false;
        m_escaped = !m_escaped && c == '\\';
    } else if (c == '"') {
        m_inString = true;
        m_escaped = false;
    }
    if (!m_inArray) {
        m_skeleton += c;
        if (!m_started && c == '[')
            m_started = m_inArray = true;
        m_depth = m_inArray ? 1 : 0;
    } else if (!inString && m_depth == 1 && (c == ',' || c == ']')) {
        endItem();
        m_commaSeen = c == ',';
        if (c == ']') {
            m_inArray = false;
            m_skeleton += c;
        }
    } else {
        if (!inString && (c == '{' || c == '['))
            ++m_depth;
        else if (!inString && (c == '}' || c == ']') && m_depth > 1)
            --m_depth;
        if (m_item.isEmpty() && !isSpace(c))
            m_itemLine = m_line;
        if (!m_item.isEmpty() || !isSpace(c))
            m_item += c;
        if (c == '\n')
            m_skeleton += c; // the skeleton's lines stay the file's
    }
    if (c == '\n')
        ++m_line;
}

} // namespace danhoi
