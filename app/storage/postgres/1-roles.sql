-- DanHoi security layer, part 1: the group roles of this database and who may connect.
-- Idempotent; applied by `danhoi-cli db provision` and again by `db upgrade`, as the owner.
-- {prefix} is dh_<database>_, so the roles of two databases on one server never meet. Group roles are
-- {prefix}_GROUP: a user name starts with a letter or digit, so no login {prefix}NAME can take a group's name.
DO $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['desk', 'admin', 'coordinator', 'supervisor', 'clerk'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{prefix}_' || g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', '{prefix}_' || g);
        END IF;
    END LOOP;
    -- Only this database's desks (and the owner) connect to it.
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), '{prefix}_desk');
END
$$;

REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC;
GRANT USAGE ON SCHEMA {schema} TO {prefix}_desk;
