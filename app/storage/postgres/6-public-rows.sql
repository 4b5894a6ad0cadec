-- DanHoi security layer, part 6 (continued): desk_public_rows (2-tables.sql) follows every change of a published
-- question and of its public version, whoever makes it: the triggers run as the owner (SECURITY DEFINER), as the
-- transition and public-text functions do, since desks may not write the table (6-guards.sql).

-- What desk_public_rows holds, made from questions and public_questions: one row per published question, in the
-- table's column order. The owner's only (no grant): read by the functions below.
CREATE OR REPLACE VIEW desk_public_rows_made AS
    SELECT q.id, q.ref, q.ref_year, q.ref_seq, q.channel, q.received_at, p.title, p.question AS body, q.asker_locality,
           q.category_id, q.department_id, q.status, q.due_date, q.duplicate_of_id, q.published_revision_id,
           q.published_at, q.created_at, q.updated_at, q.version
    FROM questions q
    LEFT JOIN public_questions p ON p.question_id = q.id
    WHERE q.published_revision_id IS NOT NULL;

REVOKE ALL ON desk_public_rows_made FROM PUBLIC;

-- Makes the row of one question again: there when the question is published, gone when it is not.
CREATE OR REPLACE FUNCTION danhoi_desk_public_row(p_question bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    DELETE FROM desk_public_rows WHERE id = p_question;
    INSERT INTO desk_public_rows SELECT * FROM desk_public_rows_made WHERE id = p_question;
END
$$;

REVOKE ALL ON FUNCTION danhoi_desk_public_row(bigint) FROM PUBLIC;

CREATE OR REPLACE FUNCTION danhoi_desk_public_rows_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'questions' THEN
        PERFORM danhoi_desk_public_row(CASE TG_OP WHEN 'DELETE' THEN OLD.id ELSE NEW.id END);
    ELSE
        PERFORM danhoi_desk_public_row(CASE TG_OP WHEN 'DELETE' THEN OLD.question_id ELSE NEW.question_id END);
        IF TG_OP = 'UPDATE' AND NEW.question_id <> OLD.question_id THEN
            PERFORM danhoi_desk_public_row(OLD.question_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION danhoi_desk_public_rows_follow() FROM PUBLIC;

-- Only rows that are or were published concern the table: the others' writes (most of them) skip the trigger.
DROP TRIGGER IF EXISTS danhoi_public_rows_insert ON questions;
CREATE TRIGGER danhoi_public_rows_insert AFTER INSERT ON questions
    FOR EACH ROW WHEN (NEW.published_revision_id IS NOT NULL) EXECUTE FUNCTION danhoi_desk_public_rows_follow();
DROP TRIGGER IF EXISTS danhoi_public_rows_update ON questions;
CREATE TRIGGER danhoi_public_rows_update AFTER UPDATE ON questions
    FOR EACH ROW WHEN (NEW.published_revision_id IS NOT NULL OR OLD.published_revision_id IS NOT NULL)
    EXECUTE FUNCTION danhoi_desk_public_rows_follow();
DROP TRIGGER IF EXISTS danhoi_public_rows_delete ON questions;
CREATE TRIGGER danhoi_public_rows_delete AFTER DELETE ON questions
    FOR EACH ROW WHEN (OLD.published_revision_id IS NOT NULL) EXECUTE FUNCTION danhoi_desk_public_rows_follow();
DROP TRIGGER IF EXISTS danhoi_public_rows ON public_questions;
CREATE TRIGGER danhoi_public_rows AFTER INSERT OR UPDATE OR DELETE ON public_questions
    FOR EACH ROW EXECUTE FUNCTION danhoi_desk_public_rows_follow();

-- Makes the whole table again from questions and public_questions, in one statement: a layer before 3 had no such
-- table, and db copy writes its rows with the triggers above switched off (BulkLoad). Owner only.
CREATE OR REPLACE FUNCTION danhoi_desk_public_rows_fill() RETURNS bigint
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
DECLARE
    filled bigint;
BEGIN
    DELETE FROM desk_public_rows;
    INSERT INTO desk_public_rows SELECT * FROM desk_public_rows_made;
    GET DIAGNOSTICS filled = ROW_COUNT;
    RETURN filled;
END
$$;

REVOKE ALL ON FUNCTION danhoi_desk_public_rows_fill() FROM PUBLIC;

-- Filled once when the layer first brings the table (47 s for 210,790 published questions on a loaded 2-core
-- machine).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk_public_rows) THEN
        PERFORM danhoi_desk_public_rows_fill();
    END IF;
END
$$;
