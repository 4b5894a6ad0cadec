#include "LiveRefresh.h"

#include "DeskSession.h"

#include <QTimer>

namespace danhoi {

namespace {
constexpr int gatherMs = 150;
}

LiveRefresh::LiveRefresh(DeskSession& session, QObject* parent)
    : QObject(parent), m_feed(startChangeFeed(session.context())), m_gather(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(gatherMs);
    connect(m_gather, &QTimer::timeout, this, &LiveRefresh::flush);
    if (!m_feed)
        return;
    connect(m_feed.get(), &ChangeFeed::questionsChanged, this, [this](const QList<qint64>& ids) {
        for (const qint64 id : ids)
            m_pending.insert(id);
        if (!m_gather->isActive())
            m_gather->start();
    });
    connect(m_feed.get(), &ChangeFeed::catalogChanged, this, [this] {
        m_catalogPending = true;
        if (!m_gather->isActive())
            m_gather->start();
    });
    connect(m_feed.get(), &ChangeFeed::connectionLost, this, [this] {
        emit statusMessage(tr("The connection to the server was lost; reconnecting…"));
    });
    connect(m_feed.get(), &ChangeFeed::reconnected, this, [this] {
        m_pending.clear();
        m_catalogPending = false;
        emit everythingChanged();
        emit statusMessage(tr("Connected to the server again; the lists were reloaded."));
    });
}

LiveRefresh::~LiveRefresh() = default;

void LiveRefresh::flush()
{
    if (m_catalogPending) {
        m_catalogPending = false;
        emit catalogChanged();
    }
    if (!m_pending.isEmpty()) {
        const QSet<Id> ids = std::exchange(m_pending, {});
        emit questionsChanged(ids);
    }
}

} // namespace danhoi
