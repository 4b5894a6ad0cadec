-- The vocabulary of the search index, for the weights of similar questions: in how many index rows each folded word
-- appears (SQLite reads the same from its fts5vocab table). Counting a word's rows through the GIN index costs time
-- in proportion to the rows that hold it, so the counts are kept here instead, by statement triggers on
-- question_search, and are counted again from the index whenever this layer is applied (they cannot drift).
-- The empty term, never a lexeme, holds the number of index rows. Counting costs a write about 1 ms.
-- Desks cannot read the table: it counts every question, also those a clerk may not see. They ask
-- danhoi_search_vocabulary, which gives a desk that does not see everything only counts of at least 5 rows, so
-- that a rare word (a name, a telephone or ID number) does not tell whether another department was asked about it.
CREATE TABLE IF NOT EXISTS question_search_terms (
    term TEXT PRIMARY KEY,
    doc BIGINT NOT NULL
);
-- What the statements since the last fold added (+) or took away (-). Appending here instead of updating the counts
-- keeps a long transaction (a rebuild, an import) from piling up versions of the same few rows ("hoi", "xa") that
-- every later statement would have to walk; every 500th statement folds the changes into the counts.
CREATE TABLE IF NOT EXISTS question_search_term_changes (
    term TEXT NOT NULL,
    n BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS question_search_term_changes_term ON question_search_term_changes (term);
-- The words that start with a prefix (danhoi_search_prefixes, 9-search.sql), in byte order whatever the locale.
CREATE INDEX IF NOT EXISTS question_search_terms_prefix ON question_search_terms (term COLLATE "C");
-- Folded rows are dead rows the look-ups step over until vacuumed: vacuum after 10,000 of them, not 20 % of a table
-- that is nearly empty after every fold.
ALTER TABLE question_search_term_changes SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);
CREATE SEQUENCE IF NOT EXISTS question_search_term_statements;

CREATE OR REPLACE FUNCTION danhoi_search_terms_fold() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    WITH moved AS (DELETE FROM question_search_term_changes RETURNING term, n)
    INSERT INTO question_search_terms AS t (term, doc)
    SELECT term, sum(n) FROM moved GROUP BY term HAVING sum(n) <> 0
    ON CONFLICT (term) DO UPDATE SET doc = t.doc + excluded.doc;
    DELETE FROM question_search_terms WHERE doc <= 0 AND term <> '';
$$;

CREATE OR REPLACE FUNCTION danhoi_search_terms_count() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO question_search_term_changes (term, n)
        SELECT term, count(*) FROM new_rows, unnest(tsvector_to_array(document)) AS term GROUP BY term
        UNION ALL SELECT '', count(*) FROM new_rows HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO question_search_term_changes (term, n)
        SELECT term, -count(*) FROM old_rows, unnest(tsvector_to_array(document)) AS term GROUP BY term
        UNION ALL SELECT '', -count(*) FROM old_rows HAVING count(*) > 0;
    ELSE -- an update changes only the words that came or went
        INSERT INTO question_search_term_changes (term, n)
        SELECT term, sum(n) FROM (
            SELECT term, 1 AS n FROM new_rows, unnest(tsvector_to_array(document)) AS term
            UNION ALL SELECT term, -1 FROM old_rows, unnest(tsvector_to_array(document)) AS term) d
        GROUP BY term HAVING sum(n) <> 0;
    END IF;
    IF nextval('question_search_term_statements') % 500 = 0 THEN
        PERFORM danhoi_search_terms_fold();
    END IF;
    RETURN NULL;
END $$;

-- In how many index rows each of the words appears; a word in no row (or, for a desk that does not see every
-- question, in fewer than 5) is left out.
CREATE OR REPLACE FUNCTION danhoi_search_vocabulary(p_words text[]) RETURNS TABLE (term text, doc bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT w.term, w.doc FROM (
        SELECT w.term, (COALESCE(t.doc, 0)
               + COALESCE((SELECT sum(c.n) FROM question_search_term_changes c WHERE c.term = w.term), 0))::bigint AS doc
        FROM (SELECT DISTINCT unnest(p_words) AS term) w LEFT JOIN question_search_terms t ON t.term = w.term
        WHERE w.term <> '') w
    WHERE w.doc > 0 AND (w.doc >= 5 OR danhoi_owns(session_user) OR danhoi_sees_all())
$$;

-- The number of index rows (the N of the weights).
CREATE OR REPLACE FUNCTION danhoi_search_rows() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT (COALESCE((SELECT doc FROM question_search_terms WHERE term = ''), 0)
            + COALESCE((SELECT sum(n) FROM question_search_term_changes WHERE term = ''), 0))::bigint
$$;

REVOKE ALL ON FUNCTION danhoi_search_terms_fold(), danhoi_search_terms_count(), danhoi_search_vocabulary(text[]),
    danhoi_search_rows() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_vocabulary(text[]), danhoi_search_rows() TO {prefix}_desk;

-- Counts the whole vocabulary again from the index (52 s at 300,000 questions). Owner only.
CREATE OR REPLACE FUNCTION danhoi_search_terms_recount() RETURNS void
LANGUAGE sql SET search_path = {schema}, pg_temp AS $$
    DELETE FROM question_search_term_changes;
    DELETE FROM question_search_terms;
    INSERT INTO question_search_terms (term, doc)
    SELECT term, count(*) FROM question_search, unnest(tsvector_to_array(document)) AS term GROUP BY term
    UNION ALL SELECT '', count(*) FROM question_search;
$$;

REVOKE ALL ON FUNCTION danhoi_search_terms_recount() FROM PUBLIC;

-- The counts are made when the triggers are, and again only when they may have missed rows: a trigger switched
-- off, or a total of index rows that is not the index's. Kept up by the triggers otherwise, they are not counted
-- again at every db upgrade (52 s each at 300,000 questions).
DO $$
DECLARE
    counted boolean;
BEGIN
    IF to_regclass('{schema}.question_search') IS NULL THEN
        RETURN;
    END IF;
    counted := (SELECT count(*) = 3 FROM pg_trigger
                WHERE tgrelid = '{schema}.question_search'::regclass AND tgenabled <> 'D'
                  AND tgname IN ('question_search_terms_insert', 'question_search_terms_update',
                                 'question_search_terms_delete'))
               AND danhoi_search_rows() = (SELECT count(*) FROM question_search);
    -- One trigger per event: PostgreSQL allows transition tables only on single-event triggers.
    CREATE OR REPLACE TRIGGER question_search_terms_insert AFTER INSERT ON question_search
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION danhoi_search_terms_count();
    CREATE OR REPLACE TRIGGER question_search_terms_update AFTER UPDATE ON question_search
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION danhoi_search_terms_count();
    CREATE OR REPLACE TRIGGER question_search_terms_delete AFTER DELETE ON question_search
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION danhoi_search_terms_count();
    IF NOT counted THEN
        PERFORM danhoi_search_terms_recount();
    END IF;
END
$$;
