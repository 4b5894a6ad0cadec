// Keeping the marks of the sorts even as questions are written (schema 12; see QuestionSortMarks).

#include "QuestionSortKeys.h"
#include "QuestionSortMarks.h"

#include <QRegularExpression>

namespace danhoi {

using sort_keys::keys;
using sort_keys::SortKey;

namespace {

// The rows of a sort from the key (:first, :last) on, in the sort's order, along its index: the key's own first
// column from its last one on, then the greater ones (as QuestionSortMarks::Arms). A mark of the due-date sort is
// never NULL, and neither arm holds a question with no due date.
QString walkFrom(const SortKey& key)
{
    const QString q = QStringLiteral("q.");
    return QStringLiteral("SELECT q.id AS id, %1 AS kf, %2 AS kl FROM questions q WHERE %1 = :first AND %2 >= :last"
                          " UNION ALL SELECT q.id, %1, %2 FROM questions q WHERE %1 > :first ORDER BY kf, kl")
        .arg(key.first(q), SortKey::on(key.last, q));
}

// Runs `sql` with those of `bindings` it names.
Result<void> run(QSqlDatabase db, const QString& sql, const QList<std::pair<QString, QVariant>>& bindings)
{
    SqlStatement statement(db, sql);
    for (const auto& [name, value] : bindings)
        if (sql.contains(QRegularExpression(name + QStringLiteral("\\b"))))
            statement.bind(name, value);
    return statement.exec();
}

} // namespace

struct QuestionSortMarks::Mark {
    qint64 mark = 0;
    int sort = 0;
    QVariant text, number, id;
    qint64 n = 0;
    qint64 most = 0;
};

Result<void> QuestionSortMarks::keepEven()
{
    if (isPostgres(m_db))
        return {};
    while (true) {
        // Read whole before anything is written (a forward-only SQLite read must not see its table change).
        SqlStatement uneven(m_db, QStringLiteral(
            "SELECT u.mark, u.sort, u.mark_text, u.mark_number, u.mark_id, u.n, u.most FROM question_sort_marks u"
            " WHERE u.mark IN (SELECT mark FROM question_sort_marks WHERE n > most"
            " UNION ALL SELECT mark FROM question_sort_marks WHERE n < most / 8.0 AND mark_id <> 0)"));
        if (auto ok = uneven.exec(); !ok) {
            // Questions written by a program's own steps before schema 12 (its marks keep no rows) stay as they are.
            SqlStatement kept(m_db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'question_sort_marks_crowded'"));
            if (auto read = kept.exec(); read && !kept.next())
                return {};
            return ok;
        }
        QList<Mark> marks;
        while (uneven.next())
            marks.append({uneven.value(0).toLongLong(), uneven.value(1).toInt(), uneven.value(2), uneven.value(3),
                          uneven.value(4), uneven.value(5).toLongLong(), uneven.value(6).toLongLong()});
        bool changed = false;
        for (const Mark& mark : std::as_const(marks)) {
            auto done = mark.n > mark.most ? split(mark) : joinPrevious(mark);
            if (!done)
                return done.error();
            if ((changed = done.value()))
                break; // the others are read again: this one's neighbours changed
        }
        if (!changed)
            return {};
    }
}

// Splits `mark` at its middle row: the first half stays under it, the second goes under a new mark at that row. Walks
// the mark's rows along the sort's index and reads the second half's rows for their status (to count them).
Result<bool> QuestionSortMarks::split(const Mark& mark)
{
    const SortKey* key = nullptr;
    for (const SortKey& each : keys)
        if (each.id == mark.sort)
            key = &each;
    if (!key)
        return Error::other(QStringLiteral("question_sort_marks: unknown sort %1").arg(mark.sort));
    const qint64 half = mark.n / 2, rest = mark.n - half;
    const QString walk = walkFrom(*key);
    SqlStatement middle(m_db, QStringLiteral("SELECT kf, kl FROM (%1 LIMIT 1 OFFSET :half)").arg(walk));
    middle.bind(QStringLiteral(":first"), key->byText() ? mark.text : mark.number).bind(QStringLiteral(":last"), mark.id);
    middle.bind(QStringLiteral(":half"), half);
    if (auto ok = middle.exec(); !ok)
        return ok.error();
    if (!middle.next())
        return Error::other(QStringLiteral("question_sort_marks: mark %1 holds fewer rows than its count").arg(mark.mark));
    const QVariant first = middle.value(0), last = middle.value(1);
    middle.query().finish();
    SqlStatement placed(m_db, QStringLiteral("INSERT INTO question_sort_marks (sort, mark_text, mark_number, mark_id, n, most)"
                                             " VALUES (:sort, :text, :number, :id, :n, :most)"));
    placed.bind(QStringLiteral(":sort"), mark.sort).bind(QStringLiteral(":id"), last);
    placed.bind(QStringLiteral(":text"), key->byText() ? first : QVariant(QString()));
    placed.bind(QStringLiteral(":number"), key->byText() ? QVariant(0) : first);
    placed.bind(QStringLiteral(":n"), rest).bind(QStringLiteral(":most"), mark.most);
    if (auto ok = placed.exec(); !ok)
        return ok.error();
    const qint64 next = placed.query().lastInsertId().toLongLong();
    const QList<std::pair<QString, QVariant>> both = {{QStringLiteral(":sort"), mark.sort},
                                                      {QStringLiteral(":next"), next},
                                                      {QStringLiteral(":mark"), mark.mark}};
    if (auto ok = run(m_db,
                      QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                                     " SELECT :sort, :next, COALESCE(r.department_id, 0), r.status,"
                                     " r.published_revision_id IS NOT NULL, COUNT(*) FROM (%1 LIMIT :rest) w"
                                     " JOIN questions r ON r.id = w.id GROUP BY 3, 4, 5")
                          .arg(walk),
                      {{QStringLiteral(":sort"), mark.sort}, {QStringLiteral(":next"), next}, {QStringLiteral(":first"), first},
                       {QStringLiteral(":last"), last}, {QStringLiteral(":rest"), rest}});
        !ok)
        return ok.error();
    if (auto ok = run(m_db,
                      QStringLiteral("UPDATE question_sort_counts SET n = n - COALESCE((SELECT x.n FROM question_sort_counts x"
                                     " WHERE x.sort = :sort AND x.mark = :next AND x.department_id = question_sort_counts.department_id"
                                     " AND x.status = question_sort_counts.status AND x.published = question_sort_counts.published), 0)"
                                     " WHERE sort = :sort AND mark = :mark"),
                      both);
        !ok)
        return ok.error();
    if (auto ok = run(m_db, QStringLiteral("UPDATE question_sort_marks SET n = :half WHERE mark = :mark"),
                      {{QStringLiteral(":half"), half}, {QStringLiteral(":mark"), mark.mark}});
        !ok)
        return ok.error();
    return true;
}

// Joins `mark` to the mark before it, when both fit under that one's `most`: its counts added to that mark's, no row
// read. Whether it did.
Result<bool> QuestionSortMarks::joinPrevious(const Mark& mark)
{
    SqlStatement previous(m_db, QStringLiteral("SELECT mark, n, most FROM question_sort_marks WHERE sort = :sort"
                                               " AND (mark_text, mark_number, mark_id) < (:text, :number, :id)"
                                               " ORDER BY mark_text DESC, mark_number DESC, mark_id DESC LIMIT 1"));
    previous.bind(QStringLiteral(":sort"), mark.sort).bind(QStringLiteral(":text"), mark.text);
    previous.bind(QStringLiteral(":number"), mark.number).bind(QStringLiteral(":id"), mark.id);
    if (auto ok = previous.exec(); !ok)
        return ok.error();
    if (!previous.next() || previous.value(1).toLongLong() + mark.n > previous.value(2).toLongLong())
        return false;
    const qint64 before = previous.value(0).toLongLong();
    previous.query().finish();
    const QList<std::pair<QString, QVariant>> both = {{QStringLiteral(":sort"), mark.sort},
                                                      {QStringLiteral(":before"), before},
                                                      {QStringLiteral(":mark"), mark.mark}};
    const QStringList statements = {
        QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                       " SELECT sort, :before, department_id, status, published, n FROM question_sort_counts"
                       " WHERE sort = :sort AND mark = :mark"
                       " ON CONFLICT (sort, mark, department_id, status, published) DO UPDATE SET n = n + excluded.n"),
        QStringLiteral("DELETE FROM question_sort_counts WHERE sort = :sort AND mark = :mark"),
        QStringLiteral("UPDATE question_sort_marks SET n = n + (SELECT m.n FROM question_sort_marks m WHERE m.mark = :mark)"
                       " WHERE mark = :before"),
        QStringLiteral("DELETE FROM question_sort_marks WHERE mark = :mark"),
    };
    for (const QString& sql : statements)
        if (auto ok = run(m_db, sql, both); !ok)
            return ok.error();
    return true;
}

} // namespace danhoi
