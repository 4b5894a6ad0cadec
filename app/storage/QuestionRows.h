#pragma once

#include "Database.h"
#include "core/Domain.h"

// The columns of a question as the repository reads them, and the rows of a list's page. Internal to app/storage.
namespace danhoi::question_rows {

// SELECT … FROM `source` q (the table or, on PostgreSQL, the desks' view: see DeskReads.h) of every column of
// Question, without a WHERE clause.
QString select(const QString& source);

// The question in the current row of a statement of select().
Question from(const SqlStatement& row);

// The questions `ids` names, from `source`, in that order; those gone since the ids were read are left out. SQLite:
// one statement through its C API, stepped once per id in one read transaction; PostgreSQL: one statement for all.
Result<QList<Question>> read(QSqlDatabase db, const QString& source, const QList<Id>& ids);

} // namespace danhoi::question_rows
