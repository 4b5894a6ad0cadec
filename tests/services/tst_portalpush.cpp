// PortalPushClient against a local portal that drops connections, delays, fails with 500 and answers twice.
#include "services/PortalPushClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace danhoi;

namespace {

// A portal endpoint that stores each item once per Idempotency-Key, whatever it then does with the connection.
class MisbehavingPortal : public QObject
{
public:
    enum class Act { Drop, Fail500, Delay500, Ok, OkTwice, DelayedOk, Bad400 };
    QList<Act> script;            // one act per request; Ok once the script is used up
    QHash<QByteArray, int> stored;    // key → how many times an item was created (must stay 1)
    QHash<QByteArray, int> received;  // key → requests seen
    QByteArrayList tokens;

    MisbehavingPortal() { QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); }); }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api/dan-hoi").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
    int m_requests = 0;

    void accept()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end);
                qsizetype length = 0;
                QByteArray key;
                for (const QByteArray& line : head.split('\n')) {
                    const QByteArray l = line.trimmed();
                    if (l.toLower().startsWith("content-length:"))
                        length = l.mid(15).trimmed().toLongLong();
                    if (l.toLower().startsWith("idempotency-key:"))
                        key = l.mid(16).trimmed();
                    if (l.toLower().startsWith("authorization:"))
                        tokens.append(l.mid(14).trimmed());
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QJsonObject body = QJsonDocument::fromJson(buffer->mid(end + 4, length)).object();
                buffer->clear();
                respond(socket, key, body);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void respond(QTcpSocket* socket, const QByteArray& key, const QJsonObject& body)
    {
        const Act act = m_requests < script.size() ? script.at(m_requests) : Act::Ok;
        ++m_requests;
        received[key] += 1;
        if (act != Act::Bad400 && !key.isEmpty() && body.value(QStringLiteral("idempotency_key")).toString().toUtf8() == key
            && !stored.contains(key))
            stored.insert(key, 1); // the portal keeps the item even when its answer never arrives
        auto send = [socket](int status, const QByteArray& text) {
            const QByteArray payload = "{\"status\":\"" + text + "\"}";
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " " + text + "\r\nContent-Type: application/json\r\n"
                          "Content-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
        };
        switch (act) {
        case Act::Drop: socket->abort(); break;
        case Act::Fail500: send(500, "error"); break;
        case Act::Bad400: send(400, "bad"); break;
        case Act::Ok: send(201, "created"); break;
        case Act::OkTwice: send(201, "created"); send(200, "again"); break;
        case Act::Delay500: QTimer::singleShot(300, socket, [send] { send(500, "late"); }); break;
        case Act::DelayedOk: QTimer::singleShot(400, socket, [send] { send(201, "created"); }); break;
        }
    }
};

PortalPushClient::Outcome push(const QUrl& url, const QString& key, int attempts = 6)
{
    PortalPushClient client({url, QStringLiteral("tok-123"), attempts, 10, 40, 3000});
    const QJsonObject body{{QStringLiteral("ref"), key}, {QStringLiteral("idempotency_key"), key}};
    return client.post(QJsonDocument(body).toJson(QJsonDocument::Compact), key);
}

} // namespace

class TestPortalPush : public QObject
{
    Q_OBJECT

private slots:
    void retriesThroughDropsDelaysAndErrors()
    {
        MisbehavingPortal portal;
        QVERIFY(portal.listen());
        using Act = MisbehavingPortal::Act;
        portal.script = {Act::Drop, Act::Delay500, Act::Fail500, Act::OkTwice};
        const auto outcome = push(portal.url(), QStringLiteral("danhoi-HD-2025-000001-r1"));
        QVERIFY2(outcome.delivered, qPrintable(outcome.error));
        // Qt itself resends once on a dropped connection, so the portal may see more requests than attempts.
        QVERIFY(outcome.attempts >= 3);
        QCOMPARE(portal.received.size(), 1);
        QCOMPARE(portal.received.value("danhoi-HD-2025-000001-r1"), 4);
        QCOMPARE(portal.stored.size(), 1); // the item exists once although four requests reached the portal
        QCOMPARE(portal.tokens, QByteArrayList(4, "Bearer tok-123"));
    }

    void manyItemsEachArriveOnceByKey()
    {
        MisbehavingPortal portal;
        QVERIFY(portal.listen());
        using Act = MisbehavingPortal::Act;
        const QList<Act> acts = {Act::Drop, Act::Fail500, Act::Delay500, Act::Ok, Act::OkTwice, Act::DelayedOk};
        auto* random = QRandomGenerator::global();
        for (int i = 0; i < 60; ++i)
            portal.script.append(acts.at(random->bounded(int(acts.size()))));
        QStringList keys;
        for (int i = 1; i <= 12; ++i) {
            const QString key = QStringLiteral("danhoi-HD-2025-%1-r1").arg(i, 6, 10, QLatin1Char('0'));
            keys.append(key);
            const auto outcome = push(portal.url(), key, 20);
            QVERIFY2(outcome.delivered, qPrintable(outcome.error));
        }
        QCOMPARE(portal.stored.size(), keys.size());
        for (const QString& key : std::as_const(keys))
            QCOMPARE(portal.stored.value(key.toUtf8()), 1);
    }

    void clientErrorsAreNotRetried()
    {
        MisbehavingPortal portal;
        QVERIFY(portal.listen());
        portal.script = {MisbehavingPortal::Act::Bad400};
        const auto outcome = push(portal.url(), QStringLiteral("k-400"));
        QVERIFY(!outcome.delivered);
        QVERIFY(!outcome.retryable);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(outcome.httpStatus, 400);
    }

    void gaveUpIsRetryableNextTime()
    {
        MisbehavingPortal portal;
        QVERIFY(portal.listen());
        portal.script = QList<MisbehavingPortal::Act>(5, MisbehavingPortal::Act::Fail500);
        const auto outcome = push(portal.url(), QStringLiteral("k-later"), 3);
        QVERIFY(!outcome.delivered);
        QVERIFY(outcome.retryable);
        QCOMPARE(outcome.attempts, 3);
    }

    void tokenNeverTravelsInClearText()
    {
        QVERIFY(!PortalPushClient::checkUrl(QUrl(QStringLiteral("http://portal.nghean.gov.vn/api"))).isEmpty());
        QVERIFY(!PortalPushClient::checkUrl(QUrl(QStringLiteral("ftp://portal.nghean.gov.vn/api"))).isEmpty());
        QVERIFY(!PortalPushClient::checkUrl(QUrl(QStringLiteral("not a url"))).isEmpty());
        QVERIFY(PortalPushClient::checkUrl(QUrl(QStringLiteral("https://portal.nghean.gov.vn/api"))).isEmpty());
        QVERIFY(PortalPushClient::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortalPush)
#include "tst_portalpush.moc"
