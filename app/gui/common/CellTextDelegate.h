#pragma once

#include <QCache>
#include <QFont>
#include <QStyledItemDelegate>

class QTextLayout;

namespace danhoi {

// Paints the cells of a long list as QStyledItemDelegate does, pixel for pixel, but lays each cell's text out once:
// the style shapes a cell's text three or four times per paint (measure, elide, draw), and shaping Vietnamese text
// (HarfBuzz) was most of a page's painting. The laid-out text is kept per (text, font, width), so the statuses,
// departments and dates that repeat down a list, and every cell of a page painted again, are shaped once. Cells the
// common case does not cover (wrapped or multi-line text, right-to-left, the focused cell, a style sheet) are painted
// by QStyledItemDelegate itself.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CellTextDelegate(QObject* parent = nullptr);
    ~CellTextDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Key {
        QString text;
        QFont font;
        int width = 0;
        int elide = 0;
        bool operator==(const Key& other) const = default;
        friend size_t qHash(const Key& key, size_t seed = 0) { return qHashMulti(seed, key.text, key.font, key.width, key.elide); }
    };
    struct Shaped;
    const Shaped* shaped(const QStyleOptionViewItem& option, int width) const;

    mutable QCache<Key, Shaped> m_cache;
};

} // namespace danhoi
