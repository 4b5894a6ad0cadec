#include "QuestionBulkWriter.h"

#include "RevisionRepository.h"
#include "core/AuditChain.h"

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

// Positional bindings; a null QString is bound as '' (text columns are NOT NULL), SQL NULL is an empty QVariant.
void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const bool nullText = value.metaType().id() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, nullText ? QVariant(QStringLiteral("")) : value);
    }
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

Result<void> QuestionBulkWriter::insertQuestion(Question& q, int year, qint64 createdAt)
{
    auto sequence = nextSequence(year);
    if (!sequence)
        return sequence.error();
    q.ref = QStringLiteral("HD-%1-%2").arg(year).arg(sequence.value(), 6, 10, QLatin1Char('0'));
    const QVariantList values = {
        q.ref, year, sequence.value(), channelName(q.channel), q.receivedAt.toMSecsSinceEpoch(), q.title, q.body,
        q.asker.name, q.asker.locality, q.asker.phone, q.asker.email, q.asker.address, q.asker.idNumber,
        orNull(q.categoryId), orNull(q.departmentId), orNull(q.assignedClerkId), statusName(q.status),
        q.dueDate ? QVariant(q.dueDate->toString(Qt::ISODate)) : QVariant(), orNull(q.duplicateOfId),
        q.rejectionReason, q.externalId.isEmpty() ? QVariant() : QVariant(q.externalId), createdAt, createdAt,
    };
    bindAll(m_question, values);
    if (auto ok = run(m_question); !ok)
        return ok;
    m_question.next();
    q.id = m_question.value(0).toLongLong();
    q.version = 1;
    m_question.finish();
    return {};
}

Result<void> QuestionBulkWriter::extendChain(AuditEvent& e)
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
    const QVariantList eventValues = {e.seq,        e.at.toMSecsSinceEpoch(), e.username, orNull(e.questionId), e.action,
                                      e.fromStatus, e.toStatus,               e.note,     e.prevHash,           e.hash};
    bindAll(m_event, eventValues);
    if (auto ok = run(m_event); !ok)
        return ok;
    m_head->second = e.hash;
    return {};
}

Result<void> QuestionBulkWriter::add(Question& q, int year, QList<AnswerRevision>& revisions, QList<AuditEvent>& events,
                                     std::optional<int> publishedRevision)
{
    if (auto ok = insertQuestion(q, year, q.receivedAt.toMSecsSinceEpoch()); !ok)
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
        m_publish.bindValue(1, revisions.at(*publishedRevision).reviewedAt.toMSecsSinceEpoch());
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
    return m_search.addNew(q.id, q.title, q.body, q.asker.locality, latest ? latest->body : QString(), publishedAnswer);
}

Result<std::optional<QString>> QuestionBulkWriter::recorded(const QString& externalId, const QString& fingerprint)
{
    if (auto ok = prepareImport(); !ok)
        return ok.error();
    auto lookUp = [](QSqlQuery& query, const QString& key) -> Result<std::optional<QString>> {
        query.bindValue(0, key);
        if (auto ok = run(query); !ok)
            return ok.error();
        std::optional<QString> ref;
        if (query.next())
            ref = query.value(0).toString();
        query.finish();
        return ref;
    };
    if (!externalId.isEmpty()) {
        auto byExternalId = lookUp(m_byExternalId, externalId);
        if (!byExternalId || byExternalId.value())
            return byExternalId;
    }
    return lookUp(m_byFingerprint, fingerprint);
}

Result<void> QuestionBulkWriter::addReceived(Question& q, int year, const QString& fingerprint, AuditEvent& event,
                                             const QDateTime& now)
{
    if (auto ok = prepareImport(); !ok)
        return ok;
    if (auto ok = insertQuestion(q, year, now.toMSecsSinceEpoch()); !ok)
        return ok;
    m_fingerprint.bindValue(0, fingerprint);
    m_fingerprint.bindValue(1, q.id);
    m_fingerprint.bindValue(2, now.toMSecsSinceEpoch());
    if (auto ok = run(m_fingerprint); !ok)
        return ok;
    event.questionId = q.id;
    if (auto ok = m_serverAudit ? m_serverAudit->appendAudit(event) : extendChain(event); !ok)
        return ok;
    return m_search.addNew(q.id, q.title, q.body, q.asker.locality, QString());
}

Result<void> QuestionBulkWriter::finish()
{
    if (!m_head)
        return {};
    SqlStatement head(m_db, QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)"
                                           " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"));
    return head.bind(QStringLiteral(":seq"), m_head->first).bind(QStringLiteral(":hash"), m_head->second).exec();
}

} // namespace danhoi
