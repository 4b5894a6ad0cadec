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
