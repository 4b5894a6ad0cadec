#include "QuestionSortMarks.h"
#include "QuestionCounts.h"

#include <array>

namespace danhoi {

namespace {

// A sort's key on a row (`%1` is the row: "q.", "NEW.", "OLD."), in the list's order: (text, number, id). Lists by
// title, locality and due date end their ORDER BY with the id; references are unique.
struct SortKey {
    QuestionQuery::Sort sort;
    int id; // question_sort_marks.sort
    const char* text;
    const char* number;
    const char* last;
    const char* only; // the rows the sort's marks count (SQLite lists questions with no due date apart, see below)
};

constexpr SortKey keys[] = {
    {QuestionQuery::Sort::Title, 1, "%1title", "0", "%1id", "1"},
    {QuestionQuery::Sort::Locality, 2, "%1asker_locality", "0", "%1id", "1"},
    {QuestionQuery::Sort::Reference, 3, "''", "%1ref_year", "%1ref_seq", "1"},
    {QuestionQuery::Sort::Due, 4, "%1due_date", "0", "%1id", "%1due_date IS NOT NULL"},
};

const SortKey* keyOf(QuestionQuery::Sort sort)
{
    for (const SortKey& key : keys)
        if (key.sort == sort)
            return &key;
    return nullptr;
}

const SortKey* keyOfId(int id)
{
    for (const SortKey& key : keys)
        if (key.id == id)
            return &key;
    return nullptr;
}

QString on(const char* part, const QString& row)
{
    const QString text = QString::fromLatin1(part);
    return text.contains(QLatin1String("%1")) ? text.arg(row) : text;
}

// The mark that holds `row`'s key: the greatest mark not above it (every sort has the mark ('', 0, 0), below all).
QString markOf(const SortKey& key, const QString& row)
{
    return QStringLiteral("(SELECT m.mark FROM question_sort_marks m WHERE m.sort = %1"
                          " AND (m.mark_text, m.mark_number, m.mark_id) <= (%2, %3, %4)"
                          " ORDER BY m.mark_text DESC, m.mark_number DESC, m.mark_id DESC LIMIT 1)")
        .arg(key.id)
        .arg(on(key.text, row), on(key.number, row), on(key.last, row));
}

QString added(const SortKey& key)
{
    return QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                          " SELECT %1, %2, COALESCE(NEW.department_id, 0), NEW.status, NEW.published_revision_id IS NOT NULL, 1"
                          " WHERE %3 ON CONFLICT (sort, mark, department_id, status, published) DO UPDATE SET n = n + 1;")
        .arg(key.id)
        .arg(markOf(key, QStringLiteral("NEW.")), on(key.only, QStringLiteral("NEW.")));
}

QString removed(const SortKey& key)
{
    return QStringLiteral("UPDATE question_sort_counts SET n = n - 1 WHERE sort = %1 AND mark = %2"
                          " AND department_id = COALESCE(OLD.department_id, 0) AND status = OLD.status"
                          " AND published = (OLD.published_revision_id IS NOT NULL) AND %3;")
        .arg(key.id)
        .arg(markOf(key, QStringLiteral("OLD.")), on(key.only, QStringLiteral("OLD.")));
}

// Splits the mark `mark` at `at` (text, number, id) into marks `rows` apart, as place() would place them over the rows
// it holds (from its key up to the next mark's), and counts its rows and theirs again. The other marks keep their
// rows and counts. The two-column row values (the sort's first column and its last) are ranges of the sort's index.
Result<void> splitMark(const QSqlDatabase& db, const SortKey& key, qint64 mark, const std::array<QVariant, 3>& at, int rows)
{
    const QString q = QStringLiteral("q.");
    const bool byText = QLatin1String(key.text) != QLatin1String("''");
    const QString first = on(byText ? key.text : key.number, q);
    const QString last = on(key.last, q);
    SqlStatement next(db, QStringLiteral("SELECT mark_text, mark_number, mark_id FROM question_sort_marks WHERE sort = :sort"
                                         " AND (mark_text, mark_number, mark_id) > (:text, :number, :id)"
                                         " ORDER BY mark_text, mark_number, mark_id LIMIT 1"));
    next.bind(QStringLiteral(":sort"), key.id).bind(QStringLiteral(":text"), at[0]).bind(QStringLiteral(":number"), at[1]);
    if (auto ok = next.bind(QStringLiteral(":id"), at[2]).exec(); !ok)
        return ok;
    std::optional<std::pair<QVariant, QVariant>> upTo;
    if (next.next())
        upTo = std::pair(byText ? next.value(0) : next.value(1), next.value(2));
    QString below = on(key.only, q);
    if (upTo)
        below += QStringLiteral(" AND (%1, %2) < (:upToFirst, :upToLast)").arg(first, last);
    auto run = [&](const QString& sql) {
        SqlStatement statement(db, sql);
        statement.bind(QStringLiteral(":first"), byText ? at[0] : at[1]).bind(QStringLiteral(":last"), at[2]);
        if (sql.contains(QLatin1String(":mark")))
            statement.bind(QStringLiteral(":mark"), mark);
        if (upTo)
            statement.bind(QStringLiteral(":upToFirst"), upTo->first).bind(QStringLiteral(":upToLast"), upTo->second);
        return statement.exec();
    };
    if (auto ok = run(QStringLiteral("INSERT INTO question_sort_marks (sort, mark_text, mark_number, mark_id)"
                                     " SELECT %1, t, n, i FROM (SELECT %2 AS t, %3 AS n, %4 AS i,"
                                     " ROW_NUMBER() OVER (ORDER BY %5, %4) AS r FROM questions q"
                                     " WHERE (%5, %4) > (:first, :last) AND %6) WHERE r % %7 = 0")
                          .arg(key.id)
                          .arg(on(key.text, q), on(key.number, q), last, first, below)
                          .arg(rows));
        !ok)
        return ok;
    if (auto ok = run(QStringLiteral("DELETE FROM question_sort_counts WHERE sort = %1 AND mark = :mark").arg(key.id)); !ok)
        return ok;
    return run(QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                              " SELECT %1, %2, COALESCE(q.department_id, 0), q.status, q.published_revision_id IS NOT NULL,"
                              " COUNT(*) FROM questions q WHERE (%3, %4) >= (:first, :last) AND %5 GROUP BY 2, 3, 4, 5")
                   .arg(key.id)
                   .arg(markOf(key, q), first, last, below));
}

} // namespace

QStringList QuestionSortMarks::schemaStep()
{
    QString adds, removes;
    for (const SortKey& key : keys) {
        adds += added(key);
        removes += removed(key);
    }
    return {
        // A clerk's walk inside a mark tests the scope on the index entry (as schema 9's walks).
        QStringLiteral("DROP INDEX questions_title"),
        QStringLiteral("CREATE INDEX questions_title_walk ON questions(title, id, department_id, published_revision_id)"),
        QStringLiteral("DROP INDEX questions_locality"),
        QStringLiteral("CREATE INDEX questions_locality_walk ON questions(asker_locality, id, department_id,"
                       " published_revision_id)"),
        QStringLiteral("CREATE INDEX questions_reference_walk ON questions(ref_year, ref_seq, department_id,"
                       " published_revision_id)"),
        // By department: each department's rows in id order, and whether published (the clerk's other departments).
        QStringLiteral("DROP INDEX questions_department_order"),
        QStringLiteral("CREATE INDEX questions_department_walk ON questions(department_id, id, published_revision_id)"),
        QStringLiteral("CREATE TABLE question_sort_marks (mark {id}, sort INTEGER NOT NULL, mark_text TEXT NOT NULL,"
                       " mark_number {bigint} NOT NULL, mark_id {bigint} NOT NULL, UNIQUE (sort, mark_text, mark_number, mark_id))"),
        QStringLiteral("CREATE TABLE question_sort_counts (sort INTEGER NOT NULL, mark {bigint} NOT NULL,"
                       " department_id {bigint} NOT NULL, status TEXT NOT NULL, published INTEGER NOT NULL, n {bigint} NOT NULL,"
                       " PRIMARY KEY (sort, mark, department_id, status, published)) WITHOUT ROWID"),
        QStringLiteral("CREATE TRIGGER question_sort_counts_insert AFTER INSERT ON questions BEGIN %1 END").arg(adds),
        QStringLiteral("CREATE TRIGGER question_sort_counts_delete AFTER DELETE ON questions BEGIN %1 END").arg(removes),
        QStringLiteral("CREATE TRIGGER question_sort_counts_update AFTER UPDATE OF title, asker_locality, ref_year, ref_seq,"
                       " due_date, department_id, status, published_revision_id ON questions"
                       " WHEN OLD.title IS NOT NEW.title OR OLD.asker_locality IS NOT NEW.asker_locality"
                       " OR OLD.ref_year IS NOT NEW.ref_year OR OLD.ref_seq IS NOT NEW.ref_seq OR OLD.due_date IS NOT NEW.due_date"
                       " OR OLD.department_id IS NOT NEW.department_id OR OLD.status IS NOT NEW.status"
                       " OR (OLD.published_revision_id IS NULL) <> (NEW.published_revision_id IS NULL)"
                       " BEGIN %1 %2 END")
            .arg(removes, adds),
    };
}

bool QuestionSortMarks::sorts(QuestionQuery::Sort sort)
{
    return keyOf(sort) != nullptr;
}

QuestionSortMarks::Arms QuestionSortMarks::armsOf(const QuestionQuery& query)
{
    const SortKey* key = query.sortFrom ? keyOf(query.sort) : nullptr;
    if (!key)
        return {};
    const bool byText = QLatin1String(key->text) != QLatin1String("''");
    const QString q = QStringLiteral("q.");
    Arms arms;
    arms.first = on(byText ? key->text : key->number, q);
    arms.last = on(key->last, q);
    const bool before = query.sortFrom->before;
    arms.atMark = QStringLiteral("%1 = :markFirst AND %2 %3 :markLast").arg(arms.first, arms.last, before ? QStringLiteral("<") : QStringLiteral(">="));
    arms.pastMark = QStringLiteral("%1 %2 :markFirst").arg(arms.first, before ? QStringLiteral("<") : QStringLiteral(">"));
    arms.bindings = {{QStringLiteral(":markFirst"), byText ? QVariant(query.sortFrom->text) : QVariant(query.sortFrom->number)},
                     {QStringLiteral(":markLast"), query.sortFrom->id}};
    return arms;
}

Result<void> QuestionSortMarks::place(int rows)
{
    for (const SortKey& key : keys) {
        const QString q = QStringLiteral("q.");
        const QString sortKey = QStringLiteral("%1, %2, %3").arg(on(key.text, q), on(key.number, q), on(key.last, q));
        const QStringList statements = {
            QStringLiteral("DELETE FROM question_sort_counts WHERE sort = %1").arg(key.id),
            QStringLiteral("DELETE FROM question_sort_marks WHERE sort = %1").arg(key.id),
            QStringLiteral("INSERT INTO question_sort_marks (sort, mark_text, mark_number, mark_id) VALUES (%1, '', 0, 0)")
                .arg(key.id),
            QStringLiteral("INSERT INTO question_sort_marks (sort, mark_text, mark_number, mark_id)"
                           " SELECT %1, t, n, i FROM (SELECT %2 AS t, %3 AS n, %4 AS i, ROW_NUMBER() OVER (ORDER BY %5) AS r"
                           " FROM questions q WHERE %6) WHERE r % %7 = 0")
                .arg(key.id)
                .arg(on(key.text, q), on(key.number, q), on(key.last, q), sortKey, on(key.only, q))
                .arg(std::max(rows, 1)),
            QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                           " SELECT %1, %2, COALESCE(q.department_id, 0), q.status, q.published_revision_id IS NOT NULL,"
                           " COUNT(*) FROM questions q WHERE %3 GROUP BY 2, 3, 4, 5")
                .arg(key.id)
                .arg(markOf(key, q), on(key.only, q)),
        };
        for (const QString& sql : statements)
            if (auto ok = SqlStatement(m_db, sql).exec(); !ok)
                return ok;
    }
    return {};
}

Result<bool> QuestionSortMarks::placeIfUneven(int rows)
{
    rows = std::max(rows, 1);
    SqlStatement uneven(m_db, QStringLiteral("SELECT c.sort, c.mark, m.mark_text, m.mark_number, m.mark_id"
                                             " FROM question_sort_counts c JOIN question_sort_marks m ON m.mark = c.mark"
                                             " GROUP BY c.sort, c.mark HAVING SUM(c.n) > :most"));
    if (auto ok = uneven.bind(QStringLiteral(":most"), 4 * qint64(rows)).exec(); !ok)
        return ok.error();
    struct Uneven {
        const SortKey* key;
        qint64 mark;
        QVariant text, number, id;
    };
    QList<Uneven> found;
    while (uneven.next())
        if (const SortKey* key = keyOfId(uneven.value(0).toInt()))
            found.append({key, uneven.value(1).toLongLong(), uneven.value(2), uneven.value(3), uneven.value(4)});
    for (const Uneven& u : std::as_const(found))
        if (auto ok = splitMark(m_db, *u.key, u.mark, {u.text, u.number, u.id}, rows); !ok)
            return ok.error();
    return !found.isEmpty();
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
