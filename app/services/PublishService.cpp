#include "PublishService.h"

#include "AuditService.h"
#include "PortalPushClient.h"
#include "PublicText.h"
#include "QuestionService.h"
#include "WorkflowService.h"
#include "core/TextRules.h"
#include "publishing/BundleWriter.h"
#include "publishing/PortalBundle.h"
#include "storage/CatalogRepository.h"
#include "storage/PublicationRepository.h"
#include "storage/RevisionRepository.h"
#include "storage/SearchIndex.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace danhoi {

namespace {

struct Built {
    PublicItem item;
    Id questionId = 0;
    Id revisionId = 0;
};

// Questions a bundle reads at a time: their rows, answers and manual choices, redacted, then handed on.
constexpr qsizetype chunkSize = 200;

// Every published question's id in the bundle's order (PortalBundle::listedBefore).
Result<QList<Id>> bundleOrder(QSqlDatabase db)
{
    auto keys = PublicationRepository(db).publishedKeys();
    if (!keys)
        return keys.error();
    QList<PublishedKey> sorted = std::move(keys).value();
    std::sort(sorted.begin(), sorted.end(), [](const PublishedKey& a, const PublishedKey& b) {
        return PortalBundle::listedBefore(a.publishedAt, a.ref, b.publishedAt, b.ref);
    });
    QList<Id> ids;
    ids.reserve(sorted.size());
    for (const PublishedKey& key : std::as_const(sorted))
        ids.append(key.id);
    return ids;
}

// Those of `ids` that are published, as the public sees them (the agency's redaction rules and the manual choices),
// in the order of `ids`.
Result<QList<Built>> builtOf(QSqlDatabase db, const PublicText& text, const QList<Id>& ids)
{
    PublicationRepository publication(db);
    auto published = publication.published(ids);
    if (!published)
        return published.error();
    auto manual = publication.allManualRedactions(ids);
    if (!manual)
        return manual.error();
    QHash<Id, Built> byId;
    for (const PublishedQuestion& p : published.value())
        byId.insert(p.id, {text.itemOf(p, manual->value(p.id)), p.id, p.revisionId});
    QList<Built> out;
    for (Id id : ids)
        if (auto found = byId.constFind(id); found != byId.constEnd())
            out.append(found.value());
    return out;
}

} // namespace

QStringList PublishService::settingKeys()
{
    return {QStringLiteral("agency.portal_base_url"), QLatin1String(askerLineKey), QLatin1String(allowlistKey)};
}

Result<void> PublishService::requireCoordinator() const
{
    if (!m_actor.active || !m_actor.hasRole(Role::Coordinator))
        return Error::forbidden(tr("Only a coordinator may publish answers or change what the public sees."));
    return {};
}

Result<QList<PublicItem>> PublishService::publicItems()
{
    if (auto ok = requireCoordinator(); !ok)
        return ok.error();
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    ReadSnapshot snapshot(connection.value());
    if (auto ok = snapshot.begin(); !ok)
        return ok.error();
    auto order = bundleOrder(connection.value());
    if (!order)
        return order.error();
    auto text = PublicText::load(connection.value());
    if (!text)
        return text.error();
    QList<PublicItem> items;
    for (qsizetype at = 0; at < order->size(); at += chunkSize) {
        auto built = builtOf(connection.value(), text.value(), order->mid(at, chunkSize));
        if (!built)
            return built.error();
        for (const Built& b : std::as_const(built.value()))
            items.append(b.item);
    }
    return items;
}

Result<PublishOutcome> PublishService::publish(const PublishRequest& request)
{
    if (auto ok = requireCoordinator(); !ok)
        return ok.error();
    if (request.outDir.trimmed().isEmpty())
        return Error::invalid(tr("Name the folder of the bundle with --out."), QStringLiteral("out"));
    const QUrl pushUrl(request.pushUrl.trimmed());
    if (!request.pushUrl.trimmed().isEmpty())
        if (const QString problem = PortalPushClient::checkUrl(pushUrl); !problem.isEmpty())
            return Error::invalid(problem, QStringLiteral("push"));
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto settings = CatalogRepository(connection.value()).agencySettings();
    if (!settings)
        return settings.error();
    if (PortalBundle::normalisedBaseUrl(settings->portalBaseUrl).isEmpty())
        return Error::invalid(tr("Set the portal base URL first (danhoi-cli setting set agency.portal_base_url "
                                 "https://…): the feed's links and ids live under it."),
                              QStringLiteral("agency.portal_base_url"));

    PublishOutcome outcome;
    outcome.outDir = request.outDir;
    QStringList targets = request.ids;
    if (request.allApproved) {
        QuestionQuery query;
        query.statuses = {Status::Approved};
        query.sort = QuestionQuery::Sort::Received;
        query.descending = false;
        query.limit = 500;
        for (query.offset = 0;; query.offset += query.limit) {
            auto page = QuestionService(m_context, m_actor).list(query);
            if (!page)
                return page.error();
            for (const Question& q : page.value())
                targets.append(q.ref);
            if (page->size() < query.limit)
                break;
        }
        targets.removeDuplicates();
    }
    const auto cancelled = [&request] { return request.cancelled && request.cancelled(); };
    if (cancelled())
        return Error::other(tr("Publishing was cancelled; nothing was published."));
    QList<std::pair<Question, Id>> justPublished;
    for (const QString& target : std::as_const(targets)) {
        auto done = WorkflowService(m_context, m_actor).perform(target, Action::Publish);
        if (!done) {
            outcome.failures.append({target, done.error()});
            continue;
        }
        outcome.published.append(done->ref);
        justPublished.append({done.value(), *done->publishedRevisionId});
    }

    if (!request.pushUrl.trimmed().isEmpty() && !justPublished.isEmpty()) {
        auto queued = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
            PublicationRepository publication(tx);
            RevisionRepository revisions(tx);
            for (const auto& [question, revisionId] : std::as_const(justPublished)) {
                auto revision = revisions.byId(revisionId);
                if (!revision)
                    return revision.error();
                const int number = revision.value() ? revision.value()->number : 0;
                PortalPush push;
                push.key = QStringLiteral("danhoi-%1-r%2").arg(question.ref).arg(number);
                push.questionId = question.id;
                push.revisionId = revisionId;
                if (auto ok = publication.queuePush(push, m_context.now()); !ok)
                    return ok.error();
            }
            return true;
        });
        if (!queued)
            return queued.error();
    }

    PortalOptions options;
    options.agencyName = settings->name;
    options.portalBaseUrl = settings->portalBaseUrl;
    options.timeZone = settings->timeZone;
    options.templatesDir = request.templatesDir;
    options.generatedAt = m_context.now();
    auto text = PublicText::load(connection.value());
    if (!text)
        return text.error();
    auto items = writeBundle(connection.value(), text.value(), options, request);
    if (!items)
        return items.error();
    if (!*items)
        return outcome; // cancelled: the folder keeps its previous bundle
    outcome.items = int(**items);
    outcome.bundleWritten = true;

    if (!request.pushUrl.trimmed().isEmpty()) {
        auto pending = PublicationRepository(connection.value()).pendingPushes();
        if (!pending)
            return pending.error();
        PortalPushClient client({pushUrl, request.pushToken, std::max(1, request.pushAttempts),
                                 std::max(0, request.pushBaseDelayMs), 8000, 15000});
        for (PortalPush push : pending.value()) {
            auto built = builtOf(connection.value(), text.value(), {push.questionId});
            if (!built)
                return built.error();
            auto current = std::find_if(built->begin(), built->end(),
                                        [&](const Built& b) { return b.revisionId == push.revisionId; });
            PublishOutcome::Push report{{}, push.key, {}, push.attempts, {}};
            if (current == built->end()) {
                push.state = QStringLiteral("failed");
                push.lastError = tr("no longer published in this revision");
            } else {
                report.ref = current->item.ref;
                QJsonObject body = PortalBundle::itemJson(current->item, options);
                body.insert(QStringLiteral("idempotency_key"), push.key);
                const auto result = client.post(QJsonDocument(body).toJson(QJsonDocument::Compact), push.key);
                push.attempts += result.attempts;
                push.state = result.delivered ? QStringLiteral("done")
                                              : result.retryable ? QStringLiteral("pending") : QStringLiteral("failed");
                push.lastError = result.error;
            }
            // Recorded at once: a push the portal acknowledged is never sent again, whatever happens next.
            auto saved = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
                if (auto ok = PublicationRepository(tx).updatePush(push, m_context.now()); !ok)
                    return ok.error();
                if (push.state == QLatin1String("done")) {
                    if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, push.questionId,
                                                       QStringLiteral("push"), {}, {}, push.key);
                        !ok)
                        return ok.error();
                }
                return true;
            });
            if (!saved)
                return saved.error();
            report.state = push.state;
            report.attempts = push.attempts;
            report.error = push.lastError;
            outcome.pushes.append(report);
        }
    }
    return outcome;
}

Result<std::optional<qint64>> PublishService::writeBundle(QSqlDatabase db, const PublicText& text,
                                                         const PortalOptions& options, const PublishRequest& request)
{
    const auto cancelled = [&request] { return request.cancelled && request.cancelled(); };
    // One snapshot for the whole bundle: the order read first and the chunks read after it agree, whatever the
    // desks write meanwhile.
    ReadSnapshot snapshot(db);
    if (auto ok = snapshot.begin(); !ok)
        return ok.error();
    auto order = bundleOrder(db);
    if (!order)
        return order.error();
    auto begun = BundleWriter::begin(request.outDir);
    if (!begun)
        return begun.error();
    BundleWriter::Generation generation = std::move(begun).value();
    PortalBundleRenderer::Sink sink;
    sink.write = [&generation](const QString& path, const QByteArray& bytes) { return generation.write(path, bytes); };
    sink.append = [&generation](const QString& path, const QByteArray& bytes) { return generation.append(path, bytes); };
    auto started = PortalBundleRenderer::start(options, order->size(), sink);
    if (!started)
        return started.error();
    PortalBundleRenderer renderer = std::move(started).value();
    const int total = int(order->size());
    for (qsizetype at = 0; at < order->size(); at += chunkSize) {
        if (cancelled())
            return std::optional<qint64>();
        const QList<Id> ids = order->mid(at, chunkSize);
        auto built = builtOf(db, text, ids);
        if (!built)
            return built.error();
        if (built->size() != ids.size())
            return Error::other(tr("A published question could not be read while the bundle was written; publish again."));
        for (qsizetype i = 0; i < built->size(); ++i) {
            if (request.progress && (at + i) % 50 == 0)
                request.progress(int(at + i), total);
            if (auto ok = renderer.add(built->at(i).item); !ok)
                return ok.error();
        }
    }
    if (auto ok = renderer.finish(); !ok)
        return ok.error();
    snapshot.end();
    if (cancelled())
        return std::optional<qint64>();
    if (request.progress)
        request.progress(total, total);
    if (auto ok = generation.commit(); !ok)
        return ok.error();
    return std::optional<qint64>(order->size());
}

Result<RedactionPreview> PublishService::preview(const QString& idOrReference)
{
    if (auto ok = requireCoordinator(); !ok)
        return ok.error();
    auto question = QuestionService(m_context, m_actor).find(idOrReference);
    if (!question)
        return question.error();
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto text = PublicText::load(connection.value());
    if (!text)
        return text.error();
    auto manual = PublicationRepository(connection.value()).manualRedactions(question->id);
    if (!manual)
        return manual.error();
    RevisionRepository revisions(connection.value());
    auto revision = question->publishedRevisionId ? revisions.byId(*question->publishedRevisionId)
                                                  : revisions.latest(question->id);
    if (!revision)
        return revision.error();
    // An approved revision waiting for publication is what will go online.
    if (question->status == Status::Approved) {
        auto latest = revisions.latest(question->id);
        if (!latest)
            return latest.error();
        revision = latest;
    }
    const Redactor redactor = text->redactorFor(question->asker, manual.value());
    RedactionPreview out;
    out.ref = question->ref;
    out.title = question->title;
    out.body = question->body;
    out.answer = revision.value() ? revision.value()->body : QString();
    out.publicTitle = redactor.apply(out.title);
    out.publicBody = redactor.apply(out.body);
    out.publicAnswer = redactor.applyToMarkdown(out.answer);
    out.askerLine = redactor.apply(Redactor::askerLine(question->asker, text->askerLineStyle()));
    out.bodyHits = redactor.find(out.body);
    out.manual = manual.value();
    return out;
}

// A manual choice changes what other departments see of a published question: its kept public version and its
// public search row (otherwise a hidden name would still find it).
Result<void> PublishService::publicVersionChanged(QSqlDatabase tx, Id questionId)
{
    if (auto ok = SearchIndex(tx).refresh(questionId); !ok)
        return ok;
    return PublicText::rewriteKept(tx, QList<Id>{questionId});
}

Result<RedactionPreview> PublishService::addManualRedaction(const QString& idOrReference, ManualRedaction::Kind kind,
                                                            const QString& text)
{
    if (auto ok = requireCoordinator(); !ok)
        return ok.error();
    auto clean = TextRules::clean(text, QStringLiteral("text"), tr("The text to hide or keep"),
                                  TextRules::maxShortFieldLength * 2, true);
    if (!clean)
        return clean.error();
    auto question = QuestionService(m_context, m_actor).find(idOrReference);
    if (!question)
        return question.error();
    auto added = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        ManualRedaction redaction{0, kind, clean.value(), m_actor.username, m_context.now()};
        auto inserted = PublicationRepository(tx).addManualRedaction(question->id, redaction);
        if (!inserted || !inserted.value())
            return inserted;
        if (auto ok = publicVersionChanged(tx, question->id); !ok)
            return ok.error();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, question->id, QStringLiteral("redaction"),
                                           statusName(question->status), statusName(question->status),
                                           QStringLiteral("%1: %2").arg(manualRedactionKindName(kind), clean.value()));
            !ok)
            return ok.error();
        return true;
    });
    if (!added)
        return added.error();
    return preview(question->ref);
}

Result<RedactionPreview> PublishService::removeManualRedaction(const QString& idOrReference, ManualRedaction::Kind kind,
                                                               const QString& text)
{
    if (auto ok = requireCoordinator(); !ok)
        return ok.error();
    auto question = QuestionService(m_context, m_actor).find(idOrReference);
    if (!question)
        return question.error();
    auto removed = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        auto deleted = PublicationRepository(tx).removeManualRedaction(question->id, kind, text.trimmed());
        if (!deleted)
            return deleted;
        if (!deleted.value())
            return Error::notFound(tr("Question %1 has no manual \"%2\" choice for \"%3\".")
                                       .arg(question->ref, manualRedactionKindName(kind), text.trimmed()));
        if (auto ok = publicVersionChanged(tx, question->id); !ok)
            return ok.error();
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, question->id,
                                           QStringLiteral("redaction-removed"), statusName(question->status),
                                           statusName(question->status),
                                           QStringLiteral("%1: %2").arg(manualRedactionKindName(kind), text.trimmed()));
            !ok)
            return ok.error();
        return true;
    });
    if (!removed)
        return removed.error();
    return preview(question->ref);
}

Result<QList<std::pair<QString, QString>>> PublishService::settings()
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    CatalogRepository catalog(connection.value());
    QList<std::pair<QString, QString>> out;
    for (const QString& key : settingKeys()) {
        auto value = catalog.setting(key);
        if (!value)
            return value.error();
        out.append({key, value.value()});
    }
    return out;
}

Result<void> PublishService::saveSetting(const QString& key, const QString& value)
{
    if (!m_actor.active || !m_actor.hasRole(Role::Admin))
        return Error::forbidden(tr("Only an administrator may change the agency settings."));
    if (!settingKeys().contains(key))
        return Error::invalid(tr("Unknown setting %1; known: %2.").arg(key, settingKeys().join(QStringLiteral(", "))),
                              QStringLiteral("key"));
    auto clean = TextRules::clean(value, key, key, 4000, false);
    if (!clean)
        return clean.error();
    if (key == QLatin1String(askerLineKey) && !askerLineStyleFromName(clean.value()))
        return Error::invalid(tr("The asker line is one of full_name, initials, anonymous."), key);
    if (key == QLatin1String("agency.portal_base_url") && PortalBundle::normalisedBaseUrl(clean.value()).isEmpty())
        return Error::invalid(tr("The portal base URL must be an http(s) address."), key);
    auto saved = inTransaction<bool>(*m_context.db, [&](QSqlDatabase tx) -> Result<bool> {
        if (auto ok = CatalogRepository(tx).setSetting(key, clean.value()); !ok)
            return ok.error();
        // Other departments search and read what the public sees, which these two settings change.
        if (key == QLatin1String(askerLineKey) || key == QLatin1String(allowlistKey)) {
            if (auto ok = SearchIndex(tx).refreshPublished(); !ok)
                return ok.error();
            if (auto ok = PublicText::rewriteKept(tx, std::nullopt); !ok)
                return ok.error();
        }
        if (auto ok = AuditService::record(tx, m_context.now(), m_actor.username, std::nullopt, QStringLiteral("setting"),
                                           {}, {}, QStringLiteral("%1 = %2").arg(key, clean.value()));
            !ok)
            return ok.error();
        return true;
    });
    if (!saved)
        return saved.error();
    return {};
}

} // namespace danhoi
