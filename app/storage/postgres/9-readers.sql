-- Who reads each search index row, kept in the row itself (layer 8). A clerk's search window (9-search.sql) shows
-- their department's full rows and the other departments' published rows: it looked up the question of every
-- candidate row for its department and publication (at a million questions about 2.4 candidates per row kept, a
-- primary-key probe each). question_search now carries the question's department_id and whether it is published,
-- read with the row itself. Runs before 9-search.sql, which makes the walk index again after the first fill. (The
-- reader as a fourth key of the walk index was tried: GIN then narrows a clerk's slice to the rows they keep, but
-- intersecting the keys' posting trees of up to 1.4 million rows costs more than the rows it spares: 5–15 ms
-- against 3 ms for a slice of 32,768 rowids at a million questions.)
--
-- The two columns are the server's, never the writer's: desks write question_search (the rows of the questions they
-- change), so a trigger sets both from questions on every insert and update of a row, whatever the writer put
-- there, and a trigger on questions follows a transfer, a publication or its withdrawal, and a deletion. db copy's
-- bulk path (BulkLoad) switches the three off and fills the columns in one statement (danhoi_search_readers_fill).

-- Every row's columns again from questions, in one statement (BulkLoad::finish, and the first fill below). Owner
-- only. plpgsql: its statement is checked when first run, after the columns exist.
CREATE OR REPLACE FUNCTION danhoi_search_readers_fill() RETURNS void
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
BEGIN
    UPDATE question_search s SET department_id = q.department_id, published = q.published_revision_id IS NOT NULL
    FROM questions q
    WHERE q.id = s.rowid / 2
      AND (s.department_id IS DISTINCT FROM q.department_id OR s.published <> (q.published_revision_id IS NOT NULL));
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_readers_fill() FROM PUBLIC;

-- The rows' columns, filled once when the layer first brings them: an UPDATE of every row (1.7 million at a million
-- questions; the text search column is not computed again, its inputs are unchanged), with the walk index and the
-- vocabulary's update trigger out of the way (9-search.sql makes the index again, faster than it would take the
-- new row versions one by one; the words do not change).
DO $$
DECLARE
    counting boolean;
BEGIN
    IF to_regclass('{schema}.question_search') IS NULL
       OR EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = '{schema}.question_search'::regclass
                  AND attname = 'published' AND NOT attisdropped) THEN
        RETURN;
    END IF;
    ALTER TABLE question_search ADD COLUMN department_id bigint, ADD COLUMN published boolean NOT NULL DEFAULT false;
    DROP INDEX IF EXISTS question_search_walk;
    counting := EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = '{schema}.question_search'::regclass
                        AND tgname = 'question_search_terms_update' AND tgenabled <> 'D');
    IF counting THEN
        ALTER TABLE question_search DISABLE TRIGGER question_search_terms_update;
    END IF;
    PERFORM danhoi_search_readers_fill();
    IF counting THEN
        ALTER TABLE question_search ENABLE TRIGGER question_search_terms_update;
    END IF;
END
$$;

-- Sets a row's department and publication from its question (none: NULL and false), on every insert and update.
CREATE OR REPLACE FUNCTION danhoi_search_readers_set() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    SELECT q.department_id, q.published_revision_id IS NOT NULL INTO NEW.department_id, NEW.published
    FROM questions q WHERE q.id = NEW.rowid / 2;
    NEW.published := COALESCE(NEW.published, false);
    RETURN NEW;
END
$$;

-- Follows a question's department and publication into its index rows. A deleted question's rows are left to its
-- writer (SearchIndex::refresh) and to db check, which reports rows of no question, but no desk reads them any more:
-- no department, not published, as danhoi_search_readers_set marks a row of no question.
CREATE OR REPLACE FUNCTION danhoi_search_readers_follow() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE question_search s SET department_id = NULL, published = false
        WHERE s.rowid IN (OLD.id * 2, OLD.id * 2 + 1) AND (s.department_id IS NOT NULL OR s.published);
    ELSE -- the values themselves come from danhoi_search_readers_set
        UPDATE question_search s SET department_id = NEW.department_id,
                                     published = NEW.published_revision_id IS NOT NULL
        WHERE s.rowid IN (NEW.id * 2, NEW.id * 2 + 1)
          AND (s.department_id IS DISTINCT FROM NEW.department_id
               OR s.published <> (NEW.published_revision_id IS NOT NULL));
    END IF;
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_readers_set(), danhoi_search_readers_follow() FROM PUBLIC;

DO $$
BEGIN
    IF to_regclass('{schema}.question_search') IS NULL THEN
        RETURN;
    END IF;
    CREATE OR REPLACE TRIGGER question_search_readers BEFORE INSERT OR UPDATE ON question_search
        FOR EACH ROW EXECUTE FUNCTION danhoi_search_readers_set();
    -- Only a change of department or publication concerns the index rows: the other writes skip the trigger.
    CREATE OR REPLACE TRIGGER question_search_readers_update AFTER UPDATE ON questions
        FOR EACH ROW WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id
                           OR (OLD.published_revision_id IS NULL) <> (NEW.published_revision_id IS NULL))
        EXECUTE FUNCTION danhoi_search_readers_follow();
    CREATE OR REPLACE TRIGGER question_search_readers_delete AFTER DELETE ON questions
        FOR EACH ROW EXECUTE FUNCTION danhoi_search_readers_follow();
END
$$;
