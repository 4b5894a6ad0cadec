#pragma once

#include <QByteArray>
#include <QList>

#include <deque>
#include <optional>

namespace danhoi {

// The items of a file's top-level JSON array, read a line at a time. Holds the item being read and those its lines
// completed, never the file: what lies outside the items is kept as a skeleton (the array emptied, one line break kept
// for each of its lines) that QJsonDocument checks at the end, so that its problems are located on the file's lines.
// Each item's text is checked by whoever takes it. Strings are followed (with their escapes) so that brackets and
// commas inside them count for nothing.
class JsonArrayItems
{
public:
    struct Item {
        int line; // where the item's text starts
        QByteArray text;
    };

    // One line of the file (UTF-8), without its line break; `ended`: it had one.
    void add(const QByteArray& line, bool ended);
    // After the last line: an item the file left unfinished is taken too (its check tells what is wrong).
    void finish();
    std::optional<Item> take();
    // After the last line: the file without the array's items.
    const QByteArray& skeleton() const { return m_skeleton; }

private:
    void read(char c);
    void endItem();

    QByteArray m_skeleton;
    QByteArray m_item;
    int m_itemLine = 0;
    int m_line = 1;
    std::deque<Item> m_items; // read, not yet taken
    int m_depth = 0;       // in the array: 1 between its items
    bool m_started = false; // the array's '[' was read
    bool m_inArray = false;
    bool m_inString = false;
    bool m_escaped = false;
    bool m_commaSeen = false; // in the array: a comma after the last item
};

} // namespace danhoi
