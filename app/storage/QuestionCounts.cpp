#include "QuestionCounts.h"

namespace danhoi {

namespace {

constexpr int periodBits = 31; // received_at >> 31, as Schema's version 8

// SELECT `columns` FROM question_counts WHERE (the query's scope, statuses and department) `tail`.
SqlStatement countsOf(QSqlDatabase db, const QString& columns, const QuestionQuery& query, const QString& tail)
{
    QStringList conditions;
    QList<std::pair<QString, QVariant>> bindings;
    if (query.scope.kind == VisibilityScope::Kind::DepartmentAndPublic) {
        // As QuestionRepository's scope: with no department, only published questions.
        conditions.append(QStringLiteral("(department_id = :scope_dep OR published = 1)"));
        bindings.append({QStringLiteral(":scope_dep"), nullable(query.scope.departmentId)});
    } else if (query.scope.kind == VisibilityScope::Kind::PublicOnly) {
        conditions.append(QStringLiteral("published = 1"));
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
    SqlStatement statement(db, QStringLiteral("SELECT %1 FROM question_counts").arg(columns)
                                   + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")))
                                   + tail);
    for (const auto& [name, value] : std::as_const(bindings))
        statement.bind(name, value);
    return statement;
}

} // namespace

bool QuestionCounts::answers(const QuestionQuery& query)
{
    // Every other filter of QuestionQuery is listed here: a new one must be added, or counts would ignore it.
    return !query.assignedClerkId && !query.overdueAsOf
        && !query.dueBetween && !query.lastRevisionAuthorId && !query.lastRevisionState
        && query.quickFilter.trimmed().isEmpty() && !query.receivedFrom.isValid() && !query.receivedBefore.isValid()
        && !query.afterReceived;
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

Result<std::optional<QuestionQuery>> QuestionCounts::nearerStart(const QuestionQuery& query, qint64 from)
{
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
