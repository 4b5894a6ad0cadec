#pragma once

#include <QCoreApplication>
#include <QUrl>

namespace danhoi {

// Posts one item to the portal endpoint, retrying with exponential back-off on network errors, timeouts, 408, 429
// and 5xx. Every attempt carries the same Idempotency-Key, so a post the portal received but could not acknowledge
// is recognised there instead of creating a second item.
class PortalPushClient
{
    Q_DECLARE_TR_FUNCTIONS(PortalPushClient)
public:
    struct Options {
        QUrl url;
        QString token;
        int maxAttempts = 5;
        int baseDelayMs = 500;
        int maxDelayMs = 8000;
        int timeoutMs = 15000;
    };
    struct Outcome {
        bool delivered = false;
        bool retryable = false; // worth trying again in a later run
        int attempts = 0;
        int httpStatus = 0;
        QString error;
    };

    explicit PortalPushClient(Options options) : m_options(std::move(options)) { }

    // Empty when the URL may be used; https is required except for the local machine.
    static QString checkUrl(const QUrl& url);
    Outcome post(const QByteArray& json, const QString& idempotencyKey) const;

private:
    Options m_options;
};

} // namespace danhoi
