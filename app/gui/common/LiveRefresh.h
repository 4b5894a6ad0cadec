#pragma once

#include "core/Domain.h"

#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace danhoi {

class ChangeFeed;
class DeskSession;

// Keeps the desk current when other desks change things (shared server only): gathers the change feed's ids for a
// moment so a burst becomes one refresh, and says when the connection to the server was lost and came back.
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    explicit LiveRefresh(DeskSession& session, QObject* parent = nullptr);
    ~LiveRefresh() override;

    bool isActive() const { return m_feed != nullptr; }

signals:
    void questionsChanged(const QSet<danhoi::Id>& questionIds);
    void catalogChanged();
    // After a lost connection: anything may have changed meanwhile.
    void everythingChanged();
    void statusMessage(const QString& message);

private:
    void flush();

    std::unique_ptr<ChangeFeed> m_feed;
    QTimer* m_gather;
    QSet<Id> m_pending;
    bool m_catalogPending = false;
};

} // namespace danhoi
