CREATE OR REPLACE FUNCTION exhibit_movements_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'exhibit_movements is append-only (continuity log): % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER exhibit_movements_no_update_delete BEFORE UPDATE OR DELETE ON exhibit_movements
  FOR EACH ROW EXECUTE FUNCTION exhibit_movements_append_only();
--> statement-breakpoint
CREATE TRIGGER exhibit_movements_no_truncate BEFORE TRUNCATE ON exhibit_movements
  FOR EACH STATEMENT EXECUTE FUNCTION exhibit_movements_append_only();
