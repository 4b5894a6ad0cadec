#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

// SQLite's read statements prepared once per connection and kept, by their SQL text (internal to app/storage). A
// desk's list prepares the same few statements for every page it reads (a jump three to six), each parsed again
// every time; kept, a page only binds and steps them. The text is the key: a statement for another filter, sort or
// scope is another text, or the same text with its own values bound, so a kept statement never answers another
// query. A statement is lent to one user at a time and reset when given back (it then holds no read of the file, and
// a later read sees later writes); the statements of a connection are dropped when another connection comes under
// its name (the old one's were finalized by Qt when it closed).
namespace danhoi::kept_statements {

struct Entry;

// One kept statement, lent: through QtSql (`query`, not to be prepared again) or through SQLite's C API (handle()).
// Given back when the last copy of the lease goes.
class Lease
{
public:
    explicit Lease(std::shared_ptr<Entry> entry);
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    QSqlQuery& query();
    // The statement for the C API; nullptr once its connection was closed.
    sqlite3_stmt* handle() const;

private:
    std::shared_ptr<Entry> m_entry;
};

// The kept statement of `sql` on `db`, prepared on first use; nullptr when it cannot be kept: not SQLite, not a read
// (SELECT or WITH), lent already (a statement run inside the loop over its own rows) or not prepared (the caller
// prepares its own and reports the error as before).
std::shared_ptr<Lease> lend(const QSqlDatabase& db, const QString& sql);

// A statement of `sql` for SQLite's C API, for one use. Its parameters must be named (:id) and bound by
// sqlite3_bind_parameter_index: QtSql, which prepares the kept ones, renames ?N placeholders in order of appearance.
// The kept one when it can be lent, else one prepared for this use alone and finalized when this goes. get() is
// nullptr when `sql` does not prepare (sqlite3_errmsg says why).
class Statement
{
public:
    Statement(const QSqlDatabase& db, const QString& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return m_statement; }

private:
    std::shared_ptr<Lease> m_lease;
    sqlite3_stmt* m_statement = nullptr;
};

// How many statements were prepared for keeping on this thread so far (tests).
qint64 preparedSoFar();

} // namespace danhoi::kept_statements
