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

-- The newest p_limit matches only (the sample of how many rows hold a word, SearchIndex::termRows): the same rows
-- as danhoi_search_matches — keep the two conditions equal — cut inside, because a SECURITY DEFINER function is never
-- inlined, so a caller's LIMIT would come after every match of a common word had been handed over (0.67 s a word
-- at 300,000 questions). plpgsql's EXECUTE plans it for the words asked: as a SQL function it had one plan for any
-- words, which read every match of "chung" (1.2 s) where walking back from the newest row takes 0.04 s.
CREATE OR REPLACE FUNCTION danhoi_search_newest(p_query text, p_limit integer)
RETURNS TABLE (rowid bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    RETURN QUERY EXECUTE $sql$
        SELECT s.rowid
        FROM question_search s
        WHERE s.document @@ to_tsquery('simple', $1)
          AND (s.rowid % 2 = 1 OR (SELECT danhoi_owns(session_user) OR danhoi_sees_all())
               OR EXISTS (SELECT 1 FROM questions q
                          WHERE q.id = s.rowid / 2 AND q.department_id = (SELECT danhoi_staff_department())))
        ORDER BY s.rowid DESC
        LIMIT $2
    $sql$ USING p_query, p_limit;
END
$$;

REVOKE ALL ON FUNCTION danhoi_search_newest(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_search_newest(text, integer) TO {prefix}_desk;

-- The window of a search (SearchIndex::searchNewest): the newest p_window matches the desk may read that also lie
-- within the scope and filters it asks for, with the folded texts the ranking reads. Cut here, not by the caller,
-- for the same reason as danhoi_search_newest: handed every match first, the caller sorted out the newest of up to
-- 300,000 rows for a common word. Visibility is danhoi_search_matches' and desk_questions' (a public row only of a
-- question still published); the scope and filters only narrow it, each as SearchIndex::conditionsFor writes it:
-- p_scope 'everything' (full rows), 'department' (full rows of p_scope_department, public rows of the others),
-- 'public' (public rows), anything else nothing; NULL filters are open. Keep the conditions equal to those of
-- danhoi_search_matches and SearchIndex (a test compares the two engines).
CREATE OR REPLACE FUNCTION danhoi_search_window(p_query text, p_window integer, p_scope text, p_scope_department bigint,
                                                p_statuses text[], p_department bigint, p_received_from bigint,
                                                p_received_before bigint, p_exclude bigint)
RETURNS TABLE (rowid bigint, title text, body text, answer text, locality text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    -- EXECUTE plans the statement for these words and filters. A SQL function's statement is planned once for any
    -- query: for a word in most rows (464,000 of 600,000 index rows hold "chung") it read every match and sorted
    -- them (1.2–4 s) where walking back from the newest row stops after the window (0.1 s).
    RETURN QUERY EXECUTE $sql$
        SELECT s.rowid, s.title, s.body, s.answer, s.locality
        FROM question_search s
        JOIN questions q ON q.id = s.rowid / 2
        CROSS JOIN LATERAL (SELECT (SELECT danhoi_owns(session_user) OR danhoi_sees_all())
                                   OR q.department_id = (SELECT danhoi_staff_department()) AS full) v
        WHERE s.document @@ to_tsquery('simple', $1)
          AND (v.full OR (s.rowid % 2 = 1 AND q.published_revision_id IS NOT NULL))
          AND CASE $3
                  WHEN 'everything' THEN s.rowid % 2 = 0
                  WHEN 'department' THEN (s.rowid % 2 = 0 AND q.department_id = $4)
                                         OR (s.rowid % 2 = 1 AND q.published_revision_id IS NOT NULL
                                             AND q.department_id IS DISTINCT FROM $4)
                  WHEN 'public' THEN s.rowid % 2 = 1 AND q.published_revision_id IS NOT NULL
                  ELSE false
              END
          AND ($5 IS NULL OR q.status = ANY ($5))
          AND ($6 IS NULL OR q.department_id = $6)
          AND ($7 IS NULL OR q.received_at >= $7)
          AND ($8 IS NULL OR q.received_at < $8)
          AND ($9 IS NULL OR q.id <> $9)
        ORDER BY s.rowid DESC
        LIMIT $2
    $sql$ USING p_query, p_window, p_scope, p_scope_department, p_statuses, p_department, p_received_from,
                p_received_before, p_exclude;
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
