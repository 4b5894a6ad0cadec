#include "FocusOrder.h"

#include <QList>
#include <QWidget>

namespace danhoi::FocusOrder {

namespace {
// `widget` itself when Tab stops on it, otherwise its controls that Tab stops on, in their present Tab order.
QList<QWidget*> stops(QWidget* widget)
{
    if (widget->focusPolicy() & Qt::TabFocus)
        return {widget};
    QList<QWidget*> found;
    for (QWidget* w = widget->nextInFocusChain(); w && w != widget; w = w->nextInFocusChain())
        if (widget->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !found.contains(w))
            found << w;
    return found;
}
} // namespace

void chain(std::initializer_list<QWidget*> widgets)
{
    QWidget* previous = nullptr;
    for (QWidget* widget : widgets)
        for (QWidget* stop : stops(widget)) {
            if (previous)
                QWidget::setTabOrder(previous, stop);
            previous = stop;
        }
}

} // namespace danhoi::FocusOrder
