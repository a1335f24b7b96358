CREATE TABLE "exhibit_movements" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"exhibit_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"from_holder" text NOT NULL,
	"to_holder" text NOT NULL,
	"purpose" text NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "exhibit_movements_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "file_quality_items" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"sample_id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"team" text NOT NULL,
	"effective_investigation" boolean,
	"victim_care" boolean,
	"supervision" boolean,
	"outcome_correct" boolean,
	"notes" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "file_quality_items_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "file_quality_samples" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"team" text,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"requested_size" integer NOT NULL,
	"population_size" integer NOT NULL,
	"seed" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_quality_samples_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "forensic_requests" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"investigation_id" uuid NOT NULL,
	"object_id" uuid,
	"device_type" text NOT NULL,
	"description" text NOT NULL,
	"risk" text NOT NULL,
	"child_or_vulnerable" boolean NOT NULL,
	"priority" integer NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"examiner_id" uuid,
	"result" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forensic_requests_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigation_actions" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"result" text,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigation_actions_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigation_exhibits" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"object_id" uuid NOT NULL,
	"exhibit_reference" text NOT NULL,
	"description" text NOT NULL,
	"seized_at" timestamp with time zone NOT NULL,
	"seized_by" uuid NOT NULL,
	"current_holder" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigation_exhibits_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigation_handovers" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"from_officer_id" uuid,
	"to_officer_id" uuid NOT NULL,
	"handover_note" text,
	"supervisory_entry" text NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "investigation_handovers_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigation_outcomes" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"rationale" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"victim_informed" boolean,
	"victim_informed_at" timestamp with time zone,
	"victim_informed_method" text,
	"victim_not_informed_reason" text,
	"decided_by" uuid NOT NULL,
	"authority_role" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	"rules_version" text NOT NULL,
	"reopened_at" timestamp with time zone,
	"reopened_by" uuid,
	"reopen_reason" text,
	CONSTRAINT "investigation_outcomes_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigation_reviews" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"investigation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"direction" text NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone,
	"next_due_at" timestamp with time zone,
	CONSTRAINT "investigation_reviews_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigation_rule_sets" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"allocation_rules" jsonb NOT NULL,
	"review_cadence" jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigation_rule_sets_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "investigations" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"crime_id" uuid NOT NULL,
	"status" text NOT NULL,
	"risk" text NOT NULL,
	"risk_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"thrive" jsonb NOT NULL,
	"solvability_factors" text[] DEFAULT '{}'::text[] NOT NULL,
	"solvability_score" integer NOT NULL,
	"domestic_abuse" boolean DEFAULT false NOT NULL,
	"child_victim" boolean DEFAULT false NOT NULL,
	"vulnerable_victim" boolean DEFAULT false NOT NULL,
	"rape_or_serious_sexual" boolean DEFAULT false NOT NULL,
	"screened_at" timestamp with time zone NOT NULL,
	"screened_by" uuid NOT NULL,
	"allocation_rule_id" text NOT NULL,
	"allocation_label" text NOT NULL,
	"team" text NOT NULL,
	"officer_id" uuid,
	"allocated_at" timestamp with time zone,
	"allocated_by" uuid,
	"accreditation_override" text,
	"screen_out_victim_informed_at" timestamp with time zone,
	"screen_out_victim_informed_method" text,
	"plan_recorded_at" timestamp with time zone,
	"plan_summary" text,
	"safeguarding" text,
	"victim_contact" text,
	"scene_attended" boolean,
	"scene_reason" text,
	"scene_evidence" text,
	"bwv_captured" boolean,
	"bwv_reason" text,
	"last_reviewed_at" timestamp with time zone,
	"next_review_due_at" timestamp with time zone,
	"outcome" text,
	"finalised_at" timestamp with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"rules_version" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "investigations_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
ALTER TABLE "exhibit_movements" ADD CONSTRAINT "exhibit_movements_force_id_exhibit_id_investigation_exhibits_force_id_id_fk" FOREIGN KEY ("force_id","exhibit_id") REFERENCES "public"."investigation_exhibits"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_quality_items" ADD CONSTRAINT "file_quality_items_force_id_sample_id_file_quality_samples_force_id_id_fk" FOREIGN KEY ("force_id","sample_id") REFERENCES "public"."file_quality_samples"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_quality_items" ADD CONSTRAINT "file_quality_items_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forensic_requests" ADD CONSTRAINT "forensic_requests_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forensic_requests" ADD CONSTRAINT "forensic_requests_force_id_object_id_objects_force_id_id_fk" FOREIGN KEY ("force_id","object_id") REFERENCES "public"."objects"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_actions" ADD CONSTRAINT "investigation_actions_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_actions" ADD CONSTRAINT "investigation_actions_force_id_owner_id_users_force_id_id_fk" FOREIGN KEY ("force_id","owner_id") REFERENCES "public"."users"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_exhibits" ADD CONSTRAINT "investigation_exhibits_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_exhibits" ADD CONSTRAINT "investigation_exhibits_force_id_object_id_objects_force_id_id_fk" FOREIGN KEY ("force_id","object_id") REFERENCES "public"."objects"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_handovers" ADD CONSTRAINT "investigation_handovers_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_outcomes" ADD CONSTRAINT "investigation_outcomes_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigation_reviews" ADD CONSTRAINT "investigation_reviews_force_id_investigation_id_investigations_force_id_id_fk" FOREIGN KEY ("force_id","investigation_id") REFERENCES "public"."investigations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_force_id_crime_id_crimes_force_id_id_fk" FOREIGN KEY ("force_id","crime_id") REFERENCES "public"."crimes"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investigations" ADD CONSTRAINT "investigations_force_id_officer_id_users_force_id_id_fk" FOREIGN KEY ("force_id","officer_id") REFERENCES "public"."users"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exhibit_movements_exhibit_idx" ON "exhibit_movements" USING btree ("force_id","exhibit_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "file_quality_items_position_key" ON "file_quality_items" USING btree ("force_id","sample_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "file_quality_samples_ref_key" ON "file_quality_samples" USING btree ("force_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "forensic_requests_ref_key" ON "forensic_requests" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "forensic_requests_queue_idx" ON "forensic_requests" USING btree ("force_id","status","priority","requested_at");--> statement-breakpoint
CREATE INDEX "investigation_actions_inv_idx" ON "investigation_actions" USING btree ("force_id","investigation_id");--> statement-breakpoint
CREATE INDEX "investigation_actions_owner_idx" ON "investigation_actions" USING btree ("force_id","owner_id","completed_at","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "investigation_exhibits_ref_key" ON "investigation_exhibits" USING btree ("force_id","investigation_id","exhibit_reference");--> statement-breakpoint
CREATE INDEX "investigation_handovers_inv_idx" ON "investigation_handovers" USING btree ("force_id","investigation_id","at");--> statement-breakpoint
CREATE INDEX "investigation_outcomes_inv_idx" ON "investigation_outcomes" USING btree ("force_id","investigation_id","decided_at");--> statement-breakpoint
CREATE INDEX "investigation_outcomes_decided_idx" ON "investigation_outcomes" USING btree ("force_id","decided_at");--> statement-breakpoint
CREATE INDEX "investigation_reviews_inv_idx" ON "investigation_reviews" USING btree ("force_id","investigation_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "investigation_rule_sets_version_key" ON "investigation_rule_sets" USING btree ("force_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "investigations_crime_key" ON "investigations" USING btree ("force_id","crime_id");--> statement-breakpoint
CREATE INDEX "investigations_officer_idx" ON "investigations" USING btree ("force_id","officer_id","status");--> statement-breakpoint
CREATE INDEX "investigations_team_idx" ON "investigations" USING btree ("force_id","team","status");--> statement-breakpoint
CREATE INDEX "investigations_review_idx" ON "investigations" USING btree ("force_id","status","next_review_due_at");--> statement-breakpoint
CREATE INDEX "investigations_finalised_idx" ON "investigations" USING btree ("force_id","finalised_at");