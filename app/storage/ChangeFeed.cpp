#include "ChangeFeed.h"

#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace danhoi {

// Lives on the feed's thread: owns the dedicated connection, the heartbeat and the reconnection.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(std::shared_ptr<Database> db) : m_db(std::move(db)) { }
    ~ChangeListener() override { disconnectNow(); }

    std::atomic<bool> subscribed{false};

public slots:
    void begin(int heartbeatMs)
    {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(heartbeatMs);
        connect(m_heartbeat, &QTimer::timeout, this, &ChangeListener::beat);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ChangeListener::reconnect);
        if (connectAndListen()) {
            emit listening();
        } else {
            emit connectionLost(m_lastError);
            scheduleRetry();
        }
        m_heartbeat->start();
    }

    void stop()
    {
        if (m_heartbeat)
            m_heartbeat->stop();
        if (m_retry)
            m_retry->stop();
        disconnectNow();
    }

signals:
    void questionsChanged(const QList<qint64>& ids);
    void catalogChanged();
    void connectionLost(const QString& why);
    void reconnected();
    void listening();

private:
    bool connectAndListen()
    {
        auto opened = m_db->openDedicated(QStringLiteral("feed"));
        if (!opened) {
            m_lastError = opened.error().message;
            return false;
        }
        m_connection = opened.value();
        QSqlDriver* driver = m_connection.driver();
        connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification, Qt::UniqueConnection);
        if (!driver->subscribeToNotification(QString::fromLatin1(ChangeFeed::channel))) {
            m_lastError = driver->lastError().text();
            disconnectNow();
            return false;
        }
        subscribed = true;
        m_failures = 0;
        return true;
    }

    void disconnectNow()
    {
        subscribed = false;
        if (!m_connection.isValid())
            return;
        const QString name = m_connection.connectionName();
        m_connection = QSqlDatabase();
        Database::closeDedicated(name);
    }

    void beat()
    {
        if (!subscribed || m_retry->isActive())
            return;
        QSqlQuery probe(m_connection);
        if (probe.exec(QStringLiteral("SELECT 1")) && probe.next())
            return;
        m_lastError = probe.lastError().text();
        disconnectNow();
        emit connectionLost(m_lastError);
        scheduleRetry();
    }

    void reconnect()
    {
        if (connectAndListen()) {
            emit reconnected();
            return;
        }
        scheduleRetry();
    }

    // 0.5 s, 1 s, 2 s … up to 30 s, with jitter so that twenty desks do not knock at once.
    void scheduleRetry()
    {
        const int base = std::min(30000, 500 << std::min(m_failures, 6));
        ++m_failures;
        m_retry->start(base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1)));
    }

    void onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
    {
        if (name != QLatin1String(ChangeFeed::channel))
            return;
        const ChangePayload change = ChangePayload::parse(payload.toString());
        if (!change.questionIds.isEmpty())
            emit questionsChanged(change.questionIds);
        if (change.catalog)
            emit catalogChanged();
    }

    std::shared_ptr<Database> m_db;
    QSqlDatabase m_connection;
    QTimer* m_heartbeat = nullptr;
    QTimer* m_retry = nullptr;
    QString m_lastError;
    int m_failures = 0;
};

ChangePayload ChangePayload::parse(const QString& payload)
{
    ChangePayload change;
    for (const QString& part : payload.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (item == QLatin1String("catalog")) {
            change.catalog = true;
        } else if (item.startsWith(QLatin1String("q:"))) {
            bool ok = false;
            const qint64 id = item.mid(2).toLongLong(&ok);
            if (ok && id > 0 && !change.questionIds.contains(id))
                change.questionIds.append(id);
        }
    }
    return change;
}

ChangeFeed::ChangeFeed(std::shared_ptr<Database> db, QObject* parent) : QObject(parent), m_db(std::move(db))
{
    m_thread.setObjectName(QStringLiteral("danhoi-change-feed"));
}

ChangeFeed::~ChangeFeed()
{
    if (m_listener)
        QMetaObject::invokeMethod(m_listener, &ChangeListener::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_listener; // its timers are stopped and its connection closed, on its own thread, above
}

void ChangeFeed::start(int heartbeatMs)
{
    if (m_listener || !m_db || m_db->engine() != Database::Engine::PostgreSql)
        return;
    m_listener = new ChangeListener(m_db);
    m_listener->moveToThread(&m_thread);
    connect(m_listener, &ChangeListener::questionsChanged, this, &ChangeFeed::questionsChanged);
    connect(m_listener, &ChangeListener::catalogChanged, this, &ChangeFeed::catalogChanged);
    connect(m_listener, &ChangeListener::connectionLost, this, &ChangeFeed::connectionLost);
    connect(m_listener, &ChangeListener::reconnected, this, &ChangeFeed::reconnected);
    connect(m_listener, &ChangeListener::listening, this, &ChangeFeed::listening);
    m_thread.start();
    QMetaObject::invokeMethod(m_listener, "begin", Qt::QueuedConnection, Q_ARG(int, heartbeatMs));
}

bool ChangeFeed::isListening() const
{
    return m_listener && m_listener->subscribed;
}

} // namespace danhoi

#include "ChangeFeed.moc"
