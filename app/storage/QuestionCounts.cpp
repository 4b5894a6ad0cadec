#include "QuestionCounts.h"

namespace danhoi {

bool QuestionCounts::answers(const QuestionQuery& query)
{
    // Every other filter of QuestionQuery is listed here: a new one must be added, or counts would ignore it.
    return !query.assignedClerkId && !query.overdueAsOf && !query.dueBetween && !query.lastRevisionAuthorId
        && !query.lastRevisionState && query.quickFilter.trimmed().isEmpty() && !query.receivedFrom.isValid()
        && !query.receivedBefore.isValid() && !query.afterReceived;
}

Result<qint64> QuestionCounts::count(const QuestionQuery& query)
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> bindings;
    switch (query.scope.kind) {
    case VisibilityScope::Kind::Everything:
        break;
    case VisibilityScope::Kind::DepartmentAndPublic: // as QuestionRepository's scope: no department, only published
        conditions.append(QStringLiteral("(department_id = :scope_dep OR published = 1)"));
        bindings.append({QStringLiteral(":scope_dep"), nullable(query.scope.departmentId)});
        break;
    case VisibilityScope::Kind::PublicOnly:
        conditions.append(QStringLiteral("published = 1"));
        break;
    case VisibilityScope::Kind::Nothing:
        return qint64(0);
    }
    if (!query.statuses.isEmpty()) {
        QStringList placeholders;
        for (int i = 0; i < query.statuses.size(); ++i) {
            placeholders.append(QStringLiteral(":st%1").arg(i));
            bindings.append({placeholders.last(), statusName(query.statuses.at(i))});
        }
        conditions.append(QStringLiteral("status IN (%1)").arg(placeholders.join(QStringLiteral(", "))));
    }
    if (query.departmentId) {
        conditions.append(QStringLiteral("department_id = :dep"));
        bindings.append({QStringLiteral(":dep"), *query.departmentId});
    }
    SqlStatement q(m_db, QStringLiteral("SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM question_counts")
                             + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const auto& [name, value] : std::as_const(bindings))
        q.bind(name, value);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return q.value(0).toLongLong();
}

} // namespace danhoi
