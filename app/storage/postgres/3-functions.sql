-- DanHoi security layer, part 3: who is acting, the audit chain, the transitions and the login roles.
-- SQLSTATEs the client maps to its error kinds: DH403 forbidden, DH404 not found, DH409 conflict, DH422 invalid.

-- The version of this security layer (PostgresSecurity::layerVersion): desks refuse a database whose layer is
-- older than the program, until its owner runs db upgrade.
CREATE OR REPLACE FUNCTION danhoi_layer_version() RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT {layer_version} $$;

-- Whether the role acts with the owner's rights (the owner itself, a member of it, or a superuser).
CREATE OR REPLACE FUNCTION danhoi_owns(p_role name) RETURNS boolean
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT pg_has_role(p_role, c.relowner, 'USAGE') FROM pg_class c WHERE c.oid = 'users'::regclass
$$;

-- The roles of the desk user behind this connection: the login {prefix}NAME is the user NAME. Empty when the
-- login is no active user, so a disabled account sees nothing even on a connection opened before.
CREATE OR REPLACE FUNCTION danhoi_actor_roles() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT COALESCE((SELECT string_to_array(u.roles, ',') FROM users u
                     WHERE u.active = 1 AND '{prefix}' || u.username = session_user::text), '{}')
$$;

-- Coordinators and administrators read every question.
CREATE OR REPLACE FUNCTION danhoi_sees_all() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT danhoi_actor_roles() && ARRAY['admin', 'coordinator']
$$;

-- The department whose questions a clerk or supervisor reads in full; NULL for anyone else.
CREATE OR REPLACE FUNCTION danhoi_staff_department() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT u.department_id FROM users u
    WHERE u.active = 1 AND '{prefix}' || u.username = session_user::text
      AND string_to_array(u.roles, ',') && ARRAY['clerk', 'supervisor']
$$;

-- The hash of one audit event: SHA-256 of the compact JSON array of its fields, byte for byte what
-- AuditChain::canonical builds with QJsonDocument (both escape only '"', '\' and control characters).
CREATE OR REPLACE FUNCTION danhoi_audit_hash(p_seq bigint, p_at bigint, p_username text, p_question bigint,
                                             p_action text, p_from text, p_to text, p_note text, p_prev text)
RETURNS text LANGUAGE sql IMMUTABLE SET search_path = {schema}, pg_temp AS $$
    SELECT encode(sha256(convert_to(array_to_json(ARRAY[
        p_seq::text, p_at::text, COALESCE(p_username, ''), COALESCE(p_question::text, ''), COALESCE(p_action, ''),
        COALESCE(p_from, ''), COALESCE(p_to, ''), COALESCE(p_note, ''), COALESCE(p_prev, '')])::text, 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION danhoi_now_ms() RETURNS bigint
LANGUAGE sql VOLATILE AS $$ SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint $$;

-- Appends one event to the chain (the head row is locked, so appends queue up). Not granted to desks.
CREATE OR REPLACE FUNCTION danhoi_audit_append(p_username text, p_question bigint, p_action text, p_from text,
                                               p_to text, p_note text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    head audit_head%ROWTYPE;
    at_ms bigint := danhoi_now_ms();
    next_hash text;
BEGIN
    INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT (id) DO NOTHING;
    SELECT * INTO head FROM audit_head WHERE id = 1 FOR UPDATE;
    next_hash := danhoi_audit_hash(head.seq + 1, at_ms, p_username, p_question, p_action, p_from, p_to, p_note,
                                   head.hash);
    INSERT INTO audit_events (seq, at, username, question_id, action, from_status, to_status, note, prev_hash, hash)
    VALUES (head.seq + 1, at_ms, p_username, p_question, p_action, COALESCE(p_from, ''), COALESCE(p_to, ''),
            COALESCE(p_note, ''), head.hash, next_hash);
    UPDATE audit_head SET seq = head.seq + 1, hash = next_hash WHERE id = 1;
    RETURN head.seq + 1;
END
$$;

-- An event that is not a transition (record, assign, settings, users...), written as the connected user at the
-- server's time. The owner (init, db copy) may name the user; a desk writes only as itself.
CREATE OR REPLACE FUNCTION danhoi_audit(p_username text, p_question bigint, p_action text, p_from text, p_to text,
                                        p_note text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    actor users%ROWTYPE;
    question_department bigint;
BEGIN
    IF danhoi_owns(session_user) THEN
        RETURN danhoi_audit_append(p_username, p_question, p_action, p_from, p_to, p_note);
    END IF;
    SELECT * INTO actor FROM users u WHERE u.active = 1 AND '{prefix}' || u.username = session_user::text;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'The login % is not an active DanHoi user.', session_user USING ERRCODE = 'DH403';
    END IF;
    IF p_username IS DISTINCT FROM actor.username THEN
        RAISE EXCEPTION 'An audit event is written in the name of the connected user only.' USING ERRCODE = 'DH403';
    END IF;
    IF EXISTS (SELECT 1 FROM workflow_rules WHERE action = p_action) THEN
        RAISE EXCEPTION 'The action % is recorded by danhoi_transition only.', p_action USING ERRCODE = 'DH403';
    END IF;
    IF p_question IS NULL THEN
        IF NOT danhoi_sees_all() THEN
            RAISE EXCEPTION 'Only administrators and coordinators write events about the installation.'
                USING ERRCODE = 'DH403';
        END IF;
    ELSE
        SELECT department_id INTO question_department FROM questions WHERE id = p_question;
        IF NOT FOUND OR NOT (danhoi_sees_all() OR question_department = danhoi_staff_department()) THEN
            RAISE EXCEPTION 'There is no question with id % that you may see.', p_question USING ERRCODE = 'DH404';
        END IF;
    END IF;
    RETURN danhoi_audit_append(actor.username, p_question, p_action, p_from, p_to, p_note);
END
$$;
