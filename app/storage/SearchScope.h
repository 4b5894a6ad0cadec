#pragma once

#include "Database.h"
#include "core/Visibility.h"

namespace danhoi::search_scope {

// Who may find a question in a search: its department and whether it is published. On SQLite the table
// question_scope (schema 11) holds them per question id, kept by triggers on `questions` in the writing transaction,
// so that a search window tests each candidate index row against a small table whose pages stay cached instead of
// reading the question's row (a random read in a file of gigabytes). PostgreSQL reads the questions (its window is
// the owner's function, postgres/9-search.sql).

// The SQL condition that keeps the index rows `scope` may find: `s` is the index, its row 2·id the question with its
// latest answer, 2·id + 1 its public version. On SQLite it reads question_scope as `c`, on PostgreSQL the questions
// as `q`. Appends the names and values it binds.
QString condition(const VisibilityScope& scope, bool postgres, QStringList& names, QVariantList& values);

// The questions whose row in question_scope is missing or differs from the question, and rows of no question, as
// problems to report (SQLite; nothing on PostgreSQL).
Result<QStringList> check(QSqlDatabase db);

// question_scope written again from the questions (SQLite; nothing on PostgreSQL). Inside a write transaction.
Result<void> rebuild(QSqlDatabase db);

} // namespace danhoi::search_scope
