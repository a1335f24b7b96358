CREATE OR REPLACE FUNCTION crime_history_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'crime_history is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER crime_history_no_update_delete BEFORE UPDATE OR DELETE ON crime_history
  FOR EACH ROW EXECUTE FUNCTION crime_history_append_only();
--> statement-breakpoint
CREATE TRIGGER crime_history_no_truncate BEFORE TRUNCATE ON crime_history
  FOR EACH STATEMENT EXECUTE FUNCTION crime_history_append_only();
