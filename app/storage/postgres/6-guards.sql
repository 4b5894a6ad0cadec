-- DanHoi security layer, part 6: triggers that refuse what only the transition and audit functions may do,
-- for every role but the owner (the functions run as the owner, SECURITY DEFINER).

CREATE OR REPLACE FUNCTION danhoi_guard_questions() RETURNS trigger
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
DECLARE
    roles text[];
BEGIN
    IF danhoi_owns(current_user) THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'received' OR NEW.published_revision_id IS NOT NULL OR NEW.published_at IS NOT NULL
           OR NEW.rejection_reason <> '' OR NEW.duplicate_of_id IS NOT NULL THEN
            RAISE EXCEPTION 'A new question starts as received; its status changes only through danhoi_transition.'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.department_id IS DISTINCT FROM OLD.department_id
       OR NEW.published_revision_id IS DISTINCT FROM OLD.published_revision_id
       OR NEW.published_at IS DISTINCT FROM OLD.published_at OR NEW.rejection_reason IS DISTINCT FROM OLD.rejection_reason
       OR NEW.duplicate_of_id IS DISTINCT FROM OLD.duplicate_of_id OR NEW.id <> OLD.id OR NEW.ref <> OLD.ref
       OR NEW.ref_year <> OLD.ref_year OR NEW.ref_seq <> OLD.ref_seq OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'The status, department, publication and rejection of a question change only through danhoi_transition.'
            USING ERRCODE = '42501';
    END IF;
    IF NEW.assigned_clerk_id IS DISTINCT FROM OLD.assigned_clerk_id THEN
        roles := danhoi_actor_roles();
        IF NOT (roles && ARRAY['coordinator'] OR ('supervisor' = ANY (roles) AND OLD.department_id = danhoi_staff_department())) THEN
            RAISE EXCEPTION 'Only a coordinator or a supervisor of the question''s department may assign it.'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.version <> OLD.version + 1 THEN
        RAISE EXCEPTION 'Every change of a question counts its version up by one.' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

-- Revisions, the audit chain and the public versions are written by the functions only.
CREATE OR REPLACE FUNCTION danhoi_guard_function_only() RETURNS trigger
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF danhoi_owns(current_user) THEN
        RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '% on % is refused: it changes only through the DanHoi functions.', TG_OP, TG_TABLE_NAME
        USING ERRCODE = '42501';
END
$$;

CREATE OR REPLACE FUNCTION danhoi_guard_truncate() RETURNS trigger
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF danhoi_owns(current_user) THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'TRUNCATE on % is refused.', TG_TABLE_NAME USING ERRCODE = '42501';
END
$$;

DROP TRIGGER IF EXISTS danhoi_guard ON questions;
CREATE TRIGGER danhoi_guard BEFORE INSERT OR UPDATE ON questions
    FOR EACH ROW EXECUTE FUNCTION danhoi_guard_questions();

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['answer_revisions', 'audit_events', 'audit_head', 'public_questions', 'desk_public_rows'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS danhoi_guard ON %I', t);
        EXECUTE format('CREATE TRIGGER danhoi_guard BEFORE INSERT OR UPDATE OR DELETE ON %I'
                       ' FOR EACH ROW EXECUTE FUNCTION danhoi_guard_function_only()', t);
        EXECUTE format('DROP TRIGGER IF EXISTS danhoi_guard_truncate ON %I', t);
        EXECUTE format('CREATE TRIGGER danhoi_guard_truncate BEFORE TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION danhoi_guard_truncate()', t);
    END LOOP;
END
$$;

DROP TRIGGER IF EXISTS danhoi_users_sync ON users;
CREATE TRIGGER danhoi_users_sync AFTER INSERT OR UPDATE OF roles, active ON users
    FOR EACH ROW EXECUTE FUNCTION danhoi_users_sync();

-- A user name is its login; it never changes (the admin screen keeps it fixed too).
CREATE OR REPLACE FUNCTION danhoi_guard_users() RETURNS trigger
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF NOT danhoi_owns(current_user) AND NEW.username IS DISTINCT FROM OLD.username THEN
        RAISE EXCEPTION 'A user name is the login and cannot change.' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS danhoi_guard ON users;
CREATE TRIGGER danhoi_guard BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION danhoi_guard_users();
