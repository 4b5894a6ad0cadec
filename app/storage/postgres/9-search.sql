-- The desks' full-text search. Under row-level security PostgreSQL uses an index for a desk's condition only when
-- its operators are "leakproof" (they cannot reveal a row the policies hide), and neither @@ nor the arithmetic
-- that leads from an index row to its question (rowid / 2) is: a desk's search read every index row, ran the
-- policy's subquery on each, and joined the matches to every question it may see (three minutes for one query at
-- 90,000 questions, where the owner's query took milliseconds). This function, run with the owner's rights, finds
-- the matching rows through the GIN index and applies the policy of question_search (7-grants.sql) itself: public
-- rows (odd rowid) for everyone, full rows of the questions the desk reads. It returns each row's question id, so
-- that the caller joins the question by plain equality, which the planner may take through the primary key.
CREATE OR REPLACE FUNCTION danhoi_search_matches(p_query text)
RETURNS TABLE (rowid bigint, question_id bigint, document tsvector)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    -- Who reads is worked out once per call (the scalar subqueries), not once per matching row.
    SELECT s.rowid, s.rowid / 2, s.document
    FROM question_search s
    WHERE s.document @@ to_tsquery('simple', p_query)
      AND (s.rowid % 2 = 1 OR (SELECT danhoi_owns(session_user) OR danhoi_sees_all())
           OR EXISTS (SELECT 1 FROM questions q
                      WHERE q.id = s.rowid / 2 AND q.department_id = (SELECT danhoi_staff_department())))
$$;

REVOKE ALL ON FUNCTION danhoi_search_matches(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_matches(text) TO {prefix}_desk;

-- The newest matches of a search, slice by slice. The GIN index hands out every row that matches, in no useful
-- order: the newest 2,001 matches of a common word ("giay": 1.56 million of the 1.7 million index rows at a million
-- questions) meant fetching all of its rows from the table to sort them (0.5–1 s a search). btree_gin (a trusted
-- extension of PostgreSQL's contrib, in the server package: no new software) lets the same GIN index carry each
-- row's slice of rowids, in two widths (rowid >> 11: 2,048 rowids, about 1,700 index rows at a million questions;
-- rowid >> 15: 32,768), so that "these words, in this slice" is answered inside the index and only that slice's
-- matches are read from the table. danhoi_search_walk asks slice after slice, newest first, and stops as soon as the
-- rows are found: small slices while the words are common enough to fill the rows in one or two, large ones when
-- they are rarer, and where the slices walked so far make it likely that the walk would go to the oldest slice
-- anyway (a rare word, a narrow filter) the rest at once. A prefix (:*) is read as the words it stands for (danhoi_search_prefixes), or at once when they
-- are too many. Built the first time this layer is applied (2.5 min at a million questions); it replaces the plain
-- GIN index of schema step 4, which matched the same words.
CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA {schema};
DO $$
BEGIN
    IF to_regclass('{schema}.question_search') IS NOT NULL THEN
        CREATE INDEX IF NOT EXISTS question_search_walk ON question_search
            USING GIN (document, (rowid >> 15), (rowid >> 11));
        DROP INDEX IF EXISTS question_search_document;
        DROP INDEX IF EXISTS question_search_slices; -- the first version of this layer: one width of slice

    END IF;
END
$$;

-- p_query (a tsquery's text) with each prefix ('word':*) written out as the words of the index that start with it
-- ('word' | 'words' | …), from the vocabulary the server keeps exact (9-vocabulary.sql); NULL when a prefix stands
-- for more than 32 words. GIN reads a prefix by gathering every row of every word it stands for, for each question
-- asked: for each slice of the walk, where one word ('loi', in 1.6 million rows) took 0.4 s. A prefix no word starts
-- with is left as it is (nothing to gather).
CREATE OR REPLACE FUNCTION danhoi_search_prefixes(p_query text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = {schema}, pg_temp AS $$
DECLARE
    v_out text := p_query;
    v_operand text;
    v_prefix text;
    v_words text[];
BEGIN
    FOR v_operand IN SELECT DISTINCT m[1] FROM regexp_matches(p_query, '''(?:[^''\\]|''''|\\.)*'':\*', 'g') AS m LOOP
        v_prefix := replace(replace(substr(v_operand, 2, length(v_operand) - 4), '''''', ''''), '\\', '\');
        SELECT array_agg(w.term ORDER BY w.term) INTO v_words FROM (
            SELECT t.term FROM question_search_terms t
            WHERE t.term COLLATE "C" >= v_prefix AND starts_with(t.term, v_prefix)
              AND t.term COLLATE "C" < v_prefix || chr(1114111)
            UNION
            SELECT c.term FROM question_search_term_changes c WHERE starts_with(c.term, v_prefix)) w
        WHERE (COALESCE((SELECT t.doc FROM question_search_terms t WHERE t.term = w.term), 0)
               + COALESCE((SELECT sum(c.n) FROM question_search_term_changes c WHERE c.term = w.term), 0)) > 0;
        IF cardinality(v_words) > 32 THEN
            RETURN NULL;
        ELSIF cardinality(v_words) > 0 THEN
            v_out := replace(v_out, v_operand,
                             '(' || (SELECT string_agg('''' || replace(replace(w, '\', '\\'), '''', '''''') || '''', ' | ')
                                     FROM unnest(v_words) AS w) || ')');
        END IF;
    END LOOP;
    RETURN v_out;
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_prefixes(text) FROM PUBLIC;

-- The rows of p_sql (SELECT rowid, title, body, answer, locality FROM question_search s … WHERE …, with the
-- arguments $1 the tsquery text, $3–$9 as danhoi_search_window's, $10 the reader sees everything, $11 the reader's
-- department) in rowid order, newest first, at most p_limit of them. Not for the desks (it runs the SQL it is
-- given): the functions below call it with their own statements.
CREATE OR REPLACE FUNCTION danhoi_search_walk(p_sql text, p_query text, p_limit integer, p_scope text,
                                              p_scope_department bigint, p_statuses text[], p_department bigint,
                                              p_received_from bigint, p_received_before bigint, p_exclude bigint)
RETURNS TABLE (rowid bigint, title text, body text, answer text, locality text)
LANGUAGE plpgsql STABLE SET search_path = {schema}, pg_temp
-- Each statement is planned for its words and slice (EXECUTE), and orders by rowid + 0: never along the primary
-- key, which the planner takes for a small LIMIT, testing @@ on every row it steps over from the newest down (it
-- cannot tell that this reads each row's tsvector out of line: 0.6 s to find 6 rows of slice 58), nor the whole table.
-- No JIT: with sequential scans priced out, a plan that has only that path (the desk's department, read from the
-- few rows of users) costs enough to be compiled, 0.3–0.5 s a call on a server that leaves jit on (its default).
SET enable_seqscan = off SET jit = off AS $$
DECLARE
    v_all boolean := danhoi_owns(session_user) OR danhoi_sees_all();
    v_department bigint := danhoi_staff_department();
    v_words text := p_query;
    v_newest bigint;
    v_low bigint;   -- the rows from v_low up have been read
    v_covered bigint;
    v_found bigint := 0;
    v_rows bigint;
    v_slice bigint;
    v_step integer; -- the slice's width: 2^11 or 2^15 rowids, 0 for every row below v_low
BEGIN
    SELECT max(q.rowid) INTO v_newest FROM question_search q;
    IF v_newest IS NULL OR p_limit <= 0 THEN
        RETURN;
    END IF;
    IF position(':*' IN p_query) > 0 THEN
        v_words := COALESCE(danhoi_search_prefixes(p_query), p_query);
    END IF;
    v_low := v_newest + 1;
    WHILE v_found < p_limit AND v_low > 0 LOOP
        v_covered := v_newest + 1 - v_low;
        -- At the rate of the rows read so far (matches per rowid): where the rest would most likely be read down to
        -- the oldest slice, it is read at once; where it takes more than two small slices, a large one is read.
        IF position(':*' IN v_words) > 0
           OR (v_covered >= (1 << 15) AND v_found * v_low < 1.5 * (p_limit - v_found) * v_covered) THEN
            v_step := 0;
        ELSIF v_covered >= (1 << 11) AND (p_limit - v_found) * v_covered > 2 * (1 << 11) * v_found THEN
            v_step := 15;
        ELSE
            v_step := 11;
        END IF;
        v_slice := (v_low - 1) >> GREATEST(v_step, 11);
        RETURN QUERY EXECUTE p_sql || CASE v_step WHEN 0 THEN '' WHEN 11 THEN ' AND (s.rowid >> 11) = $12'
                                                  ELSE ' AND (s.rowid >> 15) = $12' END
                             || ' AND s.rowid + 0 < $13 ORDER BY s.rowid + 0 DESC LIMIT $2'
            USING v_words, p_limit - v_found, p_scope, p_scope_department, p_statuses, p_department, p_received_from,
                  p_received_before, p_exclude, v_all, v_department, v_slice, v_low;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        v_found := v_found + v_rows;
        v_low := CASE v_step WHEN 0 THEN 0 ELSE v_slice << v_step END;
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_walk(text, text, integer, text, bigint, text[], bigint, bigint, bigint, bigint)
    FROM PUBLIC;

-- The newest p_limit matches only (the sample of how many rows hold a word, SearchIndex::termRows): the same rows
-- as danhoi_search_matches — keep the two conditions equal — cut inside, because a SECURITY DEFINER function is never
-- inlined, so a caller's LIMIT would come after every match of a common word had been handed over (0.67 s a word
-- at 300,000 questions). A full row's department is the row's own (9-readers.sql; layers 3 to 6 looked up its
-- question for each candidate).
CREATE OR REPLACE FUNCTION danhoi_search_newest(p_query text, p_limit integer)
RETURNS TABLE (rowid bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT w.rowid FROM danhoi_search_walk($sql$
        SELECT s.rowid, NULL::text, NULL::text, NULL::text, NULL::text
        FROM question_search s
        WHERE s.document @@ to_tsquery('simple', $1) AND (s.rowid % 2 = 1 OR $10 OR s.department_id = $11)
    $sql$, p_query, p_limit, NULL, NULL, NULL, NULL, NULL, NULL, NULL) w
$$;

REVOKE ALL ON FUNCTION danhoi_search_newest(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_newest(text, integer) TO {prefix}_desk;

-- The newest and the oldest rowid of the index (SearchIndex::termRows spaces a word's rows over them): two steps
-- along the primary key for the owner, where a desk's own query ran the table's policy (40–110 ms at a million).
-- Rowids are twice the question ids, which every desk sees in the references' order anyway.
CREATE OR REPLACE FUNCTION danhoi_search_span(OUT newest bigint, OUT oldest bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT (SELECT max(s.rowid) FROM question_search s), (SELECT min(s.rowid) FROM question_search s)
$$;

REVOKE ALL ON FUNCTION danhoi_search_span() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_span() TO {prefix}_desk;

-- Layers 6 to 8 weighed every term by its sample (danhoi_search_term_rows); danhoi_search_term_weights replaces it.
DROP FUNCTION IF EXISTS danhoi_search_term_rows(text[], integer);

-- The weights of a search's terms (SearchIndex::termWeights), since layer 9: a term of one word (p_words[i], the
-- word itself; NULL for a phrase or a prefix) is weighed by the server's count of the index rows that hold it
-- (danhoi_search_vocabulary: exact, over every index row as the row count is, and given to a desk that does not see
-- everything only from 5 rows up); the other terms, and a word that count leaves out, by how many of its newest
-- p_sample rows the desk may read there are and the oldest of them (danhoi_search_newest's rows), from which the
-- desk estimates the rows of a term beyond the sample (SearchIndex::estimatedRows), with the index's row count
-- (danhoi_search_rows) and its newest and oldest rowid (danhoi_search_span). One call per search. The sample was most of a clerk's weighing:
-- a clerk keeps about 4 of 10 matches, so their sample of a common word walked two to three times the slices of
-- the coordinator's (40 ms of a clerk's 110 ms search at 200,000 questions). exact says which of the two a row is.
CREATE OR REPLACE FUNCTION danhoi_search_term_weights(p_terms text[], p_words text[], p_sample integer)
RETURNS TABLE (term integer, counted bigint, oldest bigint, exact boolean, total bigint, newest_row bigint,
               oldest_row bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    v_total bigint := danhoi_search_rows();
    v_newest bigint;
    v_oldest bigint;
    v_doc bigint;
BEGIN
    SELECT s.newest, s.oldest INTO v_newest, v_oldest FROM danhoi_search_span() s;
    FOR i IN 1 .. COALESCE(cardinality(p_terms), 0) LOOP
        v_doc := NULL;
        IF p_words[i] IS NOT NULL THEN
            SELECT v.doc INTO v_doc FROM danhoi_search_vocabulary(ARRAY[p_words[i]]) v;
        END IF;
        term := i;
        exact := v_doc IS NOT NULL;
        total := v_total;
        newest_row := v_newest;
        oldest_row := v_oldest;
        IF exact THEN
            counted := v_doc;
            oldest := NULL;
        ELSE
            SELECT count(*), min(w.rowid) INTO counted, oldest FROM danhoi_search_newest(p_terms[i], p_sample) w;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_term_weights(text[], text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_term_weights(text[], text[], integer) TO {prefix}_desk;

-- The window of a search (SearchIndex::searchNewest): the newest p_window matches the desk may read that also lie
-- within the scope and filters it asks for, with the folded texts the ranking reads. Cut here, not by the caller,
-- for the same reason as danhoi_search_newest: handed every match first, the caller sorted out the newest of up to
-- 300,000 rows for a common word. Visibility is danhoi_search_matches' and desk_questions' (a public row only of a
-- question still published); the scope and filters only narrow it, each as SearchIndex::conditionsFor writes it:
-- p_scope 'everything' (full rows), 'department' (full rows of p_scope_department, public rows of the others),
-- 'public' (public rows), anything else nothing; NULL filters are open. Keep the conditions equal to those of
-- danhoi_search_matches and SearchIndex (a test compares the two engines). A reader who sees everything and asks
-- for every full row without filters reads no question: its rows are the even ones (as on SQLite). The department
-- and publication are the row's own (9-readers.sql): the others read no question either unless they filter by status
-- or date of receipt (layers 3 to 6 looked up the question of every candidate row, 2.4 for each row a clerk keeps).
CREATE OR REPLACE FUNCTION danhoi_search_window(p_query text, p_window integer, p_scope text, p_scope_department bigint,
                                                p_statuses text[], p_department bigint, p_received_from bigint,
                                                p_received_before bigint, p_exclude bigint)
RETURNS TABLE (rowid bigint, title text, body text, answer text, locality text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF p_scope = 'everything' AND p_statuses IS NULL AND p_department IS NULL AND p_received_from IS NULL
       AND p_received_before IS NULL AND p_exclude IS NULL AND (danhoi_owns(session_user) OR danhoi_sees_all()) THEN
        RETURN QUERY SELECT * FROM danhoi_search_walk($sql$
            SELECT s.rowid, s.title, s.body, s.answer, s.locality
            FROM question_search s
            WHERE s.document @@ to_tsquery('simple', $1) AND s.rowid % 2 = 0
        $sql$, p_query, p_window, p_scope, p_scope_department, p_statuses, p_department, p_received_from,
               p_received_before, p_exclude);
        RETURN;
    END IF;
    RETURN QUERY SELECT * FROM danhoi_search_walk($sql$
        SELECT s.rowid, s.title, s.body, s.answer, s.locality
        FROM question_search s
        WHERE s.document @@ to_tsquery('simple', $1)
          AND ($10 OR s.department_id = $11 OR (s.rowid % 2 = 1 AND s.published))
          AND CASE $3
                  WHEN 'everything' THEN s.rowid % 2 = 0
                  WHEN 'department' THEN (s.rowid % 2 = 0 AND s.department_id = $4)
                                         OR (s.rowid % 2 = 1 AND s.published AND s.department_id IS DISTINCT FROM $4)
                  WHEN 'public' THEN s.rowid % 2 = 1 AND s.published
                  ELSE false
              END
          AND ($6 IS NULL OR s.department_id = $6)
          AND ($9 IS NULL OR s.rowid / 2 <> $9)
          AND (($5 IS NULL AND $7 IS NULL AND $8 IS NULL)
               OR EXISTS (SELECT 1 FROM questions q
                          WHERE q.id = s.rowid / 2 AND ($5 IS NULL OR q.status = ANY ($5))
                            AND ($7 IS NULL OR q.received_at >= $7) AND ($8 IS NULL OR q.received_at < $8) OFFSET 0))
    $sql$, p_query, p_window, p_scope, p_scope_department, p_statuses, p_department, p_received_from,
           p_received_before, p_exclude);
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_window(text, integer, text, bigint, text[], bigint, bigint, bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_window(text, integer, text, bigint, text[], bigint, bigint, bigint, bigint)
    TO {prefix}_desk;

-- What the planner knows of "rowid % 2" (full rows even, public rows odd): without statistics on the expression it
-- takes any equality on it for 1 row in 200, so a common word's matches among the full rows looked few, and the
-- window read and sorted every match (6.5 s for "chung" at 300,000 questions) instead of walking back from the
-- newest row (0.09 s). Made once, with the ANALYZE that fills it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_statistic_ext
                   WHERE stxname = 'question_search_parity' AND stxnamespace = '{schema}'::regnamespace) THEN
        CREATE STATISTICS question_search_parity ON (rowid % 2) FROM question_search;
        ANALYZE question_search;
    END IF;
END
$$;
