-- Indexes for the desks' lists under row-level security (PostgreSQL only). A list is a walk along the index of its
-- sort column in (column, id) order, and a jump far down it skips index entries (QuestionRepository). SQLite's
-- indexes end in the rowid, so (received_at) there is (received_at, id); PostgreSQL's are not, and a desk's policy
-- reads each row's department (7-grants.sql), so the walk fetched every row it stepped over from the table: a jump
-- to the middle of 150,000 questions read 150,000 table rows. These carry the id and what the policies and the
-- clerk's list test (department, publication), so the walk reads the index alone. Applied by db provision and
-- every db upgrade (IF NOT EXISTS: once).
CREATE INDEX IF NOT EXISTS questions_received_walk ON questions (received_at, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS questions_status_walk ON questions (status, received_at, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS questions_due_walk ON questions (due_date, id)
    INCLUDE (department_id, published_revision_id);
-- The same for the lists by title, locality and reference (SQLite's schema 10 has them as questions_*_walk): the
-- narrower (title, id) and (asker_locality, id) of schema 6 lack the department that every desk's policy reads, so a
-- jump to the middle of a million questions by title fetched 500,000 table rows (3.3 s as the coordinator, 5.2 s
-- for a clerk); index only, 0.3-0.4 s. They start with the columns of those two, which they replace.
CREATE INDEX IF NOT EXISTS questions_title_walk ON questions (title, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS questions_locality_walk ON questions (asker_locality, id)
    INCLUDE (department_id, published_revision_id);
CREATE INDEX IF NOT EXISTS questions_reference_walk ON questions (ref_year, ref_seq, id)
    INCLUDE (department_id, published_revision_id);
DROP INDEX IF EXISTS questions_title;
DROP INDEX IF EXISTS questions_locality;
-- A list by department walks each department by id (QuestionRepository); a clerk's far page there walks another
-- department's published rows from a mark (9-sort-pages.sql) and tests the publication on the index entry. It
-- starts with the columns of questions_department_order, which it replaces.
CREATE INDEX IF NOT EXISTS questions_department_walk ON questions (department_id, id) INCLUDE (published_revision_id);
DROP INDEX IF EXISTS questions_department_order;
-- A delete's foreign-key check of duplicate_of_id read every question (1.46 s of the 1.50 s a delete took at a
-- million questions; EXPLAIN ANALYZE as the owner). Partial: only a question marked as a duplicate of another has an
-- entry, so no other write pays for it. (import_fingerprints and portal_pushes also refer to questions without an
-- index; no desk or command deletes a question, and those tables are small next to questions.)
CREATE INDEX IF NOT EXISTS questions_duplicate_of ON questions (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;
-- A clerk's queue counts (overdue or due soon, assigned to them; QuestionRepository::count): the policy and the
-- clerk's scope read each row's department and publication, so the count by (status, due_date) fetched from the table
-- every overdue open question of every department (565 ms warm, 9 s cold, for a clerk at a million questions, as
-- EXPLAIN ANALYZE showed). These carry both and replace the narrower ones of schema steps 2 and 6 (SQLite's schema
-- 13 widens its own); the latest revision's author and state for the drafts and returned answers likewise.
CREATE INDEX IF NOT EXISTS questions_status_due_scope ON questions (status, due_date)
    INCLUDE (department_id, published_revision_id);
DROP INDEX IF EXISTS questions_status_due;
CREATE INDEX IF NOT EXISTS questions_clerk_scope ON questions (assigned_clerk_id, status)
    INCLUDE (department_id, published_revision_id);
DROP INDEX IF EXISTS questions_clerk;
CREATE INDEX IF NOT EXISTS answer_revisions_latest ON answer_revisions (question_id, number) INCLUDE (author_id, state);
DROP INDEX IF EXISTS answer_revisions_question;
-- A clerk's or supervisor's queues of their department by due date ("My department", the first a clerk's desk shows;
-- "Awaiting my approval"): walked along questions_due, whose earliest due dates belong to long-closed questions, each
-- read from the table to test its department and status (3,554 rows for a first page of 50 at 200,000 questions,
-- 29 ms warm). Along the department's own due dates, with the status on the entry: 325 entries, index only, 0.9 ms.
CREATE INDEX IF NOT EXISTS questions_department_due ON questions (department_id, due_date, id)
    INCLUDE (status, published_revision_id);
-- A desk's drafts and returned answers (QuestionRepository: a revision by the user in that state with none after it)
-- from the user's own revisions in that state, when they are fewer than the department's drafting questions.
CREATE INDEX IF NOT EXISTS answer_revisions_author ON answer_revisions (author_id, state) INCLUDE (question_id, number);
-- A clerk's or supervisor's list filtered by status, in its department's part (QuestionRepository::partsOf): the
-- department's questions in those statuses as ranges, by date within each. Along questions_status_walk, testing each
-- entry's department, a clerk's "received or assigned" kept one entry in sixteen (32 ms at a million questions);
-- these ranges, 6,353 entries sorted, 8 ms, and one status in order, under 1 ms. It ends in the id as the list's
-- order does (SQLite's questions_department of schema step 1 does so by its rowid) and replaces that one.
CREATE INDEX IF NOT EXISTS questions_department_status_walk ON questions (department_id, status, received_at, id);
DROP INDEX IF EXISTS questions_department;
