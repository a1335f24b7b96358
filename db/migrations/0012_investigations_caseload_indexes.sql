DROP INDEX "investigations_finalised_idx";--> statement-breakpoint
CREATE INDEX "investigation_actions_outstanding_idx" ON "investigation_actions" USING btree ("force_id","investigation_id","due_at") WHERE completed_at is null;--> statement-breakpoint
CREATE INDEX "investigations_team_finalised_idx" ON "investigations" USING btree ("force_id","team","finalised_at","officer_id");--> statement-breakpoint
CREATE INDEX "investigations_team_allocated_idx" ON "investigations" USING btree ("force_id","team","allocated_at","officer_id");--> statement-breakpoint
CREATE INDEX "investigations_open_team_idx" ON "investigations" USING btree ("force_id","team","officer_id","risk","created_at","next_review_due_at","id") WHERE status in ('allocated', 'under_investigation');--> statement-breakpoint
CREATE INDEX "investigations_open_officer_idx" ON "investigations" USING btree ("force_id","officer_id","risk","created_at","next_review_due_at","id") WHERE status in ('allocated', 'under_investigation');--> statement-breakpoint
CREATE INDEX "investigations_allocated_idx" ON "investigations" USING btree ("force_id","allocated_at","officer_id");--> statement-breakpoint
CREATE INDEX "investigations_finalised_idx" ON "investigations" USING btree ("force_id","finalised_at","officer_id");