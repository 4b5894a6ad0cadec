#include "ImportService.h"

#include "core/AuditNote.h"
#include "storage/CatalogRepository.h"
#include "storage/QuestionBulkWriter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace danhoi {

QString ImportService::fingerprint(const NewQuestion& question)
{
    QStringList parts = {question.title, question.body, question.asker.name, question.asker.phone, question.asker.email,
                         question.receivedAt.isValid() ? QString::number(question.receivedAt.toSecsSinceEpoch()) : QString()};
    for (QString& part : parts)
        part = part.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<ImportOutcome> ImportService::importFile(const QString& path, const ImportOptions& options)
{
    if (!m_actor.active || !m_actor.hasRole(Role::Coordinator))
        return Error::forbidden(tr("Only a coordinator may import questions."));
    auto parsed = QuestionImport::readFile(path);
    if (!parsed)
        return parsed.error();
    return importParsed(parsed.value(), QFileInfo(path).fileName(), options);
}

Result<ImportOutcome> ImportService::importParsed(const ParsedImport& parsed, const QString& source,
                                                  const ImportOptions& options)
{
    if (!m_actor.active || !m_actor.hasRole(Role::Coordinator))
        return Error::forbidden(tr("Only a coordinator may import questions."));
    ImportOutcome outcome;
    outcome.format = QuestionImport::formatName(parsed.format);
    outcome.records = int(parsed.records.size());
    outcome.dryRun = options.dryRun;
    outcome.problems = parsed.problems;
    outcome.ignoredFields = parsed.ignoredFields;

    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto settings = CatalogRepository(connection.value()).agencySettings();
    if (!settings)
        return settings.error();
    const AgencyTime agencyTime(settings->timeZone);
    QuestionService questions(m_context, m_actor);

    struct Valid {
        int line;
        NewQuestion question;
        QString fingerprint;
    };
    QList<Valid> valid;
    QHash<QString, int> externalIds;
    QHash<QString, int> fingerprints;
    for (const ImportRecord& record : parsed.records) {
        auto problem = [&](const QString& field, const QString& message) {
            outcome.problems.append({record.line, record.isRecord, field, message});
        };
        NewQuestion input;
        const auto& f = record.fields;
        input.title = f.value(QStringLiteral("title"));
        input.body = f.value(QStringLiteral("body"));
        input.asker = {f.value(QStringLiteral("asker_name")),  f.value(QStringLiteral("asker_locality")),
                       f.value(QStringLiteral("asker_phone")), f.value(QStringLiteral("asker_email")),
                       f.value(QStringLiteral("asker_address")), f.value(QStringLiteral("asker_id_number"))};
        input.externalId = f.value(QStringLiteral("external_id"));
        const QString channel = f.value(QStringLiteral("channel")).trimmed().toLower();
        if (!channel.isEmpty()) {
            const auto parsedChannel = channelFromName(channel == QLatin1String("walk-in") ? QStringLiteral("walk_in") : channel);
            if (!parsedChannel) {
                problem(QStringLiteral("channel"), tr("\"%1\" is not a channel (portal, email, letter, phone, walk_in).").arg(channel));
                continue;
            }
            input.channel = *parsedChannel;
        }
        const QString received = f.value(QStringLiteral("received_at")).trimmed();
        if (!received.isEmpty()) {
            input.receivedAt = agencyTime.parse(received);
            if (!input.receivedAt.isValid()) {
                problem(QStringLiteral("received_at"),
                        tr("\"%1\" is not a date and time (use ISO 8601, e.g. 2025-03-04T09:30:00+07:00).").arg(received));
                continue;
            }
        }
        const QDateTime givenReceived = input.receivedAt;
        auto checked = questions.validate(input);
        if (!checked) {
            problem(checked.error().field, checked.error().message);
            continue;
        }
        NewQuestion clean = checked.value();
        NewQuestion keyed = clean;
        keyed.receivedAt = givenReceived; // "now" must not make the same record look new on every import
        const QString print = fingerprint(keyed);
        if (!clean.externalId.isEmpty()) {
            if (externalIds.contains(clean.externalId)) {
                problem(QStringLiteral("external_id"), tr("repeats the external id %1 of line %2.")
                                                           .arg(clean.externalId)
                                                           .arg(externalIds.value(clean.externalId)));
                continue;
            }
            externalIds.insert(clean.externalId, record.line);
        } else if (fingerprints.contains(print)) {
            outcome.duplicates.append({record.line, tr("line %1").arg(fingerprints.value(print))});
            continue;
        }
        fingerprints.insert(print, record.line);
        valid.append({record.line, clean, print});
    }
    if (!outcome.ok())
        return outcome;

    // Everything is valid: write it all in one transaction, or nothing. Statements are prepared once for the whole
    // file and the audit chain's head is written once at the end (on PostgreSQL the server appends each event).
    auto write = [&](QSqlDatabase tx) -> Result<ImportOutcome> {
        ImportOutcome result = outcome; // a re-run after a clash starts again from the checked records
        QuestionBulkWriter writer(tx);
        if (auto ok = writer.prepare(); !ok)
            return ok.error();
        const QDateTime now = m_context.now();
        int done = 0;
        for (const Valid& item : std::as_const(valid)) {
            if (options.cancelled && options.cancelled())
                return Error::conflict(tr("The import was cancelled; nothing was imported."));
            auto existing = writer.recorded(item.question.externalId, item.fingerprint);
            if (!existing)
                return existing.error();
            if (existing.value()) {
                result.duplicates.append({item.line, *existing.value()});
            } else if (options.dryRun) {
                result.imported.append({item.line, QString()});
            } else {
                Question question;
                question.title = item.question.title;
                question.body = item.question.body;
                question.channel = item.question.channel;
                question.asker = item.question.asker;
                question.receivedAt = item.question.receivedAt;
                question.externalId = item.question.externalId;
                AuditEvent event;
                event.at = now;
                event.username = m_actor.username;
                event.action = QStringLiteral("record");
                event.toStatus = statusName(question.status);
                event.note = AuditNote::imported(source, item.line);
                if (auto ok = writer.addReceived(question, agencyTime.dateOf(question.receivedAt).year(), item.fingerprint,
                                                 event, now);
                    !ok)
                    return ok.error();
                result.imported.append({item.line, question.ref});
            }
            ++done;
            if (options.progress && (done % 100 == 0 || done == valid.size()))
                options.progress(done, int(valid.size()));
        }
        if (auto ok = writer.finish(); !ok)
            return ok.error();
        return result;
    };
    // A dry run only reads; the real run writes everything in one transaction.
    if (options.dryRun)
        return write(connection.value());
    // Up to 100,000 questions in one transaction: keep the index pages it touches in memory.
    if (auto ok = m_context.db->enlargeCache(); !ok)
        return ok.error();
    return inTransaction<ImportOutcome>(*m_context.db, write);
}

} // namespace danhoi
