CREATE OR REPLACE FUNCTION incident_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'incident_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER incident_log_no_update_delete BEFORE UPDATE OR DELETE ON incident_log
  FOR EACH ROW EXECUTE FUNCTION incident_log_append_only();
