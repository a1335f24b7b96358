CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"force_id" text NOT NULL,
	"user_id" uuid,
	"username" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"request_id" text,
	"reason" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "forces" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"reference_prefix" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"force_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"team" text,
	"collar_number" text,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone,
	"summary" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"uprn" text,
	"building_name" text,
	"building_number" text,
	"street" text,
	"locality" text,
	"town" text,
	"postcode" text,
	"postcode_norm" text,
	"latitude" double precision,
	"longitude" double precision,
	"district" text,
	"beat" text,
	"description" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locations_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "objects" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"kind" text NOT NULL,
	"vrm" text,
	"make" text,
	"model" text,
	"colour" text,
	"serial_number" text,
	"description" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objects_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "person_access" (
	"force_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"granted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_access_force_id_person_id_user_id_pk" PRIMARY KEY("force_id","person_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "person_addresses" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"type" text DEFAULT 'home' NOT NULL,
	"from_date" date,
	"to_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_addresses_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "person_merges" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"moved" jsonb NOT NULL,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	CONSTRAINT "person_merges_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "person_names" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"forenames" text NOT NULL,
	"surname" text NOT NULL,
	"full_name" text NOT NULL,
	"surname_norm" text NOT NULL,
	"keys" text[] NOT NULL,
	"date_of_birth" date,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "person_names_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "person_phones" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"number" text NOT NULL,
	"number_norm" text NOT NULL,
	"type" text DEFAULT 'mobile' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_phones_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"forenames" text NOT NULL,
	"surname" text NOT NULL,
	"date_of_birth" date,
	"gender" text DEFAULT 'unknown' NOT NULL,
	"ethnicity" text,
	"pnc_id" text,
	"email" text,
	"height_cm" integer,
	"build" text,
	"hair_colour" text,
	"eye_colour" text,
	"distinguishing_marks" text,
	"notes" text,
	"restricted" boolean DEFAULT false NOT NULL,
	"restriction_reason" text,
	"merged_into_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "pole_links" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"role" text NOT NULL,
	"person_id" uuid,
	"object_id" uuid,
	"location_id" uuid,
	"event_id" uuid,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "pole_links_force_id_id_pk" PRIMARY KEY("force_id","id"),
	CONSTRAINT "pole_links_two_ends" CHECK (("pole_links"."person_id" is not null)::int + ("pole_links"."object_id" is not null)::int + ("pole_links"."location_id" is not null)::int + ("pole_links"."event_id" is not null)::int = 2)
);
--> statement-breakpoint
CREATE TABLE "reference_counters" (
	"force_id" text NOT NULL,
	"series" text NOT NULL,
	"last_value" integer NOT NULL,
	CONSTRAINT "reference_counters_force_id_series_pk" PRIMARY KEY("force_id","series")
);
--> statement-breakpoint
CREATE TABLE "warning_markers" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"code" text NOT NULL,
	"reason" text NOT NULL,
	"source" text NOT NULL,
	"start_date" date NOT NULL,
	"review_date" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"end_reason" text,
	CONSTRAINT "warning_markers_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"entity_type" text,
	"entity_id" uuid,
	"assignee_user_id" uuid,
	"assignee_team" text,
	"due_at" timestamp with time zone NOT NULL,
	"escalate_to_role" text DEFAULT 'sergeant' NOT NULL,
	"escalated_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"outcome_reason" text,
	"outcome_detail" jsonb,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tasks_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_force_id_user_id_users_force_id_id_fk" FOREIGN KEY ("force_id","user_id") REFERENCES "public"."users"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_force_id_forces_id_fk" FOREIGN KEY ("force_id") REFERENCES "public"."forces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_access" ADD CONSTRAINT "person_access_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_addresses" ADD CONSTRAINT "person_addresses_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_addresses" ADD CONSTRAINT "person_addresses_force_id_location_id_locations_force_id_id_fk" FOREIGN KEY ("force_id","location_id") REFERENCES "public"."locations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_force_id_survivor_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","survivor_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_force_id_merged_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","merged_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_phones" ADD CONSTRAINT "person_phones_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pole_links" ADD CONSTRAINT "pole_links_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pole_links" ADD CONSTRAINT "pole_links_force_id_object_id_objects_force_id_id_fk" FOREIGN KEY ("force_id","object_id") REFERENCES "public"."objects"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pole_links" ADD CONSTRAINT "pole_links_force_id_location_id_locations_force_id_id_fk" FOREIGN KEY ("force_id","location_id") REFERENCES "public"."locations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pole_links" ADD CONSTRAINT "pole_links_force_id_event_id_events_force_id_id_fk" FOREIGN KEY ("force_id","event_id") REFERENCES "public"."events"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warning_markers" ADD CONSTRAINT "warning_markers_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_force_id_assignee_user_id_users_force_id_id_fk" FOREIGN KEY ("force_id","assignee_user_id") REFERENCES "public"."users"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("force_id","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_user_idx" ON "audit_log" USING btree ("force_id","user_id","at");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("force_id","at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("force_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE UNIQUE INDEX "events_reference_key" ON "events" USING btree ("force_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_reference_key" ON "locations" USING btree ("force_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_uprn_key" ON "locations" USING btree ("force_id","uprn");--> statement-breakpoint
CREATE INDEX "locations_postcode_idx" ON "locations" USING btree ("force_id","postcode_norm");--> statement-breakpoint
CREATE INDEX "locations_street_trgm_idx" ON "locations" USING gin ("street" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "objects_reference_key" ON "objects" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "objects_vrm_idx" ON "objects" USING btree ("force_id","vrm");--> statement-breakpoint
CREATE INDEX "objects_serial_idx" ON "objects" USING btree ("force_id","serial_number");--> statement-breakpoint
CREATE INDEX "person_addresses_person_idx" ON "person_addresses" USING btree ("force_id","person_id");--> statement-breakpoint
CREATE INDEX "person_addresses_location_idx" ON "person_addresses" USING btree ("force_id","location_id");--> statement-breakpoint
CREATE INDEX "person_names_person_idx" ON "person_names" USING btree ("force_id","person_id");--> statement-breakpoint
CREATE INDEX "person_names_keys_idx" ON "person_names" USING gin ("keys");--> statement-breakpoint
CREATE INDEX "person_names_full_trgm_idx" ON "person_names" USING gin ("full_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_names_surname_prefix_idx" ON "person_names" USING btree ("force_id","surname_norm" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "person_phones_number_idx" ON "person_phones" USING btree ("force_id","number_norm");--> statement-breakpoint
CREATE INDEX "person_phones_person_idx" ON "person_phones" USING btree ("force_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_reference_key" ON "persons" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "persons_pnc_idx" ON "persons" USING btree ("force_id","pnc_id");--> statement-breakpoint
CREATE INDEX "pole_links_person_idx" ON "pole_links" USING btree ("force_id","person_id");--> statement-breakpoint
CREATE INDEX "pole_links_event_idx" ON "pole_links" USING btree ("force_id","event_id");--> statement-breakpoint
CREATE INDEX "pole_links_object_idx" ON "pole_links" USING btree ("force_id","object_id");--> statement-breakpoint
CREATE INDEX "pole_links_location_idx" ON "pole_links" USING btree ("force_id","location_id");--> statement-breakpoint
CREATE INDEX "warning_markers_person_idx" ON "warning_markers" USING btree ("force_id","person_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("force_id","assignee_user_id","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_team_idx" ON "tasks" USING btree ("force_id","assignee_team","status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_due_idx" ON "tasks" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "tasks_entity_idx" ON "tasks" USING btree ("force_id","entity_id");