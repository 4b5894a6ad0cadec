#pragma once

#include "QuestionRepository.h"

namespace danhoi {

// The number of questions in a list that filters by visibility, status and department only, read from
// question_counts (kept exact by triggers, schema 8): a sum of a few rows however long the list is.
class QuestionCounts
{
public:
    explicit QuestionCounts(QSqlDatabase connection) : m_db(std::move(connection)) { }

    // Whether count() can answer `query`: it has no filter beyond scope, statuses and department.
    static bool answers(const QuestionQuery& query);
    Result<qint64> count(const QuestionQuery& query);

private:
    QSqlDatabase m_db;
};

} // namespace danhoi
