#include "Schema.h"
#include "QuestionSortMarks.h"

namespace danhoi::schema {

namespace {

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE departments ("
                       " id {id}, code TEXT NOT NULL UNIQUE, name_vi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1, version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE categories ("
                       " id {id}, name TEXT NOT NULL UNIQUE, department_id {bigint} REFERENCES departments(id),"
                       " answer_days INTEGER NOT NULL CHECK (answer_days > 0), active INTEGER NOT NULL DEFAULT 1,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE users ("
                       " id {id}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '',"
                       " password_hash TEXT NOT NULL DEFAULT '', roles TEXT NOT NULL DEFAULT '',"
                       " department_id {bigint} REFERENCES departments(id), active INTEGER NOT NULL DEFAULT 1,"
                       " failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until {bigint},"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE questions ("
                       " id {id}, ref TEXT NOT NULL UNIQUE, ref_year INTEGER NOT NULL, ref_seq INTEGER NOT NULL,"
                       " channel TEXT NOT NULL, received_at {bigint} NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
                       " asker_name TEXT NOT NULL DEFAULT '', asker_locality TEXT NOT NULL DEFAULT '',"
                       " asker_phone TEXT NOT NULL DEFAULT '', asker_email TEXT NOT NULL DEFAULT '',"
                       " asker_address TEXT NOT NULL DEFAULT '', asker_id_number TEXT NOT NULL DEFAULT '',"
                       " category_id {bigint} REFERENCES categories(id), department_id {bigint} REFERENCES departments(id),"
                       " assigned_clerk_id {bigint} REFERENCES users(id), status TEXT NOT NULL, due_date TEXT,"
                       " duplicate_of_id {bigint} REFERENCES questions(id), rejection_reason TEXT NOT NULL DEFAULT '',"
                       " published_revision_id {bigint}, published_at {bigint}, external_id TEXT,"
                       " created_at {bigint} NOT NULL, updated_at {bigint} NOT NULL, version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (ref_year, ref_seq))"),
        QStringLiteral("CREATE TABLE answer_revisions ("
                       " id {id}, question_id {bigint} NOT NULL REFERENCES questions(id), number INTEGER NOT NULL,"
                       " body TEXT NOT NULL, author_id {bigint} NOT NULL REFERENCES users(id), created_at {bigint} NOT NULL,"
                       " state TEXT NOT NULL, reviewer_id {bigint} REFERENCES users(id), reviewed_at {bigint},"
                       " comment TEXT NOT NULL DEFAULT '', UNIQUE (question_id, number))"),
        QStringLiteral("CREATE TABLE audit_events ("
                       " id {id}, seq {bigint} NOT NULL UNIQUE, at {bigint} NOT NULL, username TEXT NOT NULL,"
                       " question_id {bigint}, action TEXT NOT NULL, from_status TEXT NOT NULL DEFAULT '',"
                       " to_status TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX questions_status ON questions(status, received_at)"),
        QStringLiteral("CREATE INDEX questions_department ON questions(department_id, status, received_at)"),
        QStringLiteral("CREATE INDEX answer_revisions_question ON answer_revisions(question_id, number)"),
        QStringLiteral("CREATE INDEX audit_events_question ON audit_events(question_id, seq)"),
    };
}

// Version 2: the recorded end of the audit chain (so a deleted last event is detected),
// the indexes behind the desk queues, and the import key.
QStringList version2()
{
    return {
        QStringLiteral("CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq {bigint} NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO audit_head (id, seq, hash)"
                       " SELECT 1, COALESCE(MAX(seq), 0), COALESCE((SELECT hash FROM audit_events"
                       " WHERE seq = (SELECT MAX(seq) FROM audit_events)), '"
                       "0000000000000000000000000000000000000000000000000000000000000000') FROM audit_events"),
        QStringLiteral("CREATE INDEX questions_received ON questions(received_at)"),
        QStringLiteral("CREATE INDEX questions_clerk ON questions(assigned_clerk_id, status)"),
        QStringLiteral("CREATE INDEX questions_due ON questions(due_date)"),
        QStringLiteral("CREATE UNIQUE INDEX questions_external ON questions(external_id)"),
    };
}

// Version 3: the days the government adds off or swaps to working each year (on top of the Labor Code's holidays).
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE calendar_days (day TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('off', 'working')),"
                       " note TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT '', changed_at {bigint})"),
    };
}

// Version 4: full-text search over folded text (SQLite FTS5, standard unicode61 tokenizer, no custom functions, so
// the sqlite3 shell can search it) and its vocabulary for similar questions. The rows are written by
// SearchIndex::rebuild in the same step (see Migrations) and kept in step by the repositories.
QStringList version4()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE question_search USING fts5(title, body, answer, locality,"
                       " tokenize = 'unicode61', prefix = '2 3')"),
        QStringLiteral("CREATE VIRTUAL TABLE question_search_terms USING fts5vocab(question_search, 'row')"),
    };
}

// Version 4 on PostgreSQL: the same rows (same rowid scheme, same folded text) in a plain table whose tsvector is
// computed by the server ('simple' configuration: the text is already folded), weighted A–D by column for ts_rank,
// and a GIN index that both the search and the vocabulary (how many rows hold a word) go through.
QStringList version4Postgres()
{
    return {
        QStringLiteral("CREATE TABLE question_search (rowid BIGINT PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL,"
                       " answer TEXT NOT NULL, locality TEXT NOT NULL, document tsvector GENERATED ALWAYS AS ("
                       "setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')"
                       " || setweight(to_tsvector('simple', answer), 'C')"
                       " || setweight(to_tsvector('simple', locality), 'D')) STORED)"),
        QStringLiteral("CREATE INDEX question_search_document ON question_search USING GIN (document)"),
    };
}

// Version 5, publishing: the coordinator's manual redactions, the fingerprints that make re-imports idempotent and
// the queue of items posted to the portal endpoint (one idempotency key per question and published revision).
QStringList version5()
{
    return {
        QStringLiteral("CREATE TABLE question_redactions (id {id}, question_id {bigint} NOT NULL REFERENCES questions(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('hide', 'keep')), text TEXT NOT NULL,"
                       " created_by TEXT NOT NULL, created_at {bigint} NOT NULL, UNIQUE (question_id, kind, text))"),
        QStringLiteral("CREATE TABLE import_fingerprints (fingerprint TEXT PRIMARY KEY,"
                       " question_id {bigint} NOT NULL REFERENCES questions(id), imported_at {bigint} NOT NULL)"),
        QStringLiteral("CREATE TABLE portal_pushes (push_key TEXT PRIMARY KEY,"
                       " question_id {bigint} NOT NULL REFERENCES questions(id), revision_id {bigint} NOT NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'failed')), attempts INTEGER NOT NULL"
                       " DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', updated_at {bigint} NOT NULL)"),
        QStringLiteral("CREATE INDEX questions_published ON questions(published_at)"),
    };
}

// Version 6, a million questions: the desk's sort columns read in index order (a page is a walk along an index, not
// a sort of the whole list), and open questions by due date for the overdue and due-soon queues and their counts.
QStringList version6()
{
    return {
        QStringLiteral("CREATE INDEX questions_title ON questions(title, id)"),
        QStringLiteral("CREATE INDEX questions_locality ON questions(asker_locality, id)"),
        QStringLiteral("CREATE INDEX questions_status_due ON questions(status, due_date)"),
    };
}

// Version 7: sorting by department reads each department's questions in id order (QuestionRepository walks the
// departments by code), instead of sorting the whole list by the joined code.
QStringList version7()
{
    return {QStringLiteral("CREATE INDEX questions_department_order ON questions(department_id, id)")};
}

// Version 8: how many questions each (department, status, published or not, period of receipt) holds, kept exact by
// triggers in the writing transaction. A list's count by status and department is then a sum of a few thousand rows
// however many questions there are, and a page far down a list by date starts from the period that holds its first
// row (QuestionCounts). A period is received_at >> 31 (2^31 ms, about 25 days; a shift floors on both engines);
// department_id 0 is "not routed yet". Questions are counted however they are written (repositories, bulk writer,
// db copy, a psql session).
QStringList version8()
{
    const QString key = QStringLiteral("department_id = COALESCE(OLD.department_id, 0) AND status = OLD.status"
                                       " AND published = (OLD.published_revision_id IS NOT NULL)"
                                       " AND received_period = OLD.received_at >> 31");
    const QString add = QStringLiteral(
        "INSERT INTO question_counts (department_id, status, published, received_period, n)"
        " VALUES (COALESCE(NEW.department_id, 0), NEW.status, NEW.published_revision_id IS NOT NULL, NEW.received_at >> 31, 1)"
        " ON CONFLICT (department_id, status, published, received_period) DO UPDATE SET n = n + 1;");
    return {
        QStringLiteral("CREATE TABLE question_counts (department_id INTEGER NOT NULL, status TEXT NOT NULL,"
                       " published INTEGER NOT NULL, received_period INTEGER NOT NULL, n INTEGER NOT NULL,"
                       " PRIMARY KEY (department_id, status, published, received_period)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO question_counts (department_id, status, published, received_period, n)"
                       " SELECT COALESCE(department_id, 0), status, published_revision_id IS NOT NULL, received_at >> 31,"
                       " COUNT(*) FROM questions GROUP BY 1, 2, 3, 4"),
        QStringLiteral("CREATE TRIGGER question_counts_insert AFTER INSERT ON questions BEGIN %1 END").arg(add),
        QStringLiteral("CREATE TRIGGER question_counts_delete AFTER DELETE ON questions BEGIN"
                       " UPDATE question_counts SET n = n - 1 WHERE %1; END").arg(key),
        QStringLiteral("CREATE TRIGGER question_counts_update AFTER UPDATE OF department_id, status, published_revision_id,"
                       " received_at ON questions WHEN OLD.department_id IS NOT NEW.department_id"
                       " OR OLD.status IS NOT NEW.status"
                       " OR (OLD.published_revision_id IS NULL) <> (NEW.published_revision_id IS NULL)"
                       " OR OLD.received_at >> 31 <> NEW.received_at >> 31 BEGIN"
                       " UPDATE question_counts SET n = n - 1 WHERE %1; %2 END").arg(key, add),
    };
}

// Version 8 on PostgreSQL: the same table and rules; the trigger function runs as the owner (desks may read the
// rows their visibility allows, see postgres/7-grants.sql, and never write them). Writers of `questions` take
// their turn (Transaction), so two transactions never wait on each other's count rows.
QStringList version8Postgres()
{
    return {
        QStringLiteral("CREATE TABLE question_counts (department_id BIGINT NOT NULL, status TEXT NOT NULL,"
                       " published INTEGER NOT NULL, received_period BIGINT NOT NULL, n BIGINT NOT NULL,"
                       " PRIMARY KEY (department_id, status, published, received_period))"),
        QStringLiteral("INSERT INTO question_counts (department_id, status, published, received_period, n)"
                       " SELECT COALESCE(department_id, 0), status, (published_revision_id IS NOT NULL)::int,"
                       " received_at >> 31, COUNT(*) FROM questions GROUP BY 1, 2, 3, 4"),
        QStringLiteral(
            "CREATE FUNCTION danhoi_count_questions() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path FROM CURRENT AS $$\n"
            "BEGIN\n"
            "    IF TG_OP <> 'INSERT' THEN\n"
            "        UPDATE question_counts SET n = n - 1 WHERE department_id = COALESCE(OLD.department_id, 0)\n"
            "            AND status = OLD.status AND published = (OLD.published_revision_id IS NOT NULL)::int\n"
            "            AND received_period = OLD.received_at >> 31;\n"
            "    END IF;\n"
            "    IF TG_OP <> 'DELETE' THEN\n"
            "        INSERT INTO question_counts (department_id, status, published, received_period, n)\n"
            "            VALUES (COALESCE(NEW.department_id, 0), NEW.status, (NEW.published_revision_id IS NOT NULL)::int,\n"
            "                    NEW.received_at >> 31, 1)\n"
            "            ON CONFLICT (department_id, status, published, received_period)\n"
            "            DO UPDATE SET n = question_counts.n + 1;\n"
            "    END IF;\n"
            "    RETURN NULL;\n"
            "END\n"
            "$$"),
        QStringLiteral("CREATE TRIGGER question_counts_write AFTER INSERT OR DELETE ON questions FOR EACH ROW"
                       " EXECUTE FUNCTION danhoi_count_questions()"),
        QStringLiteral("CREATE TRIGGER question_counts_update AFTER UPDATE OF department_id, status, published_revision_id,"
                       " received_at ON questions FOR EACH ROW WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id"
                       " OR OLD.status IS DISTINCT FROM NEW.status"
                       " OR (OLD.published_revision_id IS NULL) <> (NEW.published_revision_id IS NULL)"
                       " OR OLD.received_at >> 31 <> NEW.received_at >> 31)"
                       " EXECUTE FUNCTION danhoi_count_questions()"),
    };
}

// Version 9: a clerk's list ("their department or published") walks the date, status and due-date indexes without
// reading a table row per entry: the indexes carry the id (so their order is the list's (column, id) order) and the
// two columns the clerk's scope tests. A jump far down a clerk's list by date skipped up to ~13,000 entries of its
// period, each a row read from a file of gigabytes. They replace the narrower indexes of versions 1 and 2, whose
// columns they start with. PostgreSQL has had the same indexes since postgres/9-indexes.sql: its step 9 is empty.
QStringList version9()
{
    return {
        QStringLiteral("DROP INDEX questions_received"),
        QStringLiteral("CREATE INDEX questions_received_walk ON questions(received_at, id, department_id, published_revision_id)"),
        QStringLiteral("DROP INDEX questions_status"),
        QStringLiteral("CREATE INDEX questions_status_walk ON questions(status, received_at, id, department_id,"
                       " published_revision_id)"),
        QStringLiteral("DROP INDEX questions_due"),
        QStringLiteral("CREATE INDEX questions_due_walk ON questions(due_date, id, department_id, published_revision_id)"),
    };
}

// Version 10: far pages of the lists by title, locality, reference and due date start from the nearest mark of their
// sort (QuestionSortMarks: marks placed by the program in the step's transaction, counts kept by triggers), and a
// clerk's walk along those sorts reads the index alone. SQLite only: PostgreSQL's step 10 is empty.
QStringList version10()
{
    return QuestionSortMarks::schemaStep();
}

// Version 11: who may find a question in a search (search_scope::condition), in a table of its own: its department and
// whether it is published, by question id. A clerk's search window ("their department's rows, others' published
// ones") tests each candidate index row against it instead of reading the question's row, a random read in a file
// of gigabytes; a million of these rows take ~11 MB, and a window's rows are the newest questions, so their pages
// stay cached. Kept by triggers in the writing transaction however a question is written (repositories, bulk writer,
// db copy, the sqlite3 shell). PostgreSQL's window is the owner's function over the questions
// (postgres/9-search.sql): its step 11 is empty.
QStringList version11()
{
    const QString row = QStringLiteral("(NEW.id, NEW.department_id, NEW.published_revision_id IS NOT NULL)");
    return {
        QStringLiteral("CREATE TABLE question_scope (question_id INTEGER PRIMARY KEY, department_id INTEGER,"
                       " published INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO question_scope (question_id, department_id, published)"
                       " SELECT id, department_id, published_revision_id IS NOT NULL FROM questions ORDER BY id"),
        QStringLiteral("CREATE TRIGGER question_scope_insert AFTER INSERT ON questions BEGIN"
                       " INSERT INTO question_scope (question_id, department_id, published) VALUES %1; END").arg(row),
        QStringLiteral("CREATE TRIGGER question_scope_update AFTER UPDATE OF id, department_id, published_revision_id"
                       " ON questions WHEN OLD.id IS NOT NEW.id OR OLD.department_id IS NOT NEW.department_id"
                       " OR (OLD.published_revision_id IS NULL) <> (NEW.published_revision_id IS NULL) BEGIN"
                       " DELETE FROM question_scope WHERE question_id = OLD.id;"
                       " INSERT INTO question_scope (question_id, department_id, published) VALUES %1; END").arg(row),
        QStringLiteral("CREATE TRIGGER question_scope_delete AFTER DELETE ON questions BEGIN"
                       " DELETE FROM question_scope WHERE question_id = OLD.id; END"),
    };
}

// Version 12: the marks of the sorts stay even as questions are written one at a time (QuestionSortMarks): each mark
// keeps how many rows it holds (triggers), and the program splits it in the writing transaction when it comes to hold
// twice the rows it was placed for, and joins it to the mark before when deletes leave it nearly empty (keepEven). Before, a database that grew at the desks
// kept its marks where they were placed: by reference or due date every new question went under the last mark, and
// a far page near the end of those lists walked every question written since. SQLite only.
QStringList version12()
{
    return QuestionSortMarks::keepingEvenStep();
}

// Version 13: a clerk's queue counts (overdue or due soon, assigned to them, their drafts and returned answers) read
// indexes alone. Their department and the other published questions are tested on the index entries: before, SQLite
// walked (status, due_date) and read the row of every overdue open question in the province to test its department
// (1.3 s at a million questions, most of a clerk's start-up), and each drafting question's latest revision was a
// row read for its author and state. SQLite only: PostgreSQL's step 13 is empty.
QStringList version13()
{
    return {
        QStringLiteral("DROP INDEX questions_status_due"),
        QStringLiteral("CREATE INDEX questions_status_due ON questions(status, due_date, department_id, published_revision_id)"),
        QStringLiteral("DROP INDEX questions_clerk"),
        QStringLiteral("CREATE INDEX questions_clerk ON questions(assigned_clerk_id, status, department_id, published_revision_id)"),
        QStringLiteral("DROP INDEX answer_revisions_question"),
        QStringLiteral("CREATE INDEX answer_revisions_question ON answer_revisions(question_id, number, author_id, state)"),
    };
}

} // namespace

QList<QStringList> steps(bool postgres)
{
    return {version1(), version2(), version3(), postgres ? version4Postgres() : version4(), version5(), version6(), version7(),
            postgres ? version8Postgres() : version8(), postgres ? QStringList() : version9(),
            postgres ? QStringList() : version10(), postgres ? QStringList() : version11(),
            postgres ? QStringList() : version12(), postgres ? QStringList() : version13()};
}

} // namespace danhoi::schema
