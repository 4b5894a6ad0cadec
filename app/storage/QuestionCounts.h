#pragma once

#include "QuestionRepository.h"

namespace danhoi {

// Lists that filter by visibility, status and department only, measured from question_counts (kept exact by
// triggers, schema 8) instead of walking their questions: the count is a sum of a few thousand rows however long
// the list is, and a page far down a list by date (or by status, then date) starts from the period of receipt (of
// that status) that holds its first row.
class QuestionCounts
{
public:
    explicit QuestionCounts(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Whether the counts can answer `query`: it has no filter beyond scope, statuses and department.
    static bool answers(const QuestionQuery& query);
    // The conditions on a table of counts (columns department_id, status, published, each after `prefix`) that
    // select the rows of `query`'s scope, statuses and department, with their bindings.
    static QStringList conditions(const QuestionQuery& query, const QString& prefix,
                                  QList<std::pair<QString, QVariant>>& bindings);
    Result<qint64> count(const QuestionQuery& query);
    // The same page as `query` (sorted by date or by status, offset at least `from`), narrowed to the rows from the
    // period of receipt that holds its first row on (by status: of that status alone), with the offset counted from
    // that period's first row; by department, to the department that holds it. nullopt when `query` is not such a
    // page (or, by department, the page touches the questions not routed yet).
    Result<std::optional<QuestionQuery>> nearerStart(const QuestionQuery& query, qint64 from = QuestionRepository::farOffset);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
