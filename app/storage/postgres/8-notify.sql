-- Live refresh. Every change to a question, its answers, redactions or portal pushes is announced on the channel
-- danhoi_changes as "q:<question id>", and every change to the catalogue (departments, categories, users, settings,
-- the calendar) as "catalog". Payloads carry ids only: a notification reaches every listener whatever row-level
-- security lets it read. PostgreSQL folds identical payloads of one transaction into one.
CREATE OR REPLACE FUNCTION danhoi_notify_question_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed_id bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_id := (to_jsonb(OLD) ->> TG_ARGV[0])::bigint;
    ELSE
        changed_id := (to_jsonb(NEW) ->> TG_ARGV[0])::bigint;
    END IF;
    IF changed_id IS NOT NULL THEN
        PERFORM pg_notify('danhoi_changes', 'q:' || changed_id);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION danhoi_notify_catalog_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('danhoi_changes', 'catalog');
    RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER questions_notify AFTER INSERT OR UPDATE OR DELETE ON questions
    FOR EACH ROW EXECUTE FUNCTION danhoi_notify_question_change('id');
CREATE OR REPLACE TRIGGER answer_revisions_notify AFTER INSERT OR UPDATE OR DELETE ON answer_revisions
    FOR EACH ROW EXECUTE FUNCTION danhoi_notify_question_change('question_id');
CREATE OR REPLACE TRIGGER question_redactions_notify AFTER INSERT OR UPDATE OR DELETE ON question_redactions
    FOR EACH ROW EXECUTE FUNCTION danhoi_notify_question_change('question_id');
CREATE OR REPLACE TRIGGER portal_pushes_notify AFTER INSERT OR UPDATE OR DELETE ON portal_pushes
    FOR EACH ROW EXECUTE FUNCTION danhoi_notify_question_change('question_id');

CREATE OR REPLACE TRIGGER departments_notify AFTER INSERT OR UPDATE OR DELETE ON departments
    FOR EACH STATEMENT EXECUTE FUNCTION danhoi_notify_catalog_change();
CREATE OR REPLACE TRIGGER categories_notify AFTER INSERT OR UPDATE OR DELETE ON categories
    FOR EACH STATEMENT EXECUTE FUNCTION danhoi_notify_catalog_change();
CREATE OR REPLACE TRIGGER users_notify AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION danhoi_notify_catalog_change();
CREATE OR REPLACE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION danhoi_notify_catalog_change();
CREATE OR REPLACE TRIGGER calendar_days_notify AFTER INSERT OR UPDATE OR DELETE ON calendar_days
    FOR EACH STATEMENT EXECUTE FUNCTION danhoi_notify_catalog_change();
