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
