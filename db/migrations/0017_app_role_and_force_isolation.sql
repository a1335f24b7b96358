-- The server's least-privilege role and force isolation in the database (issue 13 item 11 and "make the guarantees
-- structural"). Migrations run as the owner; every request and scheduler pass runs as watchhouse_app, which may
-- read and write rows but not alter, truncate, disable triggers or bypass row-level security, and sees only the rows
-- of the force set in app.force_id for that request.
-- Roles belong to the whole PostgreSQL cluster: databases migrating at the same moment (parallel test files) may race
-- to create it, so a concurrent creation or grant is not an error.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'watchhouse_app') THEN
    CREATE ROLE watchhouse_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
-- The owner switches to the role for each request (SET ROLE needs membership unless the owner is a superuser).
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'watchhouse_app', 'MEMBER') THEN
    EXECUTE format('GRANT watchhouse_app TO %I', current_user);
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation OR internal_error THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO watchhouse_app;
--> statement-breakpoint
-- Re-run at every start (after migrations), so a table added by a later migration is covered without anyone
-- remembering: grants without TRUNCATE, append-only logs without UPDATE/DELETE, and on every table holding
-- force_id the policy "only the rows of app.force_id" (an unset app.force_id is the owner's own maintenance:
-- migrations, demo data, sign-in before the force is known).
CREATE OR REPLACE FUNCTION watchhouse_isolate_forces() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO watchhouse_app';
  EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO watchhouse_app';
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r'
             AND c.relname IN ('audit_log', 'incident_log', 'crime_history', 'exhibit_movements') LOOP
    EXECUTE format('REVOKE UPDATE, DELETE ON %I FROM watchhouse_app', t.relname);
  END LOOP;
  FOR t IN SELECT c.relname, c.relrowsecurity FROM pg_class c
             JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'force_id' AND NOT a.attisdropped
           WHERE n.nspname = 'public' AND c.relkind = 'r' LOOP
    IF NOT t.relrowsecurity THEN
      EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = t.relname AND policyname = 'force_isolation') THEN
      EXECUTE format(
        'CREATE POLICY force_isolation ON %I USING (coalesce(current_setting(''app.force_id'', true), '''') IN ('''', force_id)) '
        'WITH CHECK (coalesce(current_setting(''app.force_id'', true), '''') IN ('''', force_id))',
        t.relname);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
SELECT watchhouse_isolate_forces();
