#include "RevisionRepository.h"
#include "DeskReads.h"
#include "SearchIndex.h"

#include "core/AuditChain.h"

namespace danhoi {

namespace {

// The columns of AnswerRevision, from the table or, on PostgreSQL, the desks' view (DeskReads.h).
QString revisionSelect(const QSqlDatabase& db)
{
    return QStringLiteral("SELECT r.id, r.question_id, r.number, r.body, r.author_id, a.username AS author, r.created_at,"
                          " r.state, r.reviewer_id, v.username AS reviewer, r.reviewed_at, r.comment"
                          " FROM %1 r JOIN users a ON a.id = r.author_id LEFT JOIN users v ON v.id = r.reviewer_id")
        .arg(desk_reads::revisions(db));
}

QDateTime utcFrom(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

AnswerRevision revisionFrom(const SqlStatement& q)
{
    AnswerRevision r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.questionId = q.value(QStringLiteral("question_id")).toLongLong();
    r.number = q.value(QStringLiteral("number")).toInt();
    r.body = q.value(QStringLiteral("body")).toString();
    r.authorId = q.value(QStringLiteral("author_id")).toLongLong();
    r.authorUsername = q.value(QStringLiteral("author")).toString();
    r.createdAt = utcFrom(q.value(QStringLiteral("created_at")));
    r.state = revisionStateFromName(q.value(QStringLiteral("state")).toString()).value_or(RevisionState::Draft);
    r.reviewerId = optionalId(q.value(QStringLiteral("reviewer_id")));
    r.reviewerUsername = q.value(QStringLiteral("reviewer")).toString();
    r.reviewedAt = utcFrom(q.value(QStringLiteral("reviewed_at")));
    r.comment = q.value(QStringLiteral("comment")).toString();
    return r;
}

AuditEvent eventFrom(const SqlStatement& q)
{
    AuditEvent e;
    e.id = q.value(QStringLiteral("id")).toLongLong();
    e.seq = q.value(QStringLiteral("seq")).toLongLong();
    e.at = utcFrom(q.value(QStringLiteral("at")));
    e.username = q.value(QStringLiteral("username")).toString();
    e.questionId = optionalId(q.value(QStringLiteral("question_id")));
    e.action = q.value(QStringLiteral("action")).toString();
    e.fromStatus = q.value(QStringLiteral("from_status")).toString();
    e.toStatus = q.value(QStringLiteral("to_status")).toString();
    e.note = q.value(QStringLiteral("note")).toString();
    e.prevHash = q.value(QStringLiteral("prev_hash")).toString();
    e.hash = q.value(QStringLiteral("hash")).toString();
    return e;
}

} // namespace

Result<void> RevisionRepository::append(AnswerRevision& r)
{
    SqlStatement next(m_db, QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM answer_revisions WHERE question_id = :q"));
    if (auto ok = next.bind(QStringLiteral(":q"), r.questionId).exec(); !ok)
        return ok;
    next.next();
    r.number = next.value(0).toInt();
    SqlStatement q(m_db, QStringLiteral("INSERT INTO answer_revisions (question_id, number, body, author_id, created_at,"
                                        " state, comment) VALUES (:q, :n, :body, :author, :at, :state, :comment) RETURNING id"));
    q.bind(QStringLiteral(":q"), r.questionId).bind(QStringLiteral(":n"), r.number).bind(QStringLiteral(":body"), r.body);
    q.bind(QStringLiteral(":author"), r.authorId).bind(QStringLiteral(":at"), r.createdAt.toMSecsSinceEpoch());
    q.bind(QStringLiteral(":state"), revisionStateName(r.state)).bind(QStringLiteral(":comment"), r.comment);
    if (auto ok = q.exec(); !ok)
        return ok;
    q.next();
    r.id = q.value(0).toLongLong();
    return SearchIndex(m_db).refresh(r.questionId);
}

Result<void> RevisionRepository::review(const AnswerRevision& r)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE answer_revisions SET state = :state, reviewer_id = :reviewer,"
                                        " reviewed_at = :at, comment = :comment WHERE id = :id"));
    q.bind(QStringLiteral(":state"), revisionStateName(r.state)).bind(QStringLiteral(":reviewer"), nullable(r.reviewerId));
    q.bind(QStringLiteral(":at"), r.reviewedAt.isValid() ? QVariant(r.reviewedAt.toMSecsSinceEpoch()) : QVariant());
    q.bind(QStringLiteral(":comment"), r.comment).bind(QStringLiteral(":id"), r.id);
    return q.exec();
}

Result<QList<AnswerRevision>> RevisionRepository::ofQuestion(Id questionId)
{
    SqlStatement q(m_db, revisionSelect(m_db) + QStringLiteral(" WHERE r.question_id = :q ORDER BY r.number"));
    if (auto ok = q.bind(QStringLiteral(":q"), questionId).exec(); !ok)
        return ok.error();
    QList<AnswerRevision> out;
    while (q.next())
        out.append(revisionFrom(q));
    return out;
}

Result<std::optional<AnswerRevision>> RevisionRepository::latest(Id questionId)
{
    SqlStatement q(m_db, revisionSelect(m_db) + QStringLiteral(" WHERE r.question_id = :q ORDER BY r.number DESC LIMIT 1"));
    if (auto ok = q.bind(QStringLiteral(":q"), questionId).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(revisionFrom(q)) : std::nullopt;
}

Result<std::optional<AnswerRevision>> RevisionRepository::byId(Id id)
{
    SqlStatement q(m_db, revisionSelect(m_db) + QStringLiteral(" WHERE r.id = :id"));
    if (auto ok = q.bind(QStringLiteral(":id"), id).exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(revisionFrom(q)) : std::nullopt;
}

Result<std::pair<qint64, QString>> AuditRepository::head()
{
    SqlStatement q(m_db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    if (!q.next())
        return std::pair<qint64, QString>(0, AuditChain::genesisHash());
    return std::pair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString());
}

Result<void> AuditRepository::append(AuditEvent& event)
{
    auto current = head();
    if (!current)
        return current.error();
    event.seq = current->first + 1;
    event.prevHash = current->second;
    event.at = QDateTime::fromMSecsSinceEpoch(event.at.toMSecsSinceEpoch(), Qt::UTC);
    event.hash = AuditChain::hashOf(event);
    SqlStatement q(m_db, QStringLiteral("INSERT INTO audit_events (seq, at, username, question_id, action, from_status,"
                                        " to_status, note, prev_hash, hash) VALUES (:seq, :at, :user, :q, :action, :from,"
                                        " :to, :note, :prev, :hash) RETURNING id"));
    q.bind(QStringLiteral(":seq"), event.seq).bind(QStringLiteral(":at"), event.at.toMSecsSinceEpoch());
    q.bind(QStringLiteral(":user"), event.username).bind(QStringLiteral(":q"), nullable(event.questionId));
    q.bind(QStringLiteral(":action"), event.action).bind(QStringLiteral(":from"), event.fromStatus);
    q.bind(QStringLiteral(":to"), event.toStatus).bind(QStringLiteral(":note"), event.note);
    q.bind(QStringLiteral(":prev"), event.prevHash).bind(QStringLiteral(":hash"), event.hash);
    if (auto ok = q.exec(); !ok)
        return ok;
    q.next();
    event.id = q.value(0).toLongLong();
    SqlStatement move(m_db, QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)"
                                           " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"));
    return move.bind(QStringLiteral(":seq"), event.seq).bind(QStringLiteral(":hash"), event.hash).exec();
}

Result<std::optional<AuditEvent>> AuditRepository::latest(const QStringList& actions, const QString& notePrefix)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < actions.size(); ++i)
        placeholders << QStringLiteral(":a%1").arg(i);
    SqlStatement q(m_db, QStringLiteral("SELECT id, seq, at, username, question_id, action, from_status, to_status, note,"
                                        " prev_hash, hash FROM audit_events WHERE action IN (%1)"
                                        " AND substr(note, 1, :length) = :prefix ORDER BY seq DESC LIMIT 1")
                             .arg(placeholders.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < actions.size(); ++i)
        q.bind(placeholders.at(i), actions.at(i));
    q.bind(QStringLiteral(":length"), int(notePrefix.size())).bind(QStringLiteral(":prefix"), notePrefix);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    return q.next() ? std::optional(eventFrom(q)) : std::nullopt;
}

Result<QList<AuditEvent>> AuditRepository::list(std::optional<Id> questionId, int limit)
{
    QString sql = QStringLiteral("SELECT id, seq, at, username, question_id, action, from_status, to_status, note,"
                                 " prev_hash, hash FROM audit_events");
    if (questionId)
        sql += QStringLiteral(" WHERE question_id = :q");
    sql += QStringLiteral(" ORDER BY seq");
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT :limit");
    SqlStatement q(m_db, sql);
    if (questionId)
        q.bind(QStringLiteral(":q"), *questionId);
    if (limit >= 0)
        q.bind(QStringLiteral(":limit"), limit);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<AuditEvent> out;
    while (q.next())
        out.append(eventFrom(q));
    return out;
}

Result<QList<AuditEvent>> AuditRepository::after(qint64 seq, int limit)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id, seq, at, username, question_id, action, from_status, to_status, note,"
                                        " prev_hash, hash FROM audit_events WHERE seq > :seq ORDER BY seq LIMIT :limit"));
    if (auto ok = q.bind(QStringLiteral(":seq"), seq).bind(QStringLiteral(":limit"), limit).exec(); !ok)
        return ok.error();
    QList<AuditEvent> out;
    while (q.next())
        out.append(eventFrom(q));
    return out;
}

} // namespace danhoi
