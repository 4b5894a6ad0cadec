#include "FitHeight.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace danhoi {

namespace {
class FitOnShow : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched == parent())
            fitHeight(static_cast<QWidget*>(watched));
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void fitHeight(QWidget* dialog)
{
    QLayout* layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    dialog->resize(dialog->width(), std::max(height, dialog->minimumSizeHint().height()));
}

void fitHeightWhenShown(QWidget* dialog)
{
    dialog->installEventFilter(new FitOnShow(dialog));
}

} // namespace danhoi
