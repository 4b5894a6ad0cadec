#include "QuestionCounts.h"

namespace danhoi {

namespace {

constexpr int periodBits = 31; // received_at >> 31, as Schema's version 8

// SELECT `columns` FROM question_counts WHERE (the query's scope, statuses and department) `tail`.
SqlStatement countsOf(QSqlDatabase db, const QString& columns, const QuestionQuery& query, const QString& tail)
{
    QList<std::pair<QString, QVariant>> bindings;
    const QStringList conditions = QuestionCounts::conditions(query, QString(), bindings);
    SqlStatement statement(db, QStringLiteral("SELECT %1 FROM question_counts").arg(columns)
                                   + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                                   + tail);
    for (const auto& [name, value] : std::as_const(bindings))
        statement.bind(name, value);
    return statement;
}

} // namespace

QStringList QuestionCounts::conditions(const QuestionQuery& query, const QString& prefix,
                                       QList<std::pair<QString, QVariant>>& bindings)
{
    QStringList conditions;
    if (query.scope.kind == VisibilityScope::Kind::DepartmentAndPublic) {
        // As QuestionRepository's scope: with no department, only published questions.
        conditions.append(QStringLiteral("(%1department_id = :scope_dep OR %1published = 1)").arg(prefix));
        bindings.append({QStringLiteral(":scope_dep"), nullable(query.scope.departmentId)});
    } else if (query.scope.kind == VisibilityScope::Kind::PublicOnly) {
        conditions.append(QStringLiteral("%1published = 1").arg(prefix));
    }
    if (!query.statuses.isEmpty()) {
        QStringList placeholders;
        for (int i = 0; i < query.statuses.size(); ++i) {
            placeholders.append(QStringLiteral(":st%1").arg(i));
            bindings.append({placeholders.last(), statusName(query.statuses.at(i))});
        }
        conditions.append(QStringLiteral("%1status IN (%2)").arg(prefix, placeholders.join(QStringLiteral(", "))));
    }
    if (query.departmentId) {
        conditions.append(QStringLiteral("%1department_id = :dep").arg(prefix));
        bindings.append({QStringLiteral(":dep"), *query.departmentId});
    }
    return conditions;
}

bool QuestionCounts::answers(const QuestionQuery& query)
{
    // Every other filter of QuestionQuery is listed here: a new one must be added, or counts would ignore it.
    return !query.assignedClerkId && !query.overdueAsOf
        && !query.dueBetween && !query.lastRevisionAuthorId && !query.lastRevisionState
        && query.quickFilter.trimmed().isEmpty() && !query.receivedFrom.isValid() && !query.receivedBefore.isValid()
        && !query.afterReceived && !query.sortFrom;
}

Result<qint64> QuestionCounts::count(const QuestionQuery& query)
{
    if (query.scope.kind == VisibilityScope::Kind::Nothing)
        return qint64(0);
    SqlStatement q = countsOf(m_db, QStringLiteral("CAST(COALESCE(SUM(n), 0) AS BIGINT)"), query, QString());
    if (auto ok = q.exec(); !ok)
        return ok.error();
    q.next();
    return q.value(0).toLongLong();
}

// By department (departments in the order of their codes, each by id; questions not routed yet first going up, last
// going down): the department that holds the page's first row, or nullopt when the page touches the questions not
// routed yet (walked from the top, a few thousand at most).
static Result<std::optional<QuestionQuery>> nearerDepartment(QSqlDatabase db, const QuestionQuery& query)
{
    QList<std::pair<QString, QVariant>> bindings;
    const QStringList conditions = QuestionCounts::conditions(query, QStringLiteral("c."), bindings);
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    SqlStatement q(db, QStringLiteral("SELECT c.department_id, CAST(SUM(c.n) AS BIGINT) FROM question_counts c"
                                      " LEFT JOIN departments d ON d.id = c.department_id%1 GROUP BY c.department_id, d.code"
                                      " HAVING SUM(c.n) > 0 ORDER BY CASE WHEN c.department_id = 0 THEN 0 ELSE 1 END %2, d.code %2")
                           .arg(conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                                direction));
    for (const auto& [name, value] : std::as_const(bindings))
        q.bind(name, value);
    if (auto ok = q.exec(); !ok)
        return ok.error();
    QList<std::pair<Id, qint64>> departments;
    qint64 routed = 0;
    while (q.next()) {
        departments.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        routed += departments.last().first != 0 ? departments.last().second : 0;
    }
    if (query.descending && query.offset + query.limit > routed)
        return std::optional<QuestionQuery>();
    qint64 before = 0;
    for (const auto& [department, rows] : std::as_const(departments)) {
        if (before + rows <= query.offset) {
            before += rows;
            continue;
        }
        if (department == 0)
            return std::optional<QuestionQuery>();
        QuestionQuery nearer = query; // that department alone
        nearer.departmentId = department;
        nearer.offset = int(query.offset - before);
        return std::optional(nearer);
    }
    return std::optional<QuestionQuery>(); // past the end
}

Result<std::optional<QuestionQuery>> QuestionCounts::nearerStart(const QuestionQuery& query, qint64 from)
{
    if (query.sort == QuestionQuery::Sort::Department) {
        if (query.offset < from || !answers(query) || query.scope.kind == VisibilityScope::Kind::Nothing)
            return std::optional<QuestionQuery>();
        return nearerDepartment(m_db, query);
    }
    const bool byStatus = query.sort == QuestionQuery::Sort::Status;
    if ((query.sort != QuestionQuery::Sort::Received && !byStatus) || query.offset < from || !answers(query)
        || query.scope.kind == VisibilityScope::Kind::Nothing)
        return std::optional<QuestionQuery>();
    // The groups in the list's order: periods of receipt, or (by status) each status's periods, statuses ordered by
    // the same engine and column type as the list's ORDER BY q.status, q.received_at.
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    SqlStatement q = byStatus ? countsOf(m_db, QStringLiteral("status, received_period, CAST(SUM(n) AS BIGINT)"), query,
                                         QStringLiteral(" GROUP BY status, received_period ORDER BY status %1, received_period %1")
                                             .arg(direction))
                              : countsOf(m_db, QStringLiteral("received_period, CAST(SUM(n) AS BIGINT)"), query,
                                         QStringLiteral(" GROUP BY received_period ORDER BY received_period %1").arg(direction));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    const int periodColumn = byStatus ? 1 : 0;
    qint64 before = 0; // rows in the groups that come first in the list's order
    while (q.next()) {
        const qint64 rows = q.value(periodColumn + 1).toLongLong();
        if (before + rows <= query.offset) {
            before += rows;
            continue;
        }
        const qint64 period = q.value(periodColumn).toLongLong();
        QuestionQuery nearer = query;
        if (byStatus) { // that status alone, by date within it
            const std::optional<Status> status = statusFromName(q.value(0).toString());
            if (!status)
                return std::optional<QuestionQuery>();
            nearer.statuses = {*status};
        }
        if (query.descending) // this period and the older ones
            nearer.receivedBefore = QDateTime::fromMSecsSinceEpoch((period + 1) << periodBits, Qt::UTC);
        else // this period and the newer ones
            nearer.receivedFrom = QDateTime::fromMSecsSinceEpoch(period << periodBits, Qt::UTC);
        nearer.offset = int(query.offset - before);
        return std::optional(nearer);
    }
    return std::optional<QuestionQuery>(); // past the end
}

} // namespace danhoi
