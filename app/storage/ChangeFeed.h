#pragma once

#include "Database.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <memory>

namespace danhoi {

class ChangeListener;

// What other desks changed, as the server announces it: PostgreSQL LISTEN on the channel `danhoi_changes` over a
// connection of its own, on a thread of its own, so a slow or dead server never blocks the caller. The payloads
// carry ids only (notifications bypass row-level security): "q:<question id>" or "catalog".
// QPSQL does not notice a dead connection by itself, so a heartbeat (a trivial query) checks it; after a loss the
// feed reconnects with back-off, listens again and says `reconnected`, because what changed meanwhile was not told:
// whoever shows data reloads it. On SQLite there is no server to listen to and the feed stays silent.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr const char* channel = "danhoi_changes";

    explicit ChangeFeed(std::shared_ptr<Database> db, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Starts listening (PostgreSQL); `heartbeatMs` is how often the connection is checked.
    void start(int heartbeatMs = 2000);
    bool isListening() const;

signals:
    void questionsChanged(const QList<qint64>& questionIds);
    void catalogChanged();
    void connectionLost(const QString& why);
    void reconnected();
    void listening(); // the first subscription is in place

private:
    std::shared_ptr<Database> m_db;
    QThread m_thread;
    ChangeListener* m_listener = nullptr;
};

// The payloads a change produces, parsed: ids of questions and whether the catalogue (departments, categories,
// users, settings) changed. Anything else in a payload is ignored.
struct ChangePayload {
    QList<qint64> questionIds;
    bool catalog = false;

    static ChangePayload parse(const QString& payload);
};

} // namespace danhoi
