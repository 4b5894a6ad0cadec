#include "QuestionBulkWriter.h"
#include "QuestionSortMarks.h"

#include "BatchedInsert.h"
#include "ReceivedQuestionGroup.h"
#include "RevisionRepository.h"
#include "core/AuditChain.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace danhoi {

namespace {

Result<void> prepared(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return Database::errorFrom(query.lastError());
    return {};
}

Result<void> run(QSqlQuery& query)
{
    if (!query.exec())
        return Database::errorFrom(query.lastError());
    return {};
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    bindRow(query, 0, values);
}

QString referenceOf(int year, int sequence)
{
    return QStringLiteral("HD-%1-%2").arg(year).arg(sequence, 6, 10, QLatin1Char('0'));
}

QVariant orNull(const std::optional<Id>& id)
{
    return id ? QVariant(*id) : QVariant();
}

} // namespace

QuestionBulkWriter::QuestionBulkWriter(QSqlDatabase tx)
    : m_db(tx)
    , m_question(tx)
    , m_revision(tx)
    , m_event(tx)
    , m_publish(tx)
    , m_byExternalId(tx)
    , m_byFingerprint(tx)
    , m_fingerprint(tx)
    , m_search(tx)
{
}

QuestionBulkWriter::~QuestionBulkWriter() = default;

Result<void> QuestionBulkWriter::prepare()
{
    if (auto ok = prepared(m_question, QStringLiteral(
            "INSERT INTO questions (ref, ref_year, ref_seq, channel, received_at, title, body, asker_name, asker_locality,"
            " asker_phone, asker_email, asker_address, asker_id_number, category_id, department_id, assigned_clerk_id,"
            " status, due_date, duplicate_of_id, rejection_reason, external_id, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        !ok)
        return ok;
    if (auto ok = prepared(m_revision, QStringLiteral(
            "INSERT INTO answer_revisions (question_id, number, body, author_id, created_at, state, reviewer_id,"
            " reviewed_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        !ok)
        return ok;
    if (auto ok = prepared(m_event, QStringLiteral(
            "INSERT INTO audit_events (seq, at, username, question_id, action, from_status, to_status, note, prev_hash,"
            " hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !ok)
        return ok;
    return prepared(m_publish, QStringLiteral(
        "UPDATE questions SET published_revision_id = ?, published_at = ? WHERE id = ?"));
}

Result<void> QuestionBulkWriter::prepareImport()
{
    if (m_importPrepared)
        return {};
    if (auto ok = prepared(m_byExternalId, QStringLiteral("SELECT ref FROM questions WHERE external_id = ?")); !ok)
        return ok;
    if (auto ok = prepared(m_byFingerprint, QStringLiteral(
            "SELECT q.ref FROM import_fingerprints f JOIN questions q ON q.id = f.question_id WHERE f.fingerprint = ?"));
        !ok)
        return ok;
    if (auto ok = prepared(m_fingerprint, QStringLiteral(
            "INSERT INTO import_fingerprints (fingerprint, question_id, imported_at) VALUES (?, ?, ?)"));
        !ok)
        return ok;
    if (isPostgres(m_db))
        m_serverAudit = GuardedWrites::of(m_db);
    else if (ReceivedQuestionGroup::available(m_db))
        m_received = std::make_unique<ReceivedQuestionGroup>(m_db);
    m_importPrepared = true;
    return {};
}

Result<int> QuestionBulkWriter::nextSequence(int year)
{
    if (!m_lastSequence.contains(year)) {
        SqlStatement last(m_db, QStringLiteral("SELECT COALESCE(MAX(ref_seq), 0) FROM questions WHERE ref_year = :y"));
        if (auto ok = last.bind(QStringLiteral(":y"), year).exec(); !ok)
            return ok.error();
        last.next();
        m_lastSequence.insert(year, last.value(0).toInt());
    }
    return ++m_lastSequence[year];
}

Result<void> QuestionBulkWriter::insertQuestion(Question& q, int year, qint64 createdAt, qint64 updatedAt)
{
    auto sequence = nextSequence(year);
    if (!sequence)
        return sequence.error();
    q.ref = referenceOf(year, sequence.value());
    const QVariantList values = {
        q.ref, year, sequence.value(), channelName(q.channel), q.receivedAt.toMSecsSinceEpoch(), q.title, q.body,
        q.asker.name, q.asker.locality, q.asker.phone, q.asker.email, q.asker.address, q.asker.idNumber,
        orNull(q.categoryId), orNull(q.departmentId), orNull(q.assignedClerkId), statusName(q.status),
        q.dueDate ? QVariant(q.dueDate->toString(Qt::ISODate)) : QVariant(), orNull(q.duplicateOfId),
        q.rejectionReason, q.externalId.isEmpty() ? QVariant() : QVariant(q.externalId), createdAt, updatedAt,
    };
    bindAll(m_question, values);
    if (auto ok = run(m_question); !ok)
        return ok;
    m_question.next();
    q.id = m_question.value(0).toLongLong();
    q.version = 1;
    m_question.finish();
    m_written = m_written ? std::pair(std::min(m_written->first, q.id), std::max(m_written->second, q.id)) : std::pair(q.id, q.id);
    return {};
}

Result<void> QuestionBulkWriter::chain(AuditEvent& e)
{
    if (!m_head) {
        auto head = AuditRepository(m_db).head();
        if (!head)
            return head.error();
        m_head = head.value();
    }
    e.seq = ++m_head->first;
    e.prevHash = m_head->second;
    e.at = QDateTime::fromMSecsSinceEpoch(e.at.toMSecsSinceEpoch(), Qt::UTC);
    e.hash = AuditChain::hashOf(e);
    m_head->second = e.hash;
    return {};
}

Result<void> QuestionBulkWriter::extendChain(AuditEvent& e)
{
    if (auto ok = chain(e); !ok)
        return ok;
    const QVariantList eventValues = {e.seq,        e.at.toMSecsSinceEpoch(), e.username, orNull(e.questionId), e.action,
                                      e.fromStatus, e.toStatus,               e.note,     e.prevHash,           e.hash};
    bindAll(m_event, eventValues);
    return run(m_event);
}

Result<void> QuestionBulkWriter::add(Question& q, int year, QList<AnswerRevision>& revisions, QList<AuditEvent>& events,
                                     std::optional<int> publishedRevision)
{
    // Changed last by its last event; published when its "published" event says, else when its answer was approved.
    qint64 changedAt = q.receivedAt.toMSecsSinceEpoch();
    std::optional<qint64> publishedAt;
    for (const AuditEvent& e : std::as_const(events)) {
        changedAt = std::max(changedAt, e.at.toMSecsSinceEpoch());
        if (e.toStatus == statusName(Status::Published))
            publishedAt = e.at.toMSecsSinceEpoch();
    }
    if (auto ok = insertQuestion(q, year, q.receivedAt.toMSecsSinceEpoch(), changedAt); !ok)
        return ok;
    for (AnswerRevision& r : revisions) {
        r.questionId = q.id;
        const QVariantList revisionValues = {
            q.id, r.number, r.body, r.authorId, r.createdAt.toMSecsSinceEpoch(), revisionStateName(r.state),
            orNull(r.reviewerId), r.reviewedAt.isValid() ? QVariant(r.reviewedAt.toMSecsSinceEpoch()) : QVariant(),
            r.comment,
        };
        bindAll(m_revision, revisionValues);
        if (auto ok = run(m_revision); !ok)
            return ok;
        m_revision.next();
        r.id = m_revision.value(0).toLongLong();
        m_revision.finish();
    }
    if (publishedRevision && *publishedRevision < revisions.size()) {
        q.publishedRevisionId = revisions.at(*publishedRevision).id;
        m_publish.bindValue(0, *q.publishedRevisionId);
        m_publish.bindValue(1, publishedAt.value_or(revisions.at(*publishedRevision).reviewedAt.toMSecsSinceEpoch()));
        m_publish.bindValue(2, q.id);
        if (auto ok = run(m_publish); !ok)
            return ok;
    }
    for (AuditEvent& e : events) {
        e.questionId = q.id;
        if (auto ok = extendChain(e); !ok)
            return ok;
    }
    const AnswerRevision* latest = nullptr;
    for (const AnswerRevision& r : revisions)
        if (!latest || r.number > latest->number)
            latest = &r;
    std::optional<QString> publishedAnswer;
    if (publishedRevision && *publishedRevision < revisions.size())
        publishedAnswer = revisions.at(*publishedRevision).body;
    return indexLater({q.id, q.title, q.body, q.asker.locality, latest ? latest->body : QString(), publishedAnswer});
}

Result<void> QuestionBulkWriter::addToGroup(Question& q, int year, const QString& fingerprint, AuditEvent& event,
                                            const QDateTime& now)
{
    auto sequence = nextSequence(year);
    if (!sequence)
        return sequence.error();
    auto id = m_received->nextId();
    if (!id)
        return id.error();
    q.id = id.value();
    q.version = 1;
    q.ref = referenceOf(year, sequence.value());
    event.questionId = q.id;
    if (auto ok = chain(event); !ok)
        return ok;
    m_received->add(q, year, sequence.value(), fingerprint, now.toMSecsSinceEpoch(), event);
    return m_received->full() ? m_received->write() : Result<void>();
}

Result<void> QuestionBulkWriter::indexLater(IndexRow row)
{
    m_indexRows.append(std::move(row));
    return m_indexRows.size() >= indexGroup ? writeIndexRows() : Result<void>();
}

Result<void> QuestionBulkWriter::writeIndexRows()
{
    for (const IndexRow& r : std::as_const(m_indexRows))
        if (auto ok = m_search.addNew(r.questionId, r.title, r.body, r.locality, r.latestAnswer, r.publishedAnswer); !ok)
            return ok;
    m_indexRows.clear();
    return {};
}

Result<std::optional<QString>> QuestionBulkWriter::recordedOne(const RecordKey& key)
{
    auto lookUp = [](QSqlQuery& query, const QString& value) -> Result<std::optional<QString>> {
        query.bindValue(0, value);
        if (auto ok = run(query); !ok)
            return ok.error();
        std::optional<QString> ref;
        if (query.next())
            ref = query.value(0).toString();
        query.finish();
        return ref;
    };
    if (!key.externalId.isEmpty()) {
        auto byExternalId = lookUp(m_byExternalId, key.externalId);
        if (!byExternalId || byExternalId.value())
            return byExternalId;
    }
    return lookUp(m_byFingerprint, key.fingerprint);
}

// `select` reads (key, ref) for the keys in the JSON array bound to :keys.
Result<QHash<QString, QString>> QuestionBulkWriter::refsOf(const QString& select, const QStringList& keys)
{
    QHash<QString, QString> refs;
    if (keys.isEmpty())
        return refs;
    SqlStatement found(m_db, select);
    const QByteArray list = QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact);
    if (auto ok = found.bind(QStringLiteral(":keys"), QString::fromUtf8(list)).exec(); !ok)
        return ok.error();
    while (found.next())
        refs.insert(found.value(0).toString(), found.value(1).toString());
    return refs;
}

Result<QList<std::optional<QString>>> QuestionBulkWriter::recorded(const QList<RecordKey>& keys)
{
    if (auto ok = prepareImport(); !ok)
        return ok.error();
    QList<std::optional<QString>> out;
    out.reserve(keys.size());
    if (isPostgres(m_db)) {
        for (const RecordKey& key : keys) {
            auto ref = recordedOne(key);
            if (!ref)
                return ref.error();
            out.append(ref.value());
        }
        return out;
    }
    QStringList externalIds, fingerprints;
    for (const RecordKey& key : keys) {
        if (!key.externalId.isEmpty())
            externalIds.append(key.externalId);
        fingerprints.append(key.fingerprint);
    }
    auto byExternalId = refsOf(QStringLiteral("SELECT external_id, ref FROM questions"
                                              " WHERE external_id IN (SELECT value FROM json_each(:keys))"),
                               externalIds);
    if (!byExternalId)
        return byExternalId.error();
    auto byFingerprint = refsOf(QStringLiteral("SELECT f.fingerprint, q.ref FROM import_fingerprints f"
                                               " JOIN questions q ON q.id = f.question_id"
                                               " WHERE f.fingerprint IN (SELECT value FROM json_each(:keys))"),
                                fingerprints);
    if (!byFingerprint)
        return byFingerprint.error();
    for (const RecordKey& key : keys) {
        std::optional<QString> ref;
        if (const auto it = byExternalId->constFind(key.externalId); !key.externalId.isEmpty() && it != byExternalId->cend())
            ref = it.value();
        else if (const auto at = byFingerprint->constFind(key.fingerprint); at != byFingerprint->cend())
            ref = at.value();
        out.append(ref);
    }
    return out;
}

Result<void> QuestionBulkWriter::addReceived(Question& q, int year, const QString& fingerprint, AuditEvent& event,
                                             const QDateTime& now)
{
    if (auto ok = prepareImport(); !ok)
        return ok;
    if (m_received)
        return addToGroup(q, year, fingerprint, event, now);
    if (auto ok = insertQuestion(q, year, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()); !ok)
        return ok;
    m_fingerprint.bindValue(0, fingerprint);
    m_fingerprint.bindValue(1, q.id);
    m_fingerprint.bindValue(2, now.toMSecsSinceEpoch());
    if (auto ok = run(m_fingerprint); !ok)
        return ok;
    event.questionId = q.id;
    if (auto ok = m_serverAudit ? m_serverAudit->appendAudit(event) : extendChain(event); !ok)
        return ok;
    return indexLater({q.id, q.title, q.body, q.asker.locality, QString(), std::nullopt});
}

namespace {

const QStringList wordCountTriggers = {QStringLiteral("question_search_terms_insert"),
                                       QStringLiteral("question_search_terms_update"),
                                       QStringLiteral("question_search_terms_delete")};

Result<void> switchWordCounts(QSqlDatabase tx, bool on)
{
    for (const QString& trigger : wordCountTriggers) {
        SqlStatement q(tx, QStringLiteral("ALTER TABLE question_search %1 TRIGGER %2")
                               .arg(on ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"), trigger));
        if (auto ok = q.exec(); !ok)
            return ok;
    }
    return {};
}

} // namespace

Result<void> QuestionBulkWriter::deferWordCounts()
{
    if (!isPostgres(m_db) || m_wordCountsDeferred)
        return {};
    // Transactional: a batch that fails rolls the switch back with its rows. Other writers of the index wait for
    // the commit (the switch locks the table against writes), so no row is counted twice or missed.
    if (auto ok = switchWordCounts(m_db, false); !ok)
        return ok;
    m_wordCountsDeferred = true;
    return {};
}

Result<void> QuestionBulkWriter::writePublicVersions(QSqlDatabase tx, const QList<std::pair<Id, PublicVersion>>& versions)
{
    BatchedInsert write(tx,
                        QStringLiteral("INSERT INTO public_questions (question_id, revision_id, ref, title, question,"
                                       " asker_line, answer, department_id, category_id, received_at, answered_at,"
                                       " published_at)"
                                       " SELECT q.id, r.id, q.ref, v.title, v.question, v.asker_line, v.answer,"
                                       " q.department_id, q.category_id, q.received_at, r.reviewed_at,"
                                       " COALESCE(q.published_at, r.reviewed_at, q.updated_at) FROM ("),
                        QStringLiteral("(CAST(? AS BIGINT), ?, ?, ?, ?)"), 5,
                        QStringLiteral(") AS v (id, title, question, asker_line, answer)"
                                       " JOIN questions q ON q.id = v.id"
                                       " JOIN answer_revisions r ON r.id = q.published_revision_id"));
    for (const auto& [id, shown] : versions)
        if (auto ok = write.add({id, shown.title, shown.question, shown.askerLine, shown.answer}); !ok)
            return ok;
    return write.finish();
}

Result<void> QuestionBulkWriter::finish()
{
    if (m_received)
        if (auto ok = m_received->writeStaged(m_search); !ok)
            return ok;
    if (auto ok = writeIndexRows(); !ok)
        return ok;
    if (m_wordCountsDeferred) {
        if (m_written) { // the same counts the statement triggers would have added (postgres/9-vocabulary.sql)
            SqlStatement count(m_db, QStringLiteral(
                "INSERT INTO question_search_term_changes (term, n)"
                " SELECT term, count(*) FROM question_search, unnest(tsvector_to_array(document)) AS term"
                " WHERE rowid BETWEEN :from AND :to GROUP BY term"
                " UNION ALL SELECT '', count(*) FROM question_search WHERE rowid BETWEEN :from2 AND :to2"));
            const qint64 from = m_written->first * 2, to = m_written->second * 2 + 1;
            count.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
            count.bind(QStringLiteral(":from2"), from).bind(QStringLiteral(":to2"), to);
            if (auto ok = count.exec(); !ok)
                return ok;
            SqlStatement fold(m_db, QStringLiteral("SELECT danhoi_search_terms_fold()"));
            if (auto ok = fold.exec(); !ok)
                return ok;
        }
        if (auto ok = switchWordCounts(m_db, true); !ok)
            return ok;
        m_wordCountsDeferred = false;
    }
    // The marks of the sorts that the rows written here made uneven (SQLite).
    if (auto ok = QuestionSortMarks(m_db).keepEven(); !ok)
        return ok;
    if (!m_head)
        return {};
    SqlStatement head(m_db, QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)"
                                           " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"));
    return head.bind(QStringLiteral(":seq"), m_head->first).bind(QStringLiteral(":hash"), m_head->second).exec();
}

} // namespace danhoi
