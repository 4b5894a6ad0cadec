-- DanHoi security layer, part 5: desk users are login roles {prefix}NAME. Passwords arrive as SCRAM verifiers
-- computed by the client (libpq's PQencryptPasswordConn); a plain password is refused.

CREATE OR REPLACE FUNCTION danhoi_check_login(p_username text, p_verifier text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF p_username IS NULL OR p_username !~ '^[a-z0-9][a-z0-9._-]{1,62}$' THEN
        RAISE EXCEPTION 'A user name has 2 to 63 lower-case letters a-z, digits, ''.'', ''-'' or ''_''.'
            USING ERRCODE = 'DH422';
    END IF;
    IF octet_length('{prefix}' || p_username) > 63 THEN
        RAISE EXCEPTION 'The login role {prefix}% is longer than PostgreSQL''s 63 characters; choose a shorter name.',
            p_username USING ERRCODE = 'DH422';
    END IF;
    IF p_verifier IS NULL
       OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'A password is accepted only as a SCRAM-SHA-256 verifier computed by the client.'
            USING ERRCODE = 'DH422';
    END IF;
    RETURN '{prefix}' || p_username;
END
$$;

CREATE OR REPLACE FUNCTION danhoi_may_manage_users() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
    SELECT danhoi_owns(session_user) OR 'admin' = ANY (danhoi_actor_roles())
$$;

-- Whether the role is one of this database's desk logins (never touch any other role of the server).
CREATE OR REPLACE FUNCTION danhoi_is_desk_login(p_role text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                   JOIN pg_roles g ON g.oid = m.roleid
                   WHERE r.rolname = p_role AND g.rolname = '{prefix}_desk')
$$;

-- A new login for the user (the users row follows in the same transaction; its trigger grants the groups).
CREATE OR REPLACE FUNCTION danhoi_user_create(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    login text := danhoi_check_login(p_username, p_verifier);
BEGIN
    IF NOT danhoi_may_manage_users() THEN
        RAISE EXCEPTION 'Only an administrator may add users.' USING ERRCODE = 'DH403';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'The login role % already exists.', login USING ERRCODE = 'DH409';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, p_verifier);
    EXECUTE format('GRANT %I TO %I', '{prefix}_desk', login);
END
$$;

-- A new password: an administrator for anyone, a user for their own login.
CREATE OR REPLACE FUNCTION danhoi_user_password(p_username text, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    login text := danhoi_check_login(p_username, p_verifier);
BEGIN
    IF NOT (danhoi_may_manage_users() OR session_user::text = login) THEN
        RAISE EXCEPTION 'Only an administrator may change another user''s password.' USING ERRCODE = 'DH403';
    END IF;
    IF NOT danhoi_is_desk_login(login) THEN
        RAISE EXCEPTION 'There is no desk login %.', login USING ERRCODE = 'DH404';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
END
$$;

-- Keeps the login in step with the users row: the group role of each of its roles, none and NOLOGIN when
-- disabled (the group rights go at once, also on connections already open).
CREATE OR REPLACE FUNCTION danhoi_users_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    login text := '{prefix}' || NEW.username;
    wanted text[] := CASE WHEN NEW.active = 1 THEN string_to_array(NEW.roles, ',') ELSE '{}' END;
    g text;
    member boolean;
BEGIN
    IF NOT danhoi_is_desk_login(login) THEN
        RETURN NULL; -- no login yet (e.g. a user copied from SQLite before its role is created)
    END IF;
    FOREACH g IN ARRAY ARRAY['admin', 'coordinator', 'supervisor', 'clerk'] LOOP
        member := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                          JOIN pg_roles gr ON gr.oid = m.roleid WHERE r.rolname = login AND gr.rolname = '{prefix}_' || g);
        IF g = ANY (wanted) AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', '{prefix}_' || g, login);
        ELSIF NOT g = ANY (wanted) AND member THEN
            EXECUTE format('REVOKE %I FROM %I', '{prefix}_' || g, login);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN NEW.active = 1 THEN 'LOGIN' ELSE 'NOLOGIN' END);
    RETURN NULL;
END
$$;
