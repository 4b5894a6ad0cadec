#pragma once

#include <QStyledItemDelegate>

namespace danhoi {

// Search snippets arrive as HTML-escaped citizen text with <mark>…</mark> around the matches. They are rebuilt
// here from plain text, so that nothing but our own highlight can ever reach a rich-text renderer.
class SnippetHtml
{
public:
    // Safe rich text: every character escaped again, the marks as highlighted spans.
    static QString toSafeHtml(const QString& markedSnippet);
    // The text the snippet shows, without marks (for tooltips and accessibility).
    static QString toPlainText(const QString& markedSnippet);
};

// Paints an item's SnippetRole text as rich text (already made safe by SnippetHtml).
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SnippetDelegate(int htmlRole, QObject* parent = nullptr) : QStyledItemDelegate(parent), m_role(htmlRole) { }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace danhoi
