#include "ApprovalRepository.h"
#include "DeskReads.h"

namespace danhoi {

Result<QHash<Id, QList<ApprovedAnswer>>> ApprovalRepository::approvedOf(const QList<Id>& questionIds)
{
    QHash<Id, QList<ApprovedAnswer>> out;
    if (questionIds.isEmpty())
        return out;
    QStringList placeholders;
    placeholders.reserve(questionIds.size());
    for (qsizetype i = 0; i < questionIds.size(); ++i)
        placeholders.append(QStringLiteral(":q%1").arg(i));
    SqlStatement q(m_db, QStringLiteral(
        "SELECT r.question_id, r.id, r.number, r.body, r.reviewed_at, r.reviewer_id, u.username, u.display_name"
        " FROM %1 r LEFT JOIN users u ON u.id = r.reviewer_id"
        " WHERE r.state = :state AND r.question_id IN (%2) ORDER BY r.question_id, r.number")
                             .arg(desk_reads::revisions(m_db), placeholders.join(QStringLiteral(", "))));
    q.bind(QStringLiteral(":state"), revisionStateName(RevisionState::Approved));
    for (qsizetype i = 0; i < questionIds.size(); ++i)
        q.bind(placeholders.at(i), questionIds.at(i));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    while (q.next()) {
        ApprovedAnswer a;
        a.questionId = q.value(0).toLongLong();
        a.revisionId = q.value(1).toLongLong();
        a.number = q.value(2).toInt();
        a.body = q.value(3).toString();
        if (!q.value(4).isNull())
            a.approvedAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        a.approverId = optionalId(q.value(5));
        a.approverUsername = q.value(6).toString();
        a.approverDisplayName = q.value(7).toString();
        out[a.questionId].append(a);
    }
    return out;
}

} // namespace danhoi
