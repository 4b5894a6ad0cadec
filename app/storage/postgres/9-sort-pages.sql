-- A desk's page far down its list by title, locality, reference, due date or status, from the marks
-- (9-sort-marks.sql).
-- Run with the owner's rights, so it bypasses row-level security and applies the caller's visibility itself,
-- exactly as desk_questions (7-grants.sql) shows rows: who reads every question (the owner, coordinators,
-- administrators) every row of questions; anyone else their department's rows of questions (by their own title)
-- and every other published row of desk_public_rows (by its public title): (department = theirs) OR published.
-- It returns the ids of the page's rows alone, in the list's order; the desk reads the rows through its views.

-- The rows of one walk: the ids of `p_limit` rows after `p_offset` in the list's order, over the parts of the
-- caller's list (questions alone, or by title for a clerk also desk_public_rows), either from a key on ('from',
-- $1-$3 going up), below one ('below', going down), from the top ('all') or among the rows whose key is NULL
-- ('null', by id). Scope and filters as danhoi_sorted_page passes them ($7-$11).
CREATE OR REPLACE FUNCTION danhoi_sorted_walk(p_sort integer, p_public boolean, p_visible text, p_range text,
                                              p_descending boolean, p_text text, p_number bigint, p_id bigint,
                                              p_offset bigint, p_limit bigint, p_staff bigint, p_scope text,
                                              p_scope_department bigint, p_statuses text[], p_department bigint)
RETURNS bigint[]
LANGUAGE plpgsql STABLE SET search_path = {schema}, pg_temp AS $$
DECLARE
    v_direction text := CASE WHEN p_descending THEN 'DESC' ELSE 'ASC' END;
    v_parts text[] := '{}';
    v_sort integer;
    s text[];
    v_range text;
    v_out bigint[];
BEGIN
    FOREACH v_sort IN ARRAY CASE WHEN p_public THEN ARRAY[p_sort, 5] ELSE ARRAY[p_sort] END LOOP
        s := danhoi_sort_sql(v_sort);
        v_range := CASE p_range WHEN 'from' THEN format('%s >= %s', s[2], s[6])
                                WHEN 'below' THEN format('%s < %s AND NOT (%s)', s[2], s[6], s[5])
                                WHEN 'all' THEN format('NOT (%s)', s[5])
                                ELSE s[5] END;
        v_parts := v_parts || format(
            '(SELECT q.id, %2$s FROM %1$s q WHERE %3$s AND %4$s'
            ' AND ($8 = ''everything'' OR q.published_revision_id IS NOT NULL OR ($8 = ''department'' AND q.department_id = $9))'
            ' AND ($10::text[] IS NULL OR q.status = ANY ($10)) AND ($11::bigint IS NULL OR q.department_id = $11)'
            ' ORDER BY %5$s LIMIT $4 + $5)',
            s[1], s[3], v_range,
            CASE WHEN v_sort = 5 THEN '(q.department_id = $7) IS NOT TRUE' ELSE p_visible END,
            CASE WHEN p_range = 'null' THEN format('q.id %s', v_direction) ELSE format(s[4], v_direction) END);
    END LOOP;
    -- One part: its own walk (the order of its index). Two: merged in the list's order.
    EXECUTE CASE WHEN cardinality(v_parts) = 1
                 THEN format('SELECT ARRAY(SELECT w.id FROM %s w (id, k1, k2, k3) OFFSET $4)', v_parts[1])
                 ELSE format('SELECT ARRAY(SELECT w.id FROM (%s) w (id, k1, k2, k3) ORDER BY %s LIMIT $5 OFFSET $4)',
                             array_to_string(v_parts, ' UNION ALL '),
                             CASE WHEN p_range = 'null' THEN format('w.id %s', v_direction)
                                  ELSE format('w.k1 %1$s, w.k2 %1$s, w.k3 %1$s, w.id %1$s', v_direction) END) END
        INTO v_out
        USING p_text, p_number, p_id, p_offset, p_limit, NULL::text, p_staff, p_scope, p_scope_department, p_statuses,
              p_department;
    RETURN v_out;
END
$$;

-- The ids of the page of `p_limit` rows at `p_offset` of the caller's list sorted by p_sort (1 title, 2 locality,
-- 3 reference, 4 due date, 6 id within the department p_department, 8 status), narrowed as the
-- desk asks (p_scope 'everything', 'department' with p_scope_department, or 'public'; statuses; a department; NULL
-- for none) within what the caller may read. NULL when the marks cannot place it (the desk then walks its list from
-- the top).
CREATE OR REPLACE FUNCTION danhoi_sorted_page(p_sort integer, p_descending boolean, p_offset bigint, p_limit integer,
                                              p_scope text, p_scope_department bigint, p_statuses text[],
                                              p_department bigint)
RETURNS bigint[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    -- Who is asking, as desk_questions and the policies on questions decide it.
    v_all boolean := danhoi_owns(session_user) OR danhoi_sees_all();
    v_staff bigint := danhoi_staff_department();
    -- A list of everything reads the table, which row-level security narrows to the caller's department (only
    -- desk_questions adds the other departments' published rows, QuestionRepository).
    v_own boolean := NOT v_all AND p_scope = 'everything';
    -- By title, someone who does not read every question sees the others' rows by their public title.
    v_public boolean := p_sort = 1 AND NOT v_all AND NOT v_own;
    v_visible text := CASE WHEN v_all THEN 'true'
                           WHEN p_sort = 1 OR v_own THEN 'q.department_id = $7'
                           ELSE '(q.department_id = $7 OR q.published_revision_id IS NOT NULL)' END;
    v_nulls bigint;
    v_marks bigint[];
    v_rows bigint[];
    v_count integer;
    v_offset bigint := p_offset;
    v_before bigint := 0;
    v_out bigint[] := '{}';
    v_step integer;
    v_i integer;
    v_at sort_marks%ROWTYPE;
    v_range text;
BEGIN
    -- By id (6) only within one department: the list by department, department after department.
    IF p_sort NOT IN (1, 2, 3, 4, 6, 8) OR (p_sort = 6 AND p_department IS NULL) OR p_offset < 0 OR p_limit < 1 THEN
        RETURN NULL;
    END IF;
    IF p_scope IS NULL OR p_scope NOT IN ('everything', 'department', 'public') THEN
        RETURN '{}';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM sort_marks WHERE sort = p_sort) THEN
        RETURN NULL;
    END IF;
    -- How many rows of the caller's list each mark holds, in the marks' order, and how many have no key. The whole
    -- table, unfiltered (a coordinator's list of everything): each mark's own n, a few hundred rows; otherwise the
    -- counts that fit (up to ~7,500 rows).
    IF v_all AND p_scope = 'everything' AND p_statuses IS NULL AND p_department IS NULL THEN
        SELECT (SELECT COALESCE(SUM(c.n), 0) FROM sort_mark_counts c WHERE c.sort = p_sort AND c.mark = 0),
               array_agg(m.mark ORDER BY m.mark_text, m.mark_number, m.mark_id) FILTER (WHERE m.n > 0),
               array_agg(m.n ORDER BY m.mark_text, m.mark_number, m.mark_id) FILTER (WHERE m.n > 0)
        INTO v_nulls, v_marks, v_rows
        FROM sort_marks m WHERE m.sort = p_sort;
    ELSE
        SELECT COALESCE(SUM(per.n) FILTER (WHERE per.mark = 0), 0),
               array_agg(per.mark ORDER BY m.mark_text, m.mark_number, m.mark_id) FILTER (WHERE per.mark <> 0),
               array_agg(per.n ORDER BY m.mark_text, m.mark_number, m.mark_id) FILTER (WHERE per.mark <> 0)
        INTO v_nulls, v_marks, v_rows
        FROM (SELECT c.mark, SUM(c.n) AS n FROM sort_mark_counts c
              WHERE c.sort IN (p_sort, CASE WHEN v_public THEN 5 ELSE p_sort END)
                AND CASE WHEN c.sort = 5 THEN (c.department_id = v_staff) IS NOT TRUE
                         WHEN v_all THEN true
                         WHEN v_public OR v_own THEN c.department_id = v_staff
                         ELSE c.department_id = v_staff OR c.published END
                AND (p_scope = 'everything' OR c.published OR (p_scope = 'department' AND c.department_id = p_scope_department))
                AND (p_statuses IS NULL OR c.status = ANY (p_statuses))
                AND (p_department IS NULL OR c.department_id = p_department)
              GROUP BY c.mark HAVING SUM(c.n) > 0) per
        LEFT JOIN sort_marks m ON m.mark = per.mark;
    END IF;
    v_count := COALESCE(cardinality(v_marks), 0);
    -- Going down, the rows with no key come first.
    IF p_descending AND v_nulls > 0 THEN
        IF v_offset < v_nulls THEN
            v_out := danhoi_sorted_walk(p_sort, v_public, v_visible, 'null', true, NULL::text, NULL::bigint, NULL::bigint,
                                        v_offset, p_limit::bigint,
                                        v_staff, p_scope, p_scope_department, p_statuses, p_department);
            IF cardinality(v_out) >= p_limit OR v_count = 0 THEN
                RETURN v_out;
            END IF;
            v_offset := 0;
        ELSE
            v_offset := v_offset - v_nulls;
        END IF;
    END IF;
    -- The mark that holds the row at v_offset, counted in the list's direction.
    v_step := CASE WHEN p_descending THEN -1 ELSE 1 END;
    v_i := CASE WHEN p_descending THEN v_count ELSE 1 END;
    WHILE v_i BETWEEN 1 AND v_count LOOP
        EXIT WHEN v_before + v_rows[v_i] > v_offset;
        v_before := v_before + v_rows[v_i];
        v_i := v_i + v_step;
    END LOOP;
    IF v_i BETWEEN 1 AND v_count THEN
        -- Going up, from that mark on; going down, below the mark after it (from the top for the last one).
        IF NOT p_descending THEN
            SELECT * INTO v_at FROM sort_marks WHERE mark = v_marks[v_i];
            v_range := 'from';
        ELSIF v_i < v_count THEN
            SELECT * INTO v_at FROM sort_marks WHERE mark = v_marks[v_i + 1];
            v_range := 'below';
        ELSE
            v_range := 'all';
        END IF;
        v_out := v_out || danhoi_sorted_walk(p_sort, v_public, v_visible, v_range, p_descending, v_at.mark_text,
                                             v_at.mark_number, v_at.mark_id, v_offset - v_before,
                                             (p_limit - cardinality(v_out))::bigint, v_staff, p_scope, p_scope_department,
                                             p_statuses, p_department);
    END IF;
    -- Going up, the rows with no key come last.
    IF NOT p_descending AND v_nulls > 0 AND cardinality(v_out) < p_limit THEN
        v_out := v_out || danhoi_sorted_walk(p_sort, v_public, v_visible, 'null', false, NULL::text, NULL::bigint,
                                             NULL::bigint,
                                             GREATEST(0, v_offset - COALESCE((SELECT SUM(r) FROM unnest(v_rows) r), 0))::bigint,
                                             (p_limit - cardinality(v_out))::bigint, v_staff, p_scope, p_scope_department,
                                             p_statuses, p_department);
    END IF;
    RETURN v_out;
END
$$;

REVOKE ALL ON FUNCTION danhoi_sorted_walk(integer, boolean, text, text, boolean, text, bigint, bigint, bigint, bigint,
                                          bigint, text, bigint, text[], bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION danhoi_sorted_page(integer, boolean, bigint, integer, text, bigint, text[], bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION danhoi_sorted_page(integer, boolean, bigint, integer, text, bigint, text[], bigint)
    TO {prefix}_desk;
