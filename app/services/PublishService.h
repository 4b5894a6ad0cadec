#pragma once

#include "ServiceContext.h"
#include "core/Redaction.h"
#include "publishing/PortalBundle.h"

#include <functional>

namespace danhoi {

class PublicText;

struct PublishRequest {
    QStringList ids;          // approved questions to publish now (ids or references)
    bool allApproved = false; // every approved question
    QString outDir;
    QString templatesDir;     // the agency's templates; built-in ones for what it lacks
    QString pushUrl;          // empty: no push
    QString pushToken;
    int pushAttempts = 5;
    int pushBaseDelayMs = 500;
    // Asked before anything is published and while the bundle is built. A cancel before the marking changes nothing
    // (an error); a later one leaves the answers published and the folder's previous bundle in place
    // (PublishOutcome::bundleWritten is false; publishing nothing writes the bundle again).
    std::function<bool()> cancelled;
    std::function<void(int done, int total)> progress; // items of the bundle built so far
};

struct PublishOutcome {
    struct Push {
        QString ref;
        QString key;
        QString state; // done, pending (retried next time), failed
        int attempts = 0;
        QString error;
    };
    QStringList published;      // references published by this run
    QList<std::pair<QString, Error>> failures;
    int items = 0;              // items in the bundle
    QString outDir;
    bool bundleWritten = false;
    QList<Push> pushes;
};

// What the public sees of one question, next to the original (for the coordinator's review).
struct RedactionPreview {
    QString ref;
    QString title;
    QString body;
    QString answer;
    QString publicTitle;
    QString publicBody;
    QString publicAnswer;
    QString askerLine;
    QList<RedactionHit> bodyHits;
    QList<ManualRedaction> manual;
};

// Publishing: marks approved answers published, renders the portal bundle from every published question (redacted),
// writes it atomically and optionally pushes new items to the portal. Coordinators only.
class PublishService
{
    Q_DECLARE_TR_FUNCTIONS(PublishService)
public:
    static constexpr const char* askerLineKey = "publish.asker_line";  // as PublicText reads them
    static constexpr const char* allowlistKey = "redaction.allowlist";

    PublishService(ServiceContext& context, User actor) : m_context(context), m_actor(std::move(actor)) { }

    Result<PublishOutcome> publish(const PublishRequest& request);
    // The public items as they would be published now.
    Result<QList<PublicItem>> publicItems();

    Result<RedactionPreview> preview(const QString& idOrReference);
    // Stored with the question and audited; applied on top of the automatic redaction in every later publish.
    Result<RedactionPreview> addManualRedaction(const QString& idOrReference, ManualRedaction::Kind kind, const QString& text);
    Result<RedactionPreview> removeManualRedaction(const QString& idOrReference, ManualRedaction::Kind kind,
                                                   const QString& text);

    // Publishing settings (admins): asker line style, allowlist, portal base URL.
    static QStringList settingKeys();
    Result<void> saveSetting(const QString& key, const QString& value);
    Result<QList<std::pair<QString, QString>>> settings();

private:
    // The bundle of every published question into request.outDir, read and rendered a chunk at a time; how many
    // items it holds, or nothing when it was cancelled (the folder keeps its previous bundle).
    Result<std::optional<qint64>> writeBundle(QSqlDatabase db, const PublicText& text, const PortalOptions& options,
                                              const PublishRequest& request);

    Result<void> requireCoordinator() const;
    static Result<void> publicVersionChanged(QSqlDatabase tx, Id questionId);

    ServiceContext& m_context;
    User m_actor;
};

} // namespace danhoi
