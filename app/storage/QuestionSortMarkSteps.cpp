#include "QuestionSortKeys.h"
#include "QuestionSortMarks.h"

namespace danhoi {

using sort_keys::keys;
using sort_keys::markOf;
using sort_keys::SortKey;

namespace {

QString added(const SortKey& key, bool keepsRows)
{
    const QString only = SortKey::on(key.only, QStringLiteral("NEW."));
    QString sql = QStringLiteral("INSERT INTO question_sort_counts (sort, mark, department_id, status, published, n)"
                                 " SELECT %1, %2, COALESCE(NEW.department_id, 0), NEW.status, NEW.published_revision_id IS NOT NULL, 1"
                                 " WHERE %3 ON CONFLICT (sort, mark, department_id, status, published) DO UPDATE SET n = n + 1;")
                      .arg(key.id)
                      .arg(markOf(key, QStringLiteral("NEW.")), only);
    if (keepsRows)
        sql += QStringLiteral("UPDATE question_sort_marks SET n = n + 1 WHERE mark = %1 AND %2;")
                   .arg(markOf(key, QStringLiteral("NEW.")), only);
    return sql;
}

QString removed(const SortKey& key, bool keepsRows)
{
    const QString only = SortKey::on(key.only, QStringLiteral("OLD."));
    QString sql = QStringLiteral("UPDATE question_sort_counts SET n = n - 1 WHERE sort = %1 AND mark = %2"
                                 " AND department_id = COALESCE(OLD.department_id, 0) AND status = OLD.status"
                                 " AND published = (OLD.published_revision_id IS NOT NULL) AND %3;")
                      .arg(key.id)
                      .arg(markOf(key, QStringLiteral("OLD.")), only);
    if (keepsRows)
        sql += QStringLiteral("UPDATE question_sort_marks SET n = n - 1 WHERE mark = %1 AND %2;")
                   .arg(markOf(key, QStringLiteral("OLD.")), only);
    return sql;
}

// The triggers that keep each mark's counts as questions are written (schema 10), and from schema 12 its `n`.
QStringList countTriggers(bool keepsRows)
{
    QString adds, removes;
    for (const SortKey& key : keys) {
        adds += added(key, keepsRows);
        removes += removed(key, keepsRows);
    }
    return {
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

} // namespace

QStringList QuestionSortMarks::schemaStep()
{
    return QStringList{
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
                              " mark_number {bigint} NOT NULL, mark_id {bigint} NOT NULL,"
                              " UNIQUE (sort, mark_text, mark_number, mark_id))"),
               QStringLiteral("CREATE TABLE question_sort_counts (sort INTEGER NOT NULL, mark {bigint} NOT NULL,"
                              " department_id {bigint} NOT NULL, status TEXT NOT NULL, published INTEGER NOT NULL,"
                              " n {bigint} NOT NULL, PRIMARY KEY (sort, mark, department_id, status, published)) WITHOUT ROWID"),
           }
        + countTriggers(false);
}

QStringList QuestionSortMarks::keepingEvenStep()
{
    QStringList step = {
        QStringLiteral("ALTER TABLE question_sort_marks ADD COLUMN n {bigint} NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE question_sort_marks ADD COLUMN most {bigint} NOT NULL DEFAULT %1").arg(2 * rowsPerMark),
        QStringLiteral("UPDATE question_sort_marks SET n = (SELECT COALESCE(SUM(c.n), 0) FROM question_sort_counts c"
                       " WHERE c.sort = question_sort_marks.sort AND c.mark = question_sort_marks.mark)"),
        QStringLiteral("DROP TRIGGER question_sort_counts_insert"),
        QStringLiteral("DROP TRIGGER question_sort_counts_delete"),
        QStringLiteral("DROP TRIGGER question_sort_counts_update"),
    };
    step += countTriggers(true);
    // The marks that keepEven() splits, and those (not the lowest, mark_id 0) it may join to the one before: none
    // most of the time, so that its look after each write reads two empty indexes. (SQLite uses a partial index
    // for `n < most / 8.0`, not for `n * 8 < most`.)
    step.append(QStringLiteral("CREATE INDEX question_sort_marks_crowded ON question_sort_marks(sort) WHERE n > most"));
    step.append(QStringLiteral("CREATE INDEX question_sort_marks_sparse ON question_sort_marks(sort)"
                               " WHERE n < most / 8.0 AND mark_id <> 0"));
    return step;
}

} // namespace danhoi
