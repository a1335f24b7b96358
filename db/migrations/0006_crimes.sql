CREATE TABLE "crime_audit_items" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_reference" text NOT NULL,
	"crime_id" uuid,
	"crime_disclosed" boolean,
	"recorded" boolean,
	"expected_code" text,
	"correct_classification" boolean,
	"within_time" boolean,
	"domestic_abuse" boolean DEFAULT false NOT NULL,
	"notes" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "crime_audit_items_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "crime_audits" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"population" text NOT NULL,
	"groups" text[] NOT NULL,
	"requested_size" integer NOT NULL,
	"population_size" integer NOT NULL,
	"seed" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"results" jsonb,
	"completed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crime_audits_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "crime_history" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"crime_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"user_id" uuid NOT NULL,
	"username" text NOT NULL,
	"action" text NOT NULL,
	"from_code" text,
	"to_code" text,
	"cancellation_code" text,
	"reason" text,
	"additional_verifiable_information" text,
	"detail" jsonb,
	CONSTRAINT "crime_history_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "crime_persons" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"crime_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"role" text NOT NULL,
	"vulnerable" boolean DEFAULT false NOT NULL,
	"repeat" boolean DEFAULT false NOT NULL,
	"child" boolean DEFAULT false NOT NULL,
	"officer_judges_vulnerable" boolean DEFAULT false NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crime_persons_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "crimes" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"event_id" uuid NOT NULL,
	"classification_code" text NOT NULL,
	"classification_version" text NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"committed_from" timestamp with time zone NOT NULL,
	"committed_to" timestamp with time zone,
	"reported_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"location_id" uuid,
	"district" text,
	"victim_organisation" text,
	"summary" text NOT NULL,
	"modus_operandi" text,
	"flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"hate_strands" text[] DEFAULT '{}'::text[] NOT NULL,
	"vulnerable_victim" boolean DEFAULT false NOT NULL,
	"repeat_victim" boolean DEFAULT false NOT NULL,
	"incident_id" uuid,
	"outcome" text,
	"cancellation_code" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" uuid,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "crimes_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
ALTER TABLE "crime_audit_items" ADD CONSTRAINT "crime_audit_items_force_id_audit_id_crime_audits_force_id_id_fk" FOREIGN KEY ("force_id","audit_id") REFERENCES "public"."crime_audits"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_history" ADD CONSTRAINT "crime_history_force_id_crime_id_crimes_force_id_id_fk" FOREIGN KEY ("force_id","crime_id") REFERENCES "public"."crimes"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_persons" ADD CONSTRAINT "crime_persons_force_id_crime_id_crimes_force_id_id_fk" FOREIGN KEY ("force_id","crime_id") REFERENCES "public"."crimes"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crime_persons" ADD CONSTRAINT "crime_persons_force_id_link_id_pole_links_force_id_id_fk" FOREIGN KEY ("force_id","link_id") REFERENCES "public"."pole_links"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crimes" ADD CONSTRAINT "crimes_force_id_event_id_events_force_id_id_fk" FOREIGN KEY ("force_id","event_id") REFERENCES "public"."events"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crimes" ADD CONSTRAINT "crimes_force_id_location_id_locations_force_id_id_fk" FOREIGN KEY ("force_id","location_id") REFERENCES "public"."locations"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "crime_audit_items_position_key" ON "crime_audit_items" USING btree ("force_id","audit_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "crime_audits_reference_key" ON "crime_audits" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "crime_history_crime_idx" ON "crime_history" USING btree ("force_id","crime_id","at");--> statement-breakpoint
CREATE INDEX "crime_persons_crime_idx" ON "crime_persons" USING btree ("force_id","crime_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crime_persons_link_key" ON "crime_persons" USING btree ("force_id","link_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crimes_reference_key" ON "crimes" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "crimes_recorded_idx" ON "crimes" USING btree ("force_id","recorded_at");--> statement-breakpoint
CREATE INDEX "crimes_committed_idx" ON "crimes" USING btree ("force_id","committed_from");--> statement-breakpoint
CREATE INDEX "crimes_class_idx" ON "crimes" USING btree ("force_id","classification_code");--> statement-breakpoint
CREATE INDEX "crimes_incident_idx" ON "crimes" USING btree ("force_id","incident_id");--> statement-breakpoint
CREATE INDEX "crimes_flags_idx" ON "crimes" USING gin ("flags");