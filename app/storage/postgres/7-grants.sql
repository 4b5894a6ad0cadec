-- DanHoi security layer, part 7: table rights of the group roles and the row-level security policies that
-- mirror app/core's Visibility: coordinators and admins read everything; clerks and supervisors read their
-- department's questions in full and other departments' published questions only in public_questions.
-- Every table starts from no rights, so re-applying the layer also takes back what an older layer granted.
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '{schema}' LOOP
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC, {prefix}_desk, {prefix}_admin, {prefix}_coordinator,'
                       ' {prefix}_supervisor, {prefix}_clerk', t);
    END LOOP;
END
$$;

GRANT SELECT ON settings, departments, categories, users, questions, answer_revisions, audit_events, audit_head,
    calendar_days, schema_version, workflow_rules, public_questions, desk_public_rows, question_redactions
    TO {prefix}_desk;
GRANT UPDATE ON questions TO {prefix}_desk;
GRANT INSERT ON questions TO {prefix}_coordinator;
GRANT INSERT, DELETE ON question_redactions TO {prefix}_coordinator;
GRANT SELECT, INSERT, UPDATE, DELETE ON import_fingerprints, portal_pushes TO {prefix}_coordinator;
GRANT INSERT, UPDATE ON settings, departments, categories, users TO {prefix}_admin;
GRANT INSERT, UPDATE, DELETE ON calendar_days TO {prefix}_admin;

-- Functions: none for PUBLIC; the desks call the entry points and what the policies evaluate.
REVOKE ALL ON FUNCTION danhoi_layer_version(), danhoi_owns(name), danhoi_actor_roles(), danhoi_sees_all(), danhoi_staff_department(),
    danhoi_audit_hash(bigint, bigint, text, bigint, text, text, text, text, text), danhoi_now_ms(),
    danhoi_audit_append(text, bigint, text, text, text, text), danhoi_audit(text, bigint, text, text, text, text),
    danhoi_transition(bigint, text, integer, text, text, text, bigint, bigint, text, bigint, jsonb, text),
    danhoi_public_text(bigint, jsonb), danhoi_public_texts(jsonb), danhoi_check_login(text, text), danhoi_may_manage_users(), danhoi_is_desk_login(text),
    danhoi_user_create(text, text), danhoi_user_password(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_layer_version(), danhoi_owns(name), danhoi_actor_roles(), danhoi_sees_all(), danhoi_staff_department(),
    danhoi_audit_hash(bigint, bigint, text, bigint, text, text, text, text, text), danhoi_now_ms(),
    danhoi_audit(text, bigint, text, text, text, text),
    danhoi_transition(bigint, text, integer, text, text, text, bigint, bigint, text, bigint, jsonb, text),
    danhoi_public_text(bigint, jsonb), danhoi_public_texts(jsonb), danhoi_check_login(text, text), danhoi_may_manage_users(), danhoi_is_desk_login(text),
    danhoi_user_create(text, text), danhoi_user_password(text, text) TO {prefix}_desk;

ALTER TABLE questions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS danhoi_read ON questions;
CREATE POLICY danhoi_read ON questions FOR SELECT TO {prefix}_desk
    USING ((SELECT danhoi_sees_all()) OR department_id = (SELECT danhoi_staff_department()));
DROP POLICY IF EXISTS danhoi_update ON questions;
CREATE POLICY danhoi_update ON questions FOR UPDATE TO {prefix}_desk
    USING ((SELECT danhoi_sees_all()) OR department_id = (SELECT danhoi_staff_department()))
    WITH CHECK ((SELECT danhoi_sees_all()) OR department_id = (SELECT danhoi_staff_department()));
DROP POLICY IF EXISTS danhoi_insert ON questions;
CREATE POLICY danhoi_insert ON questions FOR INSERT TO {prefix}_desk
    WITH CHECK ((SELECT danhoi_actor_roles()) && ARRAY['coordinator']);

-- Revisions, audit events and redactions follow the question they belong to (the subquery sees only the
-- questions the policy above lets through); events about the installation only for admins and coordinators.
-- A revision's question always exists (a foreign key), so who reads every question reads every revision, decided
-- once per statement; anyone else reads those of their department's questions, whose (department_id, id) entry is
-- looked up in questions_department_walk without reading the question's row. The plain EXISTS read each revision's
-- question from the table to test the department: half of a clerk's drafts and returned-to-me counts (EXPLAIN
-- ANALYZE as cv.svhttdl, 200,000 questions).
ALTER TABLE answer_revisions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS danhoi_read ON answer_revisions;
CREATE POLICY danhoi_read ON answer_revisions FOR SELECT TO {prefix}_desk
    USING ((SELECT danhoi_sees_all())
           OR EXISTS (SELECT 1 FROM questions q
                      WHERE q.department_id = (SELECT danhoi_staff_department()) AND q.id = question_id));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS danhoi_read ON audit_events;
CREATE POLICY danhoi_read ON audit_events FOR SELECT TO {prefix}_desk
    USING ((SELECT danhoi_sees_all()) OR EXISTS (SELECT 1 FROM questions q WHERE q.id = question_id));

ALTER TABLE question_redactions ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS danhoi_read ON question_redactions;
CREATE POLICY danhoi_read ON question_redactions FOR SELECT TO {prefix}_desk
    USING (EXISTS (SELECT 1 FROM questions q WHERE q.id = question_id));
DROP POLICY IF EXISTS danhoi_write ON question_redactions;
CREATE POLICY danhoi_write ON question_redactions FOR INSERT TO {prefix}_desk
    WITH CHECK ((SELECT danhoi_sees_all()));
DROP POLICY IF EXISTS danhoi_delete ON question_redactions;
CREATE POLICY danhoi_delete ON question_redactions FOR DELETE TO {prefix}_desk
    USING ((SELECT danhoi_sees_all()));

-- The search index: full rows (even rowid = 2·question id) follow their question; public rows (odd) hold only
-- published questions and are read by every desk. Desks write the rows of the questions they change.
DO $$
BEGIN
    IF to_regclass('{schema}.question_search') IS NULL THEN
        RETURN;
    END IF;
    GRANT SELECT, INSERT, UPDATE, DELETE ON question_search TO {prefix}_desk;
    ALTER TABLE question_search ENABLE ROW LEVEL SECURITY;
    -- Reading: who sees everything is decided once per statement (the scalar subquery) before any row is looked
    -- at, and a clerk's rows are looked up in their department only. The plain EXISTS made every read, even of one
    -- row, hash the ids of every question the desk may see (0.4 s at 300,000 questions, twice per searched word).
    -- The write policies are per command: a policy FOR ALL would be OR-ed into every read as well.
    DROP POLICY IF EXISTS danhoi_read ON question_search;
    CREATE POLICY danhoi_read ON question_search FOR SELECT TO {prefix}_desk
        USING ((SELECT danhoi_sees_all()) OR rowid % 2 = 1
               OR EXISTS (SELECT 1 FROM questions q
                          WHERE q.id = rowid / 2 AND q.department_id = (SELECT danhoi_staff_department())));
    DROP POLICY IF EXISTS danhoi_write ON question_search;
    DROP POLICY IF EXISTS danhoi_insert ON question_search;
    CREATE POLICY danhoi_insert ON question_search FOR INSERT TO {prefix}_desk
        WITH CHECK (EXISTS (SELECT 1 FROM questions q WHERE q.id = rowid / 2));
    DROP POLICY IF EXISTS danhoi_update ON question_search;
    CREATE POLICY danhoi_update ON question_search FOR UPDATE TO {prefix}_desk
        USING (EXISTS (SELECT 1 FROM questions q WHERE q.id = rowid / 2))
        WITH CHECK (EXISTS (SELECT 1 FROM questions q WHERE q.id = rowid / 2));
    DROP POLICY IF EXISTS danhoi_delete ON question_search;
    CREATE POLICY danhoi_delete ON question_search FOR DELETE TO {prefix}_desk
        USING (EXISTS (SELECT 1 FROM questions q WHERE q.id = rowid / 2));
END
$$;

-- The question counts by department, status and publication (schema 8, written by a trigger as the owner): a desk
-- reads the rows of what it may list — its department's and every published question — never another
-- department's unpublished numbers.
DO $$
BEGIN
    IF to_regclass('{schema}.question_counts') IS NULL THEN
        RETURN;
    END IF;
    GRANT SELECT ON question_counts TO {prefix}_desk;
    ALTER TABLE question_counts ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS danhoi_read ON question_counts;
    CREATE POLICY danhoi_read ON question_counts FOR SELECT TO {prefix}_desk
        USING ((SELECT danhoi_sees_all()) OR published = 1 OR department_id = (SELECT danhoi_staff_department()));
END
$$;

-- What a desk reads questions and revisions through: the rows the policies above let through in full, and every
-- other published question in its public version — the text of public_questions (redacted by app/core when it was
-- published), no asker details but the locality, no clerk, no external id — as app/core's Visibility shows it on
-- SQLite.
--
-- desk_questions is a UNION ALL of what the caller may read anyway, with the caller's rights (security_invoker):
-- questions under row-level security, and the rows of desk_public_rows that policy hides (none for who reads every
-- question, the owner included). Neither part shows a row or a cell its caller could not read directly, so no
-- barrier is needed: a caller's conditions reach each part, and a look-up by id takes each part's primary key. A
-- list cannot walk an index through it (PostgreSQL flattens a UNION ALL only when its parts have no WHERE), so the
-- clerk's and supervisor's lists read the two parts themselves, each with its own ORDER BY … LIMIT
-- (QuestionRepository): a security_barrier view over questions joined to public_questions, read whole for every
-- page, took 0.6–5.3 s a page at 300,000 questions.
-- desk_public_questions: desk_public_rows with the columns of questions, the hidden ones blank.
DROP VIEW IF EXISTS desk_questions;
DROP VIEW IF EXISTS desk_public_questions;
CREATE VIEW desk_public_questions WITH (security_invoker = true) AS
SELECT r.id, r.ref, r.ref_year, r.ref_seq, r.channel, r.received_at, r.title, r.body, ''::text AS asker_name,
       r.asker_locality, ''::text AS asker_phone, ''::text AS asker_email, ''::text AS asker_address,
       ''::text AS asker_id_number, r.category_id, r.department_id, NULL::bigint AS assigned_clerk_id, r.status,
       r.due_date, r.duplicate_of_id, ''::text AS rejection_reason, r.published_revision_id, r.published_at,
       NULL::text AS external_id, r.created_at, r.updated_at, r.version
FROM desk_public_rows r;

CREATE VIEW desk_questions WITH (security_invoker = true) AS
SELECT q.id, q.ref, q.ref_year, q.ref_seq, q.channel, q.received_at, q.title, q.body, q.asker_name, q.asker_locality,
       q.asker_phone, q.asker_email, q.asker_address, q.asker_id_number, q.category_id, q.department_id,
       q.assigned_clerk_id, q.status, q.due_date, q.duplicate_of_id, q.rejection_reason, q.published_revision_id,
       q.published_at, q.external_id, q.created_at, q.updated_at, q.version
FROM questions q
UNION ALL
SELECT p.* FROM desk_public_questions p
-- Exactly the published rows the policy on questions hides from the caller (QuestionRepository repeats it).
WHERE NOT (SELECT danhoi_owns(session_user) OR danhoi_sees_all())
  AND (p.department_id = (SELECT danhoi_staff_department())) IS NOT TRUE;

-- desk_revisions keeps the barrier: it is read by question (primary-key look-ups), never walked as a list.
DROP VIEW IF EXISTS desk_revisions;
CREATE VIEW desk_revisions WITH (security_barrier) AS
SELECT r.id, r.question_id, r.number,
       CASE WHEN v.full THEN r.body ELSE p.answer END AS body,
       r.author_id, r.created_at, r.state, r.reviewer_id, r.reviewed_at,
       CASE WHEN v.full THEN r.comment ELSE '' END AS comment
FROM answer_revisions r
JOIN questions q ON q.id = r.question_id
CROSS JOIN LATERAL (SELECT (SELECT danhoi_owns(session_user)) OR (SELECT danhoi_sees_all())
                           OR q.department_id = (SELECT danhoi_staff_department()) AS full) v
LEFT JOIN public_questions p ON p.revision_id = r.id
WHERE v.full OR p.revision_id IS NOT NULL;

REVOKE ALL ON desk_questions, desk_public_questions, desk_revisions FROM PUBLIC;
GRANT SELECT ON desk_questions, desk_public_questions, desk_revisions TO {prefix}_desk;

