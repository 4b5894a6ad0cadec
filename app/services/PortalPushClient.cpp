#include "PortalPushClient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace danhoi {

QString PortalPushClient::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The push URL %1 is not a valid address.").arg(url.toString());
    const bool local = url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1")
        || url.host() == QLatin1String("::1");
    if (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && local))
        return {};
    return tr("The push URL must use https (the token must not travel in clear text): %1").arg(url.toString());
}

PortalPushClient::Outcome PortalPushClient::post(const QByteArray& json, const QString& idempotencyKey) const
{
    Outcome outcome;
    QNetworkAccessManager manager;
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        outcome.attempts = attempt;
        QNetworkRequest request(m_options.url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json; charset=utf-8"));
        request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
        request.setRawHeader("User-Agent", "DanHoi/" DANHOI_VERSION);
        if (!m_options.token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_options.timeoutMs);
        QNetworkReply* reply = manager.post(request, json);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = reply->error();
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        const QString errorText = reply->errorString();
        reply->deleteLater();
        outcome.httpStatus = status;
        if (status >= 200 && status < 300) {
            outcome.delivered = true;
            outcome.error.clear();
            return outcome;
        }
        // 409: the portal already holds this key, i.e. an earlier attempt arrived.
        if (status == 409) {
            outcome.delivered = true;
            outcome.error.clear();
            return outcome;
        }
        const bool retry = status == 0 || status == 408 || status == 429 || status >= 500;
        outcome.retryable = retry;
        outcome.error = status ? tr("the portal answered HTTP %1").arg(status)
                               : tr("network error: %1").arg(errorText);
        Q_UNUSED(error);
        if (!retry || attempt == m_options.maxAttempts)
            break;
        int delay = std::min(m_options.maxDelayMs, m_options.baseDelayMs * (1 << std::min(attempt - 1, 10)));
        delay += int(QRandomGenerator::global()->bounded(std::max(1, delay / 4)));
        bool numeric = false;
        const int seconds = retryAfter.trimmed().toInt(&numeric);
        if (numeric && seconds >= 0)
            delay = std::min(m_options.maxDelayMs, seconds * 1000);
        QEventLoop wait;
        QTimer::singleShot(delay, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return outcome;
}

} // namespace danhoi
