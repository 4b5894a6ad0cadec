-- DanHoi security layer, part 2: the tables only the PostgreSQL deployment needs.

-- The workflow of app/core (Workflow::table()), written here by provision and upgrade: the one table
-- danhoi_transition checks, never a hand copy of the rules in plpgsql.
CREATE TABLE IF NOT EXISTS workflow_rules (
    action TEXT PRIMARY KEY,
    from_statuses TEXT[] NOT NULL,
    to_status TEXT NOT NULL,
    roles TEXT[] NOT NULL,
    department_bound BOOLEAN NOT NULL,
    reason_required BOOLEAN NOT NULL,
    forbids_own_revision BOOLEAN NOT NULL
);

-- The public version of a published question: the redacted text the portal shows, written by the publish
-- transition in the same transaction and removed by unpublish. Staff of other departments read this table,
-- never the question row (row-level security cannot redact a cell; redaction stays in app/core).
CREATE TABLE IF NOT EXISTS public_questions (
    question_id BIGINT PRIMARY KEY REFERENCES questions(id),
    revision_id BIGINT NOT NULL REFERENCES answer_revisions(id),
    ref TEXT NOT NULL,
    title TEXT NOT NULL,
    question TEXT NOT NULL,
    asker_line TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL,
    department_id BIGINT REFERENCES departments(id),
    category_id BIGINT REFERENCES categories(id),
    received_at BIGINT NOT NULL,
    answered_at BIGINT,
    published_at BIGINT NOT NULL
);

-- The desks' view of revisions finds a public answer by its revision.
CREATE INDEX IF NOT EXISTS public_questions_revision ON public_questions(revision_id);

-- Other departments' published questions as a clerk's or supervisor's lists show them (desk_questions,
-- 7-grants.sql): the columns of the question that app/core's Visibility shows outside its department — no asker
-- details but the locality, no clerk, no external id, no rejection reason — with the title and question text of
-- its public version. Kept equal to questions and public_questions by triggers (6-public-rows.sql), so that a
-- list walks its own indexes here instead of joining the two for every row it may show. Same column types as
-- questions: desk_questions is a UNION ALL of both, which PostgreSQL flattens only when the types agree.
CREATE TABLE IF NOT EXISTS desk_public_rows (
    id BIGINT PRIMARY KEY,
    ref TEXT NOT NULL,
    ref_year INTEGER NOT NULL,
    ref_seq INTEGER NOT NULL,
    channel TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    title TEXT,
    body TEXT,
    asker_locality TEXT NOT NULL,
    category_id BIGINT,
    department_id BIGINT,
    status TEXT NOT NULL,
    due_date TEXT,
    duplicate_of_id BIGINT,
    published_revision_id BIGINT NOT NULL,
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL
);

-- One index per sort of the desk's list (QuestionRepository), each ending in the id as the list's order does and
-- carrying the department its policy and the list's scope test, so that a walk by date reads the index alone.
CREATE INDEX IF NOT EXISTS desk_public_rows_received ON desk_public_rows (received_at, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS desk_public_rows_status ON desk_public_rows (status, received_at, id)
    INCLUDE (department_id, published_revision_id);
-- The other sorts' walks carry them too (a clerk's branch skips their own department's rows and tests the scope):
-- without them a jump to the middle of a clerk's list by title fetched ~320,000 rows of this table (2 s at 1M).
CREATE INDEX IF NOT EXISTS desk_public_rows_reference_walk ON desk_public_rows (ref_year, ref_seq, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS desk_public_rows_title_walk ON desk_public_rows (title, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS desk_public_rows_locality_walk ON desk_public_rows (asker_locality, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS desk_public_rows_due_walk ON desk_public_rows (due_date, id)
    INCLUDE (department_id, published_revision_id);
DROP INDEX IF EXISTS desk_public_rows_reference;
DROP INDEX IF EXISTS desk_public_rows_title;
DROP INDEX IF EXISTS desk_public_rows_locality;
DROP INDEX IF EXISTS desk_public_rows_due;
CREATE INDEX IF NOT EXISTS desk_public_rows_department ON desk_public_rows (department_id, id);
