#include "PublicationRepository.h"

#include "SearchIndex.h"

namespace danhoi {

namespace {
QDateTime utc(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// " AND column IN (:only0, :only1, …)" for a list of ids, bound by bindIds; empty when there is no list.
QString idFilter(const QString& column, const std::optional<QList<Id>>& only)
{
    if (!only)
        return {};
    QStringList names;
    for (qsizetype i = 0; i < only->size(); ++i)
        names.append(QStringLiteral(":only%1").arg(i));
    return names.isEmpty() ? QStringLiteral(" AND 0 = 1")
                           : QStringLiteral(" AND %1 IN (%2)").arg(column, names.join(QStringLiteral(", ")));
}

void bindIds(SqlStatement& q, const std::optional<QList<Id>>& only)
{
    if (only)
        for (qsizetype i = 0; i < only->size(); ++i)
            q.bind(QStringLiteral(":only%1").arg(i), only->at(i));
}
} // namespace

Result<void> PublicationRepository::setPublishedAt(Id questionId, const std::optional<QDateTime>& at)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE questions SET published_at = :at WHERE id = :id"));
    q.bind(QStringLiteral(":at"), at ? QVariant(at->toMSecsSinceEpoch()) : QVariant());
    return q.bind(QStringLiteral(":id"), questionId).exec();
}

Result<QList<PublishedKey>> PublicationRepository::publishedKeys()
{
    SqlStatement q(m_db, QStringLiteral(
        "SELECT q.id, q.ref, COALESCE(q.published_at, r.reviewed_at, q.updated_at)"
        " FROM questions q JOIN answer_revisions r ON r.id = q.published_revision_id"
        " WHERE q.published_revision_id IS NOT NULL"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<PublishedKey> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), utc(q.value(2))});
    return out;
}

Result<QList<PublishedQuestion>> PublicationRepository::published(const QList<Id>& ids)
{
    SqlStatement q(m_db, QStringLiteral(
        "SELECT q.id, q.ref, q.title, q.body, q.asker_name, q.asker_locality, q.asker_phone, q.asker_email,"
        " q.asker_address, q.asker_id_number, d.code AS department_code, d.name_vi AS department_name,"
        " c.name AS category_name, q.received_at, COALESCE(q.published_at, r.reviewed_at, q.updated_at) AS published_at,"
        " r.id AS revision_id, r.number, r.body AS answer, r.reviewed_at"
        " FROM questions q JOIN answer_revisions r ON r.id = q.published_revision_id"
        " LEFT JOIN departments d ON d.id = q.department_id LEFT JOIN categories c ON c.id = q.category_id"
        " WHERE q.published_revision_id IS NOT NULL%1")
                             .arg(idFilter(QStringLiteral("q.id"), ids)));
    bindIds(q, ids);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<PublishedQuestion> out;
    while (q.next()) {
        auto text = [&](const char* column) { return q.value(QLatin1String(column)).toString(); };
        PublishedQuestion p;
        p.id = q.value(QStringLiteral("id")).toLongLong();
        p.ref = text("ref");
        p.title = text("title");
        p.body = text("body");
        p.asker = {text("asker_name"),  text("asker_locality"),  text("asker_phone"),
                   text("asker_email"), text("asker_address"), text("asker_id_number")};
        p.departmentCode = text("department_code");
        p.departmentName = text("department_name");
        p.categoryName = text("category_name");
        p.receivedAt = utc(q.value(QStringLiteral("received_at")));
        p.publishedAt = utc(q.value(QStringLiteral("published_at")));
        p.revisionId = q.value(QStringLiteral("revision_id")).toLongLong();
        p.revisionNumber = q.value(QStringLiteral("number")).toInt();
        p.answer = text("answer");
        p.approvedAt = utc(q.value(QStringLiteral("reviewed_at")));
        out.append(p);
    }
    return out;
}

Result<QList<KeptPublicVersion>> PublicationRepository::keptPublicVersions(const QList<Id>& ids)
{
    SqlStatement q(m_db, QStringLiteral(
        "SELECT p.question_id, p.ref, p.title, p.question, p.asker_line, p.answer, d.code, d.name_vi, c.name,"
        " p.received_at, p.answered_at, p.published_at"
        " FROM public_questions p LEFT JOIN departments d ON d.id = p.department_id"
        " LEFT JOIN categories c ON c.id = p.category_id WHERE 1 = 1%1")
                             .arg(idFilter(QStringLiteral("p.question_id"), ids)));
    bindIds(q, ids);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<KeptPublicVersion> out;
    while (q.next()) {
        KeptPublicVersion kept;
        kept.questionId = q.value(0).toLongLong();
        kept.ref = q.value(1).toString();
        kept.text = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        kept.departmentCode = q.value(6).toString();
        kept.departmentName = q.value(7).toString();
        kept.categoryName = q.value(8).toString();
        kept.receivedAt = utc(q.value(9));
        kept.answeredAt = utc(q.value(10));
        kept.publishedAt = utc(q.value(11));
        out.append(kept);
    }
    return out;
}

Result<QList<ManualRedaction>> PublicationRepository::manualRedactions(Id questionId)
{
    SqlStatement q(m_db, QStringLiteral("SELECT id, kind, text, created_by, created_at FROM question_redactions"
                                        " WHERE question_id = :q ORDER BY id"));
    if (auto ok = q.bind(QStringLiteral(":q"), questionId).exec(); !ok)
        return ok.error();
    QList<ManualRedaction> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    manualRedactionKindFromName(q.value(1).toString()).value_or(ManualRedaction::Kind::Hide),
                    q.value(2).toString(), q.value(3).toString(), utc(q.value(4))});
    return out;
}

Result<QHash<Id, QList<ManualRedaction>>> PublicationRepository::allManualRedactions(const std::optional<QList<Id>>& only)
{
    SqlStatement q(m_db, QStringLiteral("SELECT question_id, id, kind, text, created_by, created_at"
                                        " FROM question_redactions WHERE 1 = 1%1 ORDER BY question_id, id")
                             .arg(idFilter(QStringLiteral("question_id"), only)));
    bindIds(q, only);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QHash<Id, QList<ManualRedaction>> out;
    while (q.next())
        out[q.value(0).toLongLong()].append(
            {q.value(1).toLongLong(), manualRedactionKindFromName(q.value(2).toString()).value_or(ManualRedaction::Kind::Hide),
             q.value(3).toString(), q.value(4).toString(), utc(q.value(5))});
    return out;
}

Result<bool> PublicationRepository::addManualRedaction(Id questionId, const ManualRedaction& redaction)
{
    SqlStatement exists(m_db, QStringLiteral("SELECT 1 FROM question_redactions WHERE question_id = :q AND kind = :k"
                                             " AND text = :t"));
    exists.bind(QStringLiteral(":q"), questionId).bind(QStringLiteral(":k"), manualRedactionKindName(redaction.kind));
    if (auto ok = exists.bind(QStringLiteral(":t"), redaction.text).exec(); !ok)
        return ok.error();
    if (exists.next())
        return false;
    SqlStatement q(m_db, QStringLiteral("INSERT INTO question_redactions (question_id, kind, text, created_by, created_at)"
                                        " VALUES (:q, :k, :t, :by, :at)"));
    q.bind(QStringLiteral(":q"), questionId).bind(QStringLiteral(":k"), manualRedactionKindName(redaction.kind));
    q.bind(QStringLiteral(":t"), redaction.text).bind(QStringLiteral(":by"), redaction.createdBy);
    if (auto ok = q.bind(QStringLiteral(":at"), redaction.createdAt.toMSecsSinceEpoch()).exec(); !ok)
        return ok.error();
    if (auto ok = SearchIndex(m_db).refresh(questionId); !ok) // the public row is searched as the public sees it
        return ok.error();
    return true;
}

Result<bool> PublicationRepository::removeManualRedaction(Id questionId, ManualRedaction::Kind kind, const QString& text)
{
    SqlStatement q(m_db, QStringLiteral("DELETE FROM question_redactions WHERE question_id = :q AND kind = :k AND text = :t"));
    q.bind(QStringLiteral(":q"), questionId).bind(QStringLiteral(":k"), manualRedactionKindName(kind));
    if (auto ok = q.bind(QStringLiteral(":t"), text).exec(); !ok)
        return ok.error();
    const bool removed = q.numRowsAffected() > 0;
    if (removed)
        if (auto ok = SearchIndex(m_db).refresh(questionId); !ok)
            return ok.error();
    return removed;
}

Result<void> PublicationRepository::queuePush(const PortalPush& push, const QDateTime& at)
{
    SqlStatement exists(m_db, QStringLiteral("SELECT 1 FROM portal_pushes WHERE push_key = :k"));
    if (auto ok = exists.bind(QStringLiteral(":k"), push.key).exec(); !ok)
        return ok;
    if (exists.next())
        return {};
    SqlStatement q(m_db, QStringLiteral("INSERT INTO portal_pushes (push_key, question_id, revision_id, state, attempts,"
                                        " last_error, updated_at) VALUES (:k, :q, :r, 'pending', 0, '', :at)"));
    q.bind(QStringLiteral(":k"), push.key).bind(QStringLiteral(":q"), push.questionId);
    return q.bind(QStringLiteral(":r"), push.revisionId).bind(QStringLiteral(":at"), at.toMSecsSinceEpoch()).exec();
}

Result<QList<PortalPush>> PublicationRepository::pendingPushes()
{
    SqlStatement q(m_db, QStringLiteral("SELECT push_key, question_id, revision_id, state, attempts, last_error"
                                        " FROM portal_pushes WHERE state <> 'done' ORDER BY updated_at, push_key"));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<PortalPush> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toString()});
    return out;
}

Result<void> PublicationRepository::updatePush(const PortalPush& push, const QDateTime& at)
{
    SqlStatement q(m_db, QStringLiteral("UPDATE portal_pushes SET state = :s, attempts = :a, last_error = :e,"
                                        " updated_at = :at WHERE push_key = :k"));
    q.bind(QStringLiteral(":s"), push.state).bind(QStringLiteral(":a"), push.attempts);
    q.bind(QStringLiteral(":e"), push.lastError).bind(QStringLiteral(":at"), at.toMSecsSinceEpoch());
    return q.bind(QStringLiteral(":k"), push.key).exec();
}

} // namespace danhoi
