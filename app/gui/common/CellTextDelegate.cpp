#include "CellTextDelegate.h"

#include <QApplication>
#include <QCommonStyle>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace danhoi {

namespace {

// About eight screens of cells: a page of ~30 rows × 8 columns is ~240.
constexpr int keptLayouts = 2000;

// Lays out one line as QCommonStyle does for an item view (its viewItemTextLayout, without wrapping).
void layOut(QTextLayout& layout, const QTextOption& option, int width)
{
    layout.setCacheEnabled(true); // keep the glyphs: by default endLayout() drops them and draw() shapes again
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
}

} // namespace

// The text as drawn (elided where it does not fit) and the size of the whole text's layout, which the style centres.
struct CellTextDelegate::Shaped {
    QTextLayout drawn;
    QSize whole;
};

CellTextDelegate::CellTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_cache(keptLayouts)
{
}

CellTextDelegate::~CellTextDelegate() = default;

const CellTextDelegate::Shaped* CellTextDelegate::shaped(const QStyleOptionViewItem& option, int width) const
{
    Key key{option.text, option.font, width, int(option.textElideMode)};
    if (const Shaped* found = m_cache.object(key))
        return found;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    auto* out = new Shaped;
    out->drawn.setText(option.text);
    out->drawn.setFont(option.font);
    layOut(out->drawn, textOption, width);
    out->whole = out->drawn.boundingRect().size().toSize();
    if (out->drawn.lineCount() > 0 && out->drawn.lineAt(0).naturalTextWidth() > width) {
        // As QCommonStyle elides (QFontMetrics::elidedText is the same engine call), then lays out the result.
        const QString elided = QFontMetrics(option.font).elidedText(option.text, option.textElideMode, width);
        out->drawn.clearLayout();
        out->drawn.setText(elided);
        layOut(out->drawn, textOption, width);
    }
    m_cache.insert(std::move(key), out);
    return out;
}

void CellTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    static const QString breaks = QStringLiteral("%1%2\x9c").arg(QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator));
    const bool common = qobject_cast<const QCommonStyle*>(style) && !style->inherits("QStyleSheetStyle")
        && !opt.text.isEmpty() && !(opt.features & QStyleOptionViewItem::WrapText) && opt.direction == Qt::LeftToRight
        && opt.decorationPosition == QStyleOptionViewItem::Left && !(opt.state & (QStyle::State_HasFocus | QStyle::State_Editing))
        && !std::any_of(opt.text.cbegin(), opt.text.cend(), [&](QChar c) { return breaks.contains(c); });
    if (!common) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The rectangle the style gives the text (with the icon on the left it does not depend on the text, and the style
    // keeps the layout of the last option it was asked about), then the cell without its text: background,
    // selection, icon, if it has any.
    const QString text = opt.text;
    opt.text.clear();
    const QRect display = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    // A cell with no selection, hover, background, icon or check box: the style would draw nothing but set a clip
    // (most cells of a page).
    const bool bare = !(opt.state & (QStyle::State_Selected | QStyle::State_MouseOver))
        && opt.backgroundBrush.style() == Qt::NoBrush && opt.icon.isNull()
        && !(opt.features & QStyleOptionViewItem::HasCheckIndicator);
    if (!bare)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    opt.text = text;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = display.adjusted(margin, 0, -margin, 0);
    const Shaped* laidOut = shaped(opt, textRect.width());
    const QRect centred = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment, laidOut->whole, textRect);
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    laidOut->drawn.draw(painter, QPointF(textRect.x(), centred.top()));
    painter->restore();
}

} // namespace danhoi
