#pragma once

#include "Database.h"

namespace danhoi::desk_reads {

// Where reads of questions and answer revisions come from. On PostgreSQL row-level security hides other
// departments' questions from clerks and supervisors, so they read the views desk_questions and desk_revisions
// (postgres/7-grants.sql): their department's rows in full and other departments' published questions in their
// public version. SQLite (the program applies Visibility itself) and lists of readers who see everything read the
// tables. Both sources have the same columns, so a query names its source and nothing else changes — except a
// list, which reads the two parts of desk_questions itself so as to walk their indexes (QuestionRepository).
inline QString questions(const QSqlDatabase& db, bool readerSeesAll = false)
{
    return isPostgres(db) && !readerSeesAll ? QStringLiteral("desk_questions") : QStringLiteral("questions");
}

inline QString revisions(const QSqlDatabase& db, bool readerSeesAll = false)
{
    return isPostgres(db) && !readerSeesAll ? QStringLiteral("desk_revisions") : QStringLiteral("answer_revisions");
}

} // namespace danhoi::desk_reads
