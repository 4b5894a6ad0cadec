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
    if (query.sort != QuestionQuery::Sort::Received || query.offset < from || !answers(query)
        || query.scope.kind == VisibilityScope::Kind::Nothing)
        return std::optional<QuestionQuery>();
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    SqlStatement q = countsOf(m_db, QStringLiteral("received_period, CAST(SUM(n) AS BIGINT)"), query,
                              QStringLiteral(" GROUP BY received_period ORDER BY received_period %1").arg(direction));
    if (auto ok = q.exec(); !ok)
        return ok.error();
    qint64 before = 0; // rows in the periods that come first in the list's order
    while (q.next()) {
        const qint64 rows = q.value(1).toLongLong();
        if (before + rows <= query.offset) {
            before += rows;
            continue;
        }
        const qint64 period = q.value(0).toLongLong();
        QuestionQuery nearer = query;
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
