#include "StatusLook.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace danhoi {

QColor StatusLook::background(Status status)
{
    switch (status) {
    case Status::Received: return QColor(0xe8, 0xf0, 0xfe);
    case Status::Assigned: return QColor(0xfe, 0xf3, 0xd6);
    case Status::Drafting: return QColor(0xff, 0xe9, 0xc7);
    case Status::PendingApproval: return QColor(0xf1, 0xe4, 0xfb);
    case Status::Approved: return QColor(0xdc, 0xf3, 0xe0);
    case Status::Published: return QColor(0xc8, 0xe9, 0xce);
    case Status::Rejected: return QColor(0xe6, 0xe6, 0xe6);
    case Status::TransferRequested: return QColor(0xfd, 0xdc, 0xdc);
    }
    return {};
}

// A distinct shape per group of statuses: circle = waiting, triangle = being worked on, square = done.
QIcon StatusLook::icon(Status status)
{
    static QHash<int, QIcon> cache;
    auto found = cache.constFind(int(status));
    if (found != cache.constEnd())
        return *found;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    painter.setBrush(background(status).darker(140));
    switch (status) {
    case Status::Received:
    case Status::TransferRequested:
        painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        break;
    case Status::Assigned:
    case Status::Drafting:
    case Status::PendingApproval: {
        QPainterPath path;
        path.moveTo(8, 2);
        path.lineTo(14, 14);
        path.lineTo(2, 14);
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    case Status::Approved:
    case Status::Published:
        painter.drawRect(QRectF(2.5, 2.5, 11, 11));
        painter.drawLine(QPointF(5, 8), QPointF(7.5, 11));
        painter.drawLine(QPointF(7.5, 11), QPointF(11.5, 5));
        break;
    case Status::Rejected:
        painter.drawRect(QRectF(2.5, 2.5, 11, 11));
        painter.drawLine(QPointF(5, 5), QPointF(11, 11));
        painter.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    }
    painter.end();
    return *cache.insert(int(status), QIcon(pixmap));
}

} // namespace danhoi
