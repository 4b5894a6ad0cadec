#include "ImportService.h"

#include "core/AuditNote.h"
#include "publishing/ImportReader.h"
#include "storage/QuestionBulkWriter.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

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
    auto reader = ImportReader::open(path);
    if (!reader)
        return reader.error();
    return importFrom(*reader.value(), QFileInfo(path).fileName(), options);
}

Result<ImportOutcome> ImportService::importParsed(const ParsedImport& parsed, const QString& source,
                                                  const ImportOptions& options)
{
    if (!m_actor.active || !m_actor.hasRole(Role::Coordinator))
        return Error::forbidden(tr("Only a coordinator may import questions."));
    ImportReader reader(parsed);
    return importFrom(reader, source, options);
}

namespace {

// A record that passed the checks, with its content key.
struct CheckedRecord {
    NewQuestion question;
    QString fingerprint;
};

} // namespace

// Checks each record and remembers what the file itself holds, to tell a repeat: its external ids, and the content
// keys (32 bytes each) of every record. What it remembers grows with the records, by about 100 bytes each.
class ImportService::RecordCheck
{
public:
    RecordCheck(const AgencyTime& agencyTime, const QuestionService& questions) : m_agencyTime(agencyTime), m_questions(questions) { }

    std::optional<CheckedRecord> operator()(const ImportRecord& record, ImportOutcome& outcome)
    {
        auto problem = [&](const QString& field, const QString& message) {
            outcome.problems.append({record.line, record.isRecord, field, message});
            return std::nullopt;
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
            if (!parsedChannel)
                return problem(QStringLiteral("channel"),
                               ImportService::tr("\"%1\" is not a channel (portal, email, letter, phone, walk_in).").arg(channel));
            input.channel = *parsedChannel;
        }
        const QString received = f.value(QStringLiteral("received_at")).trimmed();
        if (!received.isEmpty()) {
            input.receivedAt = m_agencyTime.parse(received);
            if (!input.receivedAt.isValid())
                return problem(QStringLiteral("received_at"),
                               ImportService::tr("\"%1\" is not a date and time (use ISO 8601, e.g. 2025-03-04T09:30:00+07:00).").arg(received));
        }
        const QDateTime givenReceived = input.receivedAt;
        auto checked = m_questions.validate(input);
        if (!checked)
            return problem(checked.error().field, checked.error().message);
        CheckedRecord result{checked.value(), {}};
        NewQuestion keyed = result.question;
        keyed.receivedAt = givenReceived; // "now" must not make the same record look new on every import
        result.fingerprint = fingerprint(keyed);
        const QString& externalId = result.question.externalId;
        const QByteArray key = QByteArray::fromHex(result.fingerprint.toLatin1());
        if (!externalId.isEmpty()) {
            if (const auto seen = m_externalIds.constFind(externalId); seen != m_externalIds.cend())
                return problem(QStringLiteral("external_id"),
                               ImportService::tr("repeats the external id %1 of line %2.").arg(externalId).arg(seen.value()));
            m_externalIds.insert(externalId, record.line);
        }
        // The same content as an earlier record, with or without an external id: a repeat, as it would be of a
        // question recorded before (the bulk writer stages the file's own questions until the end).
        if (const auto seen = m_fingerprints.constFind(key); seen != m_fingerprints.cend()) {
            outcome.duplicates.append({record.line, ImportService::tr("line %1").arg(seen.value())});
            return std::nullopt;
        }
        m_fingerprints.insert(key, record.line);
        return result;
    }

private:
    const AgencyTime& m_agencyTime;
    const QuestionService& m_questions;
    QHash<QString, int> m_externalIds;
    QHash<QByteArray, int> m_fingerprints;
};

Result<ImportOutcome> ImportService::importFrom(ImportReader& reader, const QString& source, const ImportOptions& options)
{
    auto connection = m_context.db->connection();
    if (!connection)
        return connection.error();
    auto zone = m_context.agencyTime(connection.value());
    if (!zone)
        return zone.error();
    const AgencyTime agencyTime = zone.value();
    const QuestionService questions(m_context, m_actor);

    // One pass over the file: each record is checked, then written at once while the file has had no problem. After
    // a problem the rest is only checked (to list every problem) and the transaction is rolled back: all or nothing.
    // Statements are prepared once for the whole file and the audit chain's head is written once at the end (on
    // PostgreSQL the server appends each event).
    std::optional<ImportOutcome> refused;
    auto pass = [&](QSqlDatabase tx) -> Result<ImportOutcome> {
        if (auto ok = reader.restart(); !ok) // a transaction run again reads the file again
            return ok.error();
        ImportOutcome result;
        result.format = QuestionImport::formatName(reader.format());
        result.dryRun = options.dryRun;
        RecordCheck check(agencyTime, questions);
        QuestionBulkWriter writer(tx);
        if (auto ok = writer.prepare(); !ok)
            return ok.error();
        const QDateTime now = m_context.now();
        // The records that passed their checks, looked up together (QuestionBulkWriter::recorded) a group at a
        // time, then written in the file's order; at once when the file has a problem: those before it are written
        // (and rolled back), none after it.
        QList<std::pair<int, CheckedRecord>> pending;
        auto takePending = [&]() -> Result<void> {
            if (pending.isEmpty())
                return {};
            QList<QuestionBulkWriter::RecordKey> keys;
            keys.reserve(pending.size());
            for (const auto& [line, item] : std::as_const(pending))
                keys.append({item.question.externalId, item.fingerprint});
            auto existing = writer.recorded(keys);
            if (!existing)
                return existing.error();
            for (qsizetype i = 0; i < pending.size(); ++i) {
                const auto& [line, item] = pending.at(i);
                if (const std::optional<QString>& ref = existing->at(i)) {
                    result.duplicates.append({line, *ref});
                } else if (options.dryRun) {
                    result.imported.append({line, QString()});
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
                    event.note = AuditNote::imported(source, line);
                    if (auto ok = writer.addReceived(question, agencyTime.dateOf(question.receivedAt).year(),
                                                     item.fingerprint, event, now);
                        !ok)
                        return ok.error();
                    result.imported.append({line, question.ref});
                }
            }
            pending.clear();
            return {};
        };
        for (int done = 1;; ++done) {
            if (options.cancelled && options.cancelled())
                return Error::conflict(tr("The import was cancelled; nothing was imported."));
            auto record = reader.next(result.problems);
            if (!record)
                return record.error();
            if (!record.value())
                break;
            ++result.records;
            std::optional<CheckedRecord> item = check(*record.value(), result);
            if (item && result.ok())
                pending.append({record.value()->line, std::move(*item)});
            if (!pending.isEmpty() && (!result.ok() || pending.size() >= lookupGroup))
                if (auto ok = takePending(); !ok)
                    return ok.error();
            if (options.progress && (done % 100 == 0 || done == reader.records()))
                options.progress(done, reader.records());
        }
        if (auto ok = takePending(); !ok)
            return ok.error();
        // In the file's order, as they were found (a repeat inside the file is found by its check, before the group's
        // look-up).
        std::stable_sort(result.duplicates.begin(), result.duplicates.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        result.ignoredFields = reader.ignoredFields();
        if (!result.ok()) {
            result.imported.clear(); // written before the first problem: rolled back
            if (options.dryRun)
                return result;
            refused = result;
            return Error::invalid(QString()); // rolls back; the caller answers with `refused`
        }
        if (auto ok = writer.finish(); !ok)
            return ok.error();
        return result;
    };
    // A dry run only reads; the real run writes everything in one transaction.
    if (options.dryRun)
        return pass(connection.value());
    // Up to 100,000 questions in one transaction: a fixed page cache, so that memory does not grow with the file.
    // 32 MB: 100,000 rows into a copy of the 1M file took 41-48 s with it, 56-59 s with 256 MB (which held every
    // page the transaction changed until the commit: 374 MB peak) and 67 s with 8 MB.
    if (auto ok = m_context.db->enlargeCache(importCacheMegabytes); !ok)
        return ok.error();
    auto imported = inTransaction<ImportOutcome>(*m_context.db, pass);
    if (refused)
        return *refused;
    return imported;
}

} // namespace danhoi
