#include "QuestionSortMarks.h"
#include "QuestionCounts.h"
#include "QuestionSortKeys.h"

namespace danhoi {

using sort_keys::keyOf;
using sort_keys::keys;
using sort_keys::markOf;
using sort_keys::SortKey;

namespace {

QString on(const char* part, const QString& row)
{
    return SortKey::on(part, row);
}

} // namespace

bool QuestionSortMarks::sorts(QuestionQuery::Sort sort)
{
    return keyOf(sort) != nullptr;
}

QuestionSortMarks::Arms QuestionSortMarks::armsOf(const QuestionQuery& query)
{
    const SortKey* key = query.sortFrom ? keyOf(query.sort) : nullptr;
    if (!key)
        return {};
    const bool byText = key->byText();
    const QString q = QStringLiteral("q.");
    Arms arms;
    arms.first = key->first(q);
    arms.last = on(key->last, q);
    const bool before = query.sortFrom->before;
    arms.atMark = QStringLiteral("%1 = :markFirst AND %2 %3 :markLast").arg(arms.first, arms.last, before ? QStringLiteral("<") : QStringLiteral(">="));
    arms.pastMark = QStringLiteral("%1 %2 :markFirst").arg(arms.first, before ? QStringLiteral("<") : QStringLiteral(">"));
    arms.bindings = {{QStringLiteral(":markFirst"), byText ? QVariant(query.sortFrom->text) : QVariant(query.sortFrom->number)},
                     {QStringLiteral(":markLast"), query.sortFrom->id}};
    return arms;
}

int QuestionSortMarks::serverSort(QuestionQuery::Sort sort)
{
    if (const SortKey* key = keyOf(sort))
        return key->id;
    return sort == QuestionQuery::Sort::Status ? 8 : 0;
}

Result<void> QuestionSortMarks::place(int rows)
{
    if (isPostgres(m_db))
        return SqlStatement(m_db, QStringLiteral("SELECT danhoi_sort_marks_place(:rows)"))
            .bind(QStringLiteral(":rows"), std::max(rows, 1))
            .exec();
    return place(rows, true);
}

Result<std::optional<QList<Id>>> QuestionSortMarks::pageOnServer(const QuestionQuery& query, qint64 from)
{
    // By department, the rows of one department by id (sort 6 on the server): QuestionCounts tells the department.
    const bool withinDepartment = query.sort == QuestionQuery::Sort::Department && query.departmentId;
    const int sort = withinDepartment ? 6 : serverSort(query.sort);
    if (!sort || !isPostgres(m_db) || query.offset < from || query.sortFrom
        || !QuestionCounts::answers(query) || query.scope.kind == VisibilityScope::Kind::Nothing)
        return std::optional<QList<Id>>();
    QString scope = QStringLiteral("everything");
    if (query.scope.kind == VisibilityScope::Kind::DepartmentAndPublic)
        scope = QStringLiteral("department");
    else if (query.scope.kind == VisibilityScope::Kind::PublicOnly)
        scope = QStringLiteral("public");
    QStringList statuses;
    for (Status status : query.statuses)
        statuses.append(statusName(status));
    SqlStatement page(m_db, QStringLiteral("SELECT danhoi_sorted_page(:sort, :descending, :offset, :limit, :scope,"
                                           " :scopeDepartment, string_to_array(:statuses, ','), :department)"));
    page.bind(QStringLiteral(":sort"), sort).bind(QStringLiteral(":descending"), query.descending);
    page.bind(QStringLiteral(":offset"), qint64(query.offset)).bind(QStringLiteral(":limit"), query.limit);
    page.bind(QStringLiteral(":scope"), scope).bind(QStringLiteral(":scopeDepartment"), nullable(query.scope.departmentId));
    page.bind(QStringLiteral(":statuses"), nullableText(statuses.join(QLatin1Char(','))));
    page.bind(QStringLiteral(":department"), nullable(query.departmentId));
    if (auto ok = page.exec(); !ok)
        return ok.error();
    if (!page.next() || page.value(0).isNull())
        return std::optional<QList<Id>>();
    // An array of bigint comes as its text: {1,2,3}.
    QList<Id> ids;
    const QString text = page.value(0).toString();
    for (const QString& each : text.mid(1, text.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(each.toLongLong());
    return std::optional(ids);
}

Result<void> QuestionSortMarks::placeAsVersion10()
{
    return place(rowsPerMark, false);
}

Result<void> QuestionSortMarks::place(int rows, bool keepsRows)
{
    rows = std::max(rows, 1);
    const QString most = keepsRows ? QStringLiteral(", most") : QString();
    const QString mostValue = keepsRows ? QStringLiteral(", %1").arg(2 * qint64(rows)) : QString();
    for (const SortKey& key : keys) {
        const QString q = QStringLiteral("q.");
        const QString sortKey = QStringLiteral("%1, %2, %3").arg(on(key.text, q), on(key.number, q), on(key.last, q));
        QStringList statements = {
            QStringLiteral("DELETE FROM question_sort_counts WHERE sort = %1").arg(key.id),
            QStringLiteral("DELETE FROM question_sort_marks WHERE sort = %1").arg(key.id),
            QStringLiteral("INSERT INTO question_sort_marks (sort, mark_text, mark_number, mark_id%2) VALUES (%1, '', 0, 0%3)")
                .arg(key.id)
                .arg(most, mostValue),
            QStringLiteral("INSERT INTO question_sort_marks (sort, mark_text, mark_number, mark_id%8)"
                           " SELECT %1, t, n, i%9 FROM (SELECT %2 AS t, %3 AS n, %4 AS i, ROW_NUMBER() OVER (ORDER BY %5) AS r"
                           " FROM questions q WHERE %6) WHERE r % %7 = 0")
                .arg(key.id)
                .arg(on(key.text, q), on(key.number, q), on(key.last, q), sortKey, on(key.only, q))
                .arg(rows)
                .arg(most, mostValue),
            QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                           " SELECT %1, %2, COALESCE(q.department_id, 0), q.status, q.published_revision_id IS NOT NULL,"
                           " COUNT(*) FROM questions q WHERE %3 GROUP BY 2, 3, 4, 5")
                .arg(key.id)
                .arg(markOf(key, q), on(key.only, q)),
        };
        if (keepsRows)
            statements.append(QStringLiteral("UPDATE question_sort_marks SET n = (SELECT COALESCE(SUM(c.n), 0)"
                                             " FROM question_sort_counts c WHERE c.sort = %1 AND c.mark = question_sort_marks.mark)"
                                             " WHERE sort = %1")
                                  .arg(key.id));
        for (const QString& sql : std::as_const(statements))
            if (auto ok = SqlStatement(m_db, sql).exec(); !ok)
                return ok;
    }
    return {};
}

Result<std::optional<QuestionQuery>> QuestionSortMarks::nearerStart(const QuestionQuery& query, qint64 from)
{
    const SortKey* key = keyOf(query.sort);
    if (!key || query.offset < from || query.sortFrom || !QuestionCounts::answers(query)
        || query.scope.kind == VisibilityScope::Kind::Nothing || isPostgres(m_db))
        return std::optional<QuestionQuery>();
    QList<std::pair<QString, QVariant>> bindings;
    QStringList conditions = QuestionCounts::conditions(query, QStringLiteral("c."), bindings);
    conditions.prepend(QStringLiteral("c.sort = %1").arg(key->id));
    const QString direction = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    SqlStatement marks(m_db, QStringLiteral("SELECT m.mark_text, m.mark_number, m.mark_id, SUM(c.n) FROM question_sort_counts c"
                                            " JOIN question_sort_marks m ON m.mark = c.mark WHERE %1 GROUP BY c.mark"
                                            " HAVING SUM(c.n) > 0 ORDER BY m.mark_text %2, m.mark_number %2, m.mark_id %2")
                                 .arg(conditions.join(QStringLiteral(" AND ")), direction));
    for (const auto& [name, value] : std::as_const(bindings))
        marks.bind(name, value);
    if (auto ok = marks.exec(); !ok)
        return ok.error();
    struct Mark {
        QuestionQuery::SortKey key;
        qint64 rows;
    };
    QList<Mark> found;
    qint64 marked = 0;
    while (marks.next()) {
        found.append({{marks.value(0).toString(), marks.value(1).toLongLong(), marks.value(2).toLongLong(), false},
                      marks.value(3).toLongLong()});
        marked += found.last().rows;
    }
    qint64 offset = query.offset;
    if (query.sort == QuestionQuery::Sort::Due) {
        // SQLite lists the questions with no due date (not counted by marks) first going up, last going down.
        if (!query.descending) {
            auto listed = QuestionCounts(m_db).count(query);
            if (!listed)
                return listed.error();
            const qint64 undated = listed.value() - marked;
            if (offset < undated)
                return std::optional<QuestionQuery>();
            offset -= undated;
        } else if (offset + query.limit > marked) {
            return std::optional<QuestionQuery>();
        }
    }
    qint64 before = 0; // rows under the marks that come first in the list's order
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (before + found.at(i).rows <= offset) {
            before += found.at(i).rows;
            continue;
        }
        QuestionQuery nearer = query;
        nearer.offset = int(offset - before);
        if (!query.descending) { // from this mark on
            nearer.sortFrom = found.at(i).key;
        } else if (i > 0) { // below the mark that came before, this mark's rows first
            nearer.sortFrom = found.at(i - 1).key;
            nearer.sortFrom->before = true;
        }
        return std::optional(nearer);
    }
    return std::optional<QuestionQuery>(); // past the end
}

} // namespace danhoi
