-- DanHoi security layer, part 4: every status change goes through danhoi_transition. It applies the rules of
-- workflow_rules (written from app/core's Workflow::table()) in the order Workflow::check applies them, changes
-- the question and its revisions, and appends the audit event, all in the caller's transaction.
-- The caller passes what it has prepared (the answer text, the route's due date, the redacted public version);
-- who acts and when is the server's: the connected login and its clock. Only the owner (db copy, tests, tools
-- run on the server) may name the acting user with p_actor; the rules apply to that user all the same.
CREATE OR REPLACE FUNCTION danhoi_transition(
    p_question bigint, p_action text, p_expected_version integer,
    p_reason text DEFAULT '', p_note text DEFAULT '',
    p_answer text DEFAULT NULL,
    p_department bigint DEFAULT NULL, p_category bigint DEFAULT NULL, p_due_date text DEFAULT NULL,
    p_duplicate_of bigint DEFAULT NULL,
    p_public jsonb DEFAULT NULL,
    p_actor text DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    actor users%ROWTYPE;
    rule workflow_rules%ROWTYPE;
    q questions%ROWTYPE;
    latest answer_revisions%ROWTYPE;
    has_latest boolean;
    target departments%ROWTYPE;
    actor_roles text[];
    reason text := btrim(COALESCE(p_reason, ''));
    now_ms bigint := danhoi_now_ms();
    new_version integer;
BEGIN
    IF p_actor IS NOT NULL AND danhoi_owns(session_user) THEN
        SELECT * INTO actor FROM users u WHERE u.username = p_actor;
    ELSE
        SELECT * INTO actor FROM users u WHERE '{prefix}' || u.username = session_user::text;
    END IF;
    IF NOT FOUND OR actor.active <> 1 THEN
        RAISE EXCEPTION 'The login % is not an active DanHoi user.', COALESCE(p_actor, session_user)
            USING ERRCODE = 'DH403';
    END IF;
    actor_roles := string_to_array(actor.roles, ',');
    SELECT * INTO rule FROM workflow_rules WHERE action = p_action;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'There is no action %.', p_action USING ERRCODE = 'DH422';
    END IF;
    SELECT * INTO q FROM questions WHERE id = p_question FOR UPDATE;
    IF NOT FOUND OR NOT (actor_roles && ARRAY['admin', 'coordinator']
                         OR (actor_roles && ARRAY['clerk', 'supervisor'] AND q.department_id = actor.department_id)) THEN
        RAISE EXCEPTION 'There is no question with id % that you may see.', p_question USING ERRCODE = 'DH404';
    END IF;
    IF p_expected_version IS NOT NULL AND p_expected_version <> q.version THEN
        RAISE EXCEPTION 'Question % was changed by someone else in the meantime.', q.ref USING ERRCODE = 'DH409';
    END IF;
    IF NOT (actor_roles && rule.roles) THEN
        RAISE EXCEPTION 'The roles of % do not allow the action %.', actor.username, p_action USING ERRCODE = 'DH403';
    END IF;
    IF rule.department_bound AND (actor.department_id IS NULL OR actor.department_id IS DISTINCT FROM q.department_id) THEN
        RAISE EXCEPTION 'Only staff of the question''s department may take the action %.', p_action
            USING ERRCODE = 'DH403';
    END IF;
    IF NOT (q.status = ANY (rule.from_statuses)) THEN
        RAISE EXCEPTION 'The action % is not possible while question % is %.', p_action, q.ref, q.status
            USING ERRCODE = 'DH409';
    END IF;
    IF rule.reason_required AND reason = '' THEN
        RAISE EXCEPTION 'The action % needs a reason.', p_action USING ERRCODE = 'DH422';
    END IF;
    SELECT * INTO latest FROM answer_revisions WHERE question_id = q.id ORDER BY number DESC LIMIT 1 FOR UPDATE;
    has_latest := FOUND;
    IF rule.forbids_own_revision AND has_latest AND latest.state = 'submitted' AND latest.author_id = actor.id THEN
        RAISE EXCEPTION '% wrote this revision, so another supervisor must approve it.', actor.username
            USING ERRCODE = 'DH403';
    END IF;

    CASE p_action
    WHEN 'route' THEN
        SELECT * INTO target FROM departments WHERE id = p_department;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'There is no department with id %.', p_department USING ERRCODE = 'DH404';
        END IF;
        IF target.active <> 1 THEN
            RAISE EXCEPTION 'The department % is retired.', target.code USING ERRCODE = 'DH409';
        END IF;
        IF p_category IS NOT NULL AND NOT EXISTS (SELECT 1 FROM categories WHERE id = p_category) THEN
            RAISE EXCEPTION 'There is no category with id %.', p_category USING ERRCODE = 'DH404';
        END IF;
        IF p_due_date IS NULL OR p_due_date !~ '^\d{4}-\d{2}-\d{2}$' OR to_char(to_date(p_due_date, 'YYYY-MM-DD'),
                'YYYY-MM-DD') <> p_due_date THEN
            RAISE EXCEPTION 'A route needs a due date (YYYY-MM-DD).' USING ERRCODE = 'DH422';
        END IF;
        IF q.department_id IS DISTINCT FROM target.id THEN
            q.assigned_clerk_id := NULL;
        END IF;
        q.department_id := target.id;
        q.category_id := COALESCE(p_category, q.category_id);
        q.due_date := p_due_date;
    WHEN 'reject' THEN
        IF p_duplicate_of IS NOT NULL AND (p_duplicate_of = q.id
                                           OR NOT EXISTS (SELECT 1 FROM questions WHERE id = p_duplicate_of)) THEN
            RAISE EXCEPTION 'Question % cannot duplicate question %.', q.id, p_duplicate_of USING ERRCODE = 'DH422';
        END IF;
        q.rejection_reason := reason;
        q.duplicate_of_id := p_duplicate_of;
    WHEN 'draft' THEN
        IF btrim(COALESCE(p_answer, '')) = '' OR length(p_answer) > 50000 THEN
            RAISE EXCEPTION 'A draft needs the text of the answer (at most 50000 characters).' USING ERRCODE = 'DH422';
        END IF;
        INSERT INTO answer_revisions (question_id, number, body, author_id, created_at, state, comment)
        VALUES (q.id, COALESCE(latest.number, 0) + 1, p_answer, actor.id, now_ms, 'draft', '');
    WHEN 'submit' THEN
        IF NOT has_latest OR latest.state <> 'draft' THEN
            RAISE EXCEPTION 'Question % has no new revision to submit.', q.ref USING ERRCODE = 'DH409';
        END IF;
        UPDATE answer_revisions SET state = 'submitted' WHERE id = latest.id;
    WHEN 'approve', 'return' THEN
        IF NOT has_latest OR latest.state <> 'submitted' THEN
            RAISE EXCEPTION 'No revision of question % is awaiting approval.', q.ref USING ERRCODE = 'DH409';
        END IF;
        UPDATE answer_revisions SET state = CASE p_action WHEN 'approve' THEN 'approved' ELSE 'returned' END,
               reviewer_id = actor.id, reviewed_at = now_ms, comment = reason
        WHERE id = latest.id;
    WHEN 'publish' THEN
        IF NOT has_latest OR latest.state <> 'approved' THEN
            RAISE EXCEPTION 'Question % has no approved answer to publish.', q.ref USING ERRCODE = 'DH409';
        END IF;
        IF p_public IS NULL OR jsonb_typeof(p_public) <> 'object'
           OR btrim(COALESCE(p_public->>'title', '')) = '' OR btrim(COALESCE(p_public->>'answer', '')) = '' THEN
            RAISE EXCEPTION 'Publishing needs the public version (title, question, answer).' USING ERRCODE = 'DH422';
        END IF;
        q.published_revision_id := latest.id;
        q.published_at := now_ms;
        INSERT INTO public_questions AS p (question_id, revision_id, ref, title, question, asker_line, answer,
                                           department_id, category_id, received_at, answered_at, published_at)
        VALUES (q.id, latest.id, q.ref, p_public->>'title', COALESCE(p_public->>'question', ''),
                COALESCE(p_public->>'asker_line', ''), p_public->>'answer', q.department_id, q.category_id,
                q.received_at, latest.reviewed_at, now_ms)
        ON CONFLICT (question_id) DO UPDATE SET revision_id = excluded.revision_id, ref = excluded.ref,
            title = excluded.title, question = excluded.question, asker_line = excluded.asker_line,
            answer = excluded.answer, department_id = excluded.department_id, category_id = excluded.category_id,
            received_at = excluded.received_at, answered_at = excluded.answered_at,
            published_at = excluded.published_at;
    WHEN 'unpublish' THEN
        q.published_revision_id := NULL;
        q.published_at := NULL;
        DELETE FROM public_questions WHERE question_id = q.id;
    ELSE
        NULL; -- transfer-request changes the status only
    END CASE;

    UPDATE questions SET status = rule.to_status, department_id = q.department_id, category_id = q.category_id,
           assigned_clerk_id = q.assigned_clerk_id, due_date = q.due_date, rejection_reason = q.rejection_reason,
           duplicate_of_id = q.duplicate_of_id, published_revision_id = q.published_revision_id,
           published_at = q.published_at, updated_at = now_ms, version = version + 1
    WHERE id = q.id
    RETURNING version INTO new_version;
    PERFORM danhoi_audit_append(actor.username, q.id, p_action, q.status, rule.to_status,
                                COALESCE(NULLIF(p_note, ''), reason));
    RETURN new_version;
END
$$;

-- Rewrites the public version of a published question when what it is made from changed after publication (a
-- manual choice, the question's text, the agency's asker line or allowlist). The caller must read the question in
-- full — the text is made from what only they see — and p_public carries title, question, asker_line and answer as
-- the publish transition takes them. Returns false for a question that is not published (nothing to rewrite).
CREATE OR REPLACE FUNCTION danhoi_public_text(p_question bigint, p_public jsonb)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    department bigint;
BEGIN
    SELECT q.department_id INTO department FROM questions q WHERE q.id = p_question;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'Question % does not exist.', p_question USING ERRCODE = 'DH404';
    END IF;
    IF NOT (danhoi_owns(session_user) OR danhoi_sees_all() OR (department = danhoi_staff_department()) IS TRUE) THEN
        RAISE EXCEPTION 'Only who reads question % in full may change its public version.', p_question
            USING ERRCODE = 'DH403';
    END IF;
    IF p_public IS NULL OR jsonb_typeof(p_public) <> 'object'
       OR btrim(COALESCE(p_public->>'title', '')) = '' OR btrim(COALESCE(p_public->>'answer', '')) = '' THEN
        RAISE EXCEPTION 'The public version needs a title and an answer.' USING ERRCODE = 'DH422';
    END IF;
    UPDATE public_questions SET title = p_public->>'title', question = COALESCE(p_public->>'question', ''),
           asker_line = COALESCE(p_public->>'asker_line', ''), answer = p_public->>'answer'
    WHERE question_id = p_question;
    RETURN FOUND;
END
$$;

-- The same for many questions in one statement (layer 3; danhoi_public_text stays for programs of layer 2): a change
-- of the agency's asker line or allowlist rewrites every published question, one round trip each before. p_texts is
-- a JSON array of objects with "id" and the keys of p_public above. All or nothing: the first question that does not
-- exist, that the caller does not read in full or whose version lacks a title or an answer refuses the whole call.
-- Returns how many were rewritten (a question no longer published has nothing to rewrite).
CREATE OR REPLACE FUNCTION danhoi_public_texts(p_texts jsonb)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    refused bigint;
    rewritten integer;
BEGIN
    IF p_texts IS NULL OR jsonb_typeof(p_texts) <> 'array'
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_texts) e WHERE jsonb_typeof(e) <> 'object') THEN
        RAISE EXCEPTION 'The public versions come as a JSON array of objects.' USING ERRCODE = 'DH422';
    END IF;
    SELECT t.id INTO refused FROM jsonb_to_recordset(p_texts) AS t(id bigint) LEFT JOIN questions q ON q.id = t.id
    WHERE q.id IS NULL LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'Question % does not exist.', refused USING ERRCODE = 'DH404';
    END IF;
    IF NOT (danhoi_owns(session_user) OR danhoi_sees_all()) THEN
        SELECT t.id INTO refused FROM jsonb_to_recordset(p_texts) AS t(id bigint) JOIN questions q ON q.id = t.id
        WHERE (q.department_id = danhoi_staff_department()) IS NOT TRUE LIMIT 1;
        IF FOUND THEN
            RAISE EXCEPTION 'Only who reads question % in full may change its public version.', refused
                USING ERRCODE = 'DH403';
        END IF;
    END IF;
    SELECT t.id INTO refused FROM jsonb_to_recordset(p_texts) AS t(id bigint, title text, answer text)
    WHERE btrim(COALESCE(t.title, '')) = '' OR btrim(COALESCE(t.answer, '')) = '' LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'The public version of question % needs a title and an answer.', refused USING ERRCODE = 'DH422';
    END IF;
    UPDATE public_questions p
    SET title = t.title, question = COALESCE(t.question, ''), asker_line = COALESCE(t.asker_line, ''), answer = t.answer
    FROM jsonb_to_recordset(p_texts) AS t(id bigint, title text, question text, asker_line text, answer text)
    WHERE p.question_id = t.id;
    GET DIAGNOSTICS rewritten = ROW_COUNT;
    RETURN rewritten;
END
$$;
