#include "SearchScope.h"

#include <QCoreApplication>

namespace danhoi::search_scope {

namespace {

// A question's scope row as question_scope holds it (as schema step 11 and its triggers write it; a step is history and
// keeps its own copy).
const QString fromQuestions = QStringLiteral(
    "SELECT id, department_id, published_revision_id IS NOT NULL FROM questions");

} // namespace

QString condition(const VisibilityScope& scope, bool postgres, QStringList& names, QVariantList& values)
{
    const QString department = postgres ? QStringLiteral("q.department_id") : QStringLiteral("c.department_id");
    const QString published = postgres ? QStringLiteral("q.published_revision_id IS NOT NULL") : QStringLiteral("c.published = 1");
    switch (scope.kind) {
    case VisibilityScope::Kind::Everything:
        return QStringLiteral("(s.rowid & 1) = 0");
    case VisibilityScope::Kind::DepartmentAndPublic:
        names.append(QStringLiteral(":scope_dep"));
        values.append(nullable(scope.departmentId));
        // Own department: the full row (latest answer); others: the public row (published answer only).
        return QStringLiteral("(((s.rowid & 1) = 0 AND %1 = :scope_dep) OR ((s.rowid & 1) = 1 AND %2"
                              " AND %1 IS DISTINCT FROM :scope_dep))")
            .arg(department, published);
    case VisibilityScope::Kind::PublicOnly:
        return QStringLiteral("((s.rowid & 1) = 1 AND %1)").arg(published);
    case VisibilityScope::Kind::Nothing:
        break;
    }
    return QStringLiteral("1 = 0");
}

Result<QStringList> check(QSqlDatabase db)
{
    QStringList problems;
    if (isPostgres(db))
        return problems;
    // Both directions: a question without its row or with another department or publication, a row of no question.
    SqlStatement differ(db, QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM questions q LEFT JOIN question_scope c ON c.question_id = q.id"
        "        WHERE c.question_id IS NULL OR c.department_id IS NOT q.department_id"
        "        OR c.published IS NOT (q.published_revision_id IS NOT NULL)),"
        " (SELECT COUNT(*) FROM question_scope c WHERE NOT EXISTS (SELECT 1 FROM questions q WHERE q.id = c.question_id))"));
    if (auto ok = differ.exec(); !ok)
        return ok.error();
    differ.next();
    const int wrong = int(std::min<qint64>(differ.value(0).toLongLong(), INT_MAX));
    const int orphans = int(std::min<qint64>(differ.value(1).toLongLong(), INT_MAX));
    if (wrong > 0)
        problems.append(QCoreApplication::translate("SearchScope", "The search's visibility table disagrees with %n "
                                                    "question(s) (department or publication); run \"danhoi-cli search "
                                                    "--rebuild\".", nullptr, wrong));
    if (orphans > 0)
        problems.append(QCoreApplication::translate("SearchScope", "The search's visibility table holds %n row(s) of no "
                                                    "question; run \"danhoi-cli search --rebuild\".", nullptr, orphans));
    return problems;
}

Result<void> rebuild(QSqlDatabase db)
{
    if (isPostgres(db))
        return {};
    SqlStatement clear(db, QStringLiteral("DELETE FROM question_scope"));
    if (auto ok = clear.exec(); !ok)
        return ok;
    SqlStatement fill(db, QStringLiteral("INSERT INTO question_scope (question_id, department_id, published) %1 ORDER BY id")
                              .arg(fromQuestions));
    return fill.exec();
}

} // namespace danhoi::search_scope
