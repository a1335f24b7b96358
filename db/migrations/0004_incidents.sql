CREATE TABLE "appointment_slots" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"district" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"incident_id" uuid,
	"contact_preference" text,
	"booked_at" timestamp with time zone,
	"booked_by" uuid,
	CONSTRAINT "appointment_slots_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "control_room_settings" (
	"force_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_assignments" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" uuid NOT NULL,
	"arrived_at" timestamp with time zone,
	"cleared_at" timestamp with time zone,
	CONSTRAINT "incident_assignments_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "incident_gradings" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid NOT NULL,
	"username" text NOT NULL,
	"from_grade" text,
	"to_grade" text NOT NULL,
	"proposed_grade" text NOT NULL,
	"reason" text,
	CONSTRAINT "incident_gradings_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "incident_log" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid,
	"username" text NOT NULL,
	"kind" text DEFAULT 'narrative' NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "incident_log_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "incident_persons" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" uuid,
	CONSTRAINT "incident_persons_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "incident_reviews" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid NOT NULL,
	"username" text NOT NULL,
	"role" text NOT NULL,
	"supervisory" boolean NOT NULL,
	"note" text NOT NULL,
	"thrive_quality" smallint,
	CONSTRAINT "incident_reviews_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"source" text NOT NULL,
	"type" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"summary" text NOT NULL,
	"location_id" uuid,
	"location_text" text,
	"district" text,
	"latitude" double precision,
	"longitude" double precision,
	"area_type" text DEFAULT 'urban' NOT NULL,
	"domestic_abuse" boolean DEFAULT false NOT NULL,
	"mental_health" boolean DEFAULT false NOT NULL,
	"hate" boolean DEFAULT false NOT NULL,
	"child_involved" boolean DEFAULT false NOT NULL,
	"firearms" boolean DEFAULT false NOT NULL,
	"known_vulnerable" boolean DEFAULT false NOT NULL,
	"dangerous_suspect" boolean DEFAULT false NOT NULL,
	"repeat_victim" boolean DEFAULT false NOT NULL,
	"repeat_victim_count" integer DEFAULT 0 NOT NULL,
	"repeat_location" boolean DEFAULT false NOT NULL,
	"repeat_location_count" integer DEFAULT 0 NOT NULL,
	"thrive" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"question_set_id" uuid,
	"question_set_version" integer,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"proposed_grade" text,
	"proposed_reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"grade" text,
	"graded_at" timestamp with time zone,
	"graded_by" uuid,
	"target_at" timestamp with time zone,
	"risk_score" integer DEFAULT 0 NOT NULL,
	"first_assigned_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"cleared_at" timestamp with time zone,
	"resolution" jsonb,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"appointment_id" uuid,
	"crime_disclosed" boolean,
	"closing_code" text,
	"closing_note" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"last_reviewed_at" timestamp with time zone,
	"last_reviewed_by" text,
	"supervisor_reviewed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "question_sets" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"incident_type" text NOT NULL,
	"name" text NOT NULL,
	"questions" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "question_sets_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"call_sign" text NOT NULL,
	"kind" text DEFAULT 'response' NOT NULL,
	"district" text,
	"status" text DEFAULT 'available' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"incident_id" uuid,
	"status_at" timestamp with time zone NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
ALTER TABLE "appointment_slots" ADD CONSTRAINT "appointment_slots_force_id_incident_id_incidents_force_id_id_fk" FOREIGN KEY ("force_id","incident_id") REFERENCES "public"."incidents"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assignments" ADD CONSTRAINT "incident_assignments_force_id_incident_id_incidents_force_id_id_fk" FOREIGN KEY ("force_id","incident_id") REFERENCES "public"."incidents"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assignments" ADD CONSTRAINT "incident_assignments_force_id_unit_id_units_force_id_id_fk" FOREIGN KEY ("force_id","unit_id") REFERENCES "public"."units"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_gradings" ADD CONSTRAINT "incident_gradings_force_id_incident_id_incidents_force_id_id_fk" FOREIGN KEY ("force_id","incident_id") REFERENCES "public"."incidents"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_log" ADD CONSTRAINT "incident_log_force_id_incident_id_incidents_force_id_id_fk" FOREIGN KEY ("force_id","incident_id") REFERENCES "public"."incidents"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_persons" ADD CONSTRAINT "incident_persons_force_id_incident_id_incidents_force_id_id_fk" FOREIGN KEY ("force_id","incident_id") REFERENCES "public"."incidents"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_persons" ADD CONSTRAINT "incident_persons_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_reviews" ADD CONSTRAINT "incident_reviews_force_id_incident_id_incidents_force_id_id_fk" FOREIGN KEY ("force_id","incident_id") REFERENCES "public"."incidents"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_force_id_location_id_locations_force_id_id_fk" FOREIGN KEY ("force_id","location_id") REFERENCES "public"."locations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_slots_district_idx" ON "appointment_slots" USING btree ("force_id","district","starts_at");--> statement-breakpoint
CREATE INDEX "incident_assignments_incident_idx" ON "incident_assignments" USING btree ("force_id","incident_id");--> statement-breakpoint
CREATE INDEX "incident_assignments_unit_idx" ON "incident_assignments" USING btree ("force_id","unit_id","cleared_at");--> statement-breakpoint
CREATE INDEX "incident_gradings_incident_idx" ON "incident_gradings" USING btree ("force_id","incident_id","at");--> statement-breakpoint
CREATE INDEX "incident_log_incident_idx" ON "incident_log" USING btree ("force_id","incident_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "incident_persons_role_key" ON "incident_persons" USING btree ("force_id","incident_id","person_id","role");--> statement-breakpoint
CREATE INDEX "incident_persons_person_idx" ON "incident_persons" USING btree ("force_id","person_id","role","added_at");--> statement-breakpoint
CREATE INDEX "incident_reviews_incident_idx" ON "incident_reviews" USING btree ("force_id","incident_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_reference_key" ON "incidents" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("force_id","status");--> statement-breakpoint
CREATE INDEX "incidents_location_idx" ON "incidents" USING btree ("force_id","location_id","created_at");--> statement-breakpoint
CREATE INDEX "incidents_created_idx" ON "incidents" USING btree ("force_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "question_sets_type_key" ON "question_sets" USING btree ("force_id","incident_type");--> statement-breakpoint
CREATE UNIQUE INDEX "units_call_sign_key" ON "units" USING btree ("force_id","call_sign");--> statement-breakpoint
CREATE INDEX "units_status_idx" ON "units" USING btree ("force_id","status");