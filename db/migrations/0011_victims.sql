CREATE TABLE "victim_contact_crimes" (
	"force_id" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	CONSTRAINT "victim_contact_crimes_force_id_contact_id_victim_id_pk" PRIMARY KEY("force_id","contact_id","victim_id")
);
--> statement-breakpoint
CREATE TABLE "victim_contacts" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"made" boolean NOT NULL,
	"contacted_at" timestamp with time zone NOT NULL,
	"method" text NOT NULL,
	"summary" text,
	"no_contact_reason_code" text,
	"no_contact_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "victim_contacts_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victim_contracts" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	"update_interval_days" integer NOT NULL,
	"method" text NOT NULL,
	"update_points" text NOT NULL,
	"agreed_at" timestamp with time zone NOT NULL,
	"agreed_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_contracts_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victim_entitlements" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	"event" text NOT NULL,
	"event_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"level" text NOT NULL,
	"code_version" text NOT NULL,
	"task_id" uuid NOT NULL,
	"contact_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_entitlements_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victim_referrals" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	"service_code" text NOT NULL,
	"basis" text NOT NULL,
	"status" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"status_at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_referrals_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victim_review_requests" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"decision_told_at" timestamp with time zone NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"late" boolean NOT NULL,
	"grounds" text NOT NULL,
	"task_id" uuid NOT NULL,
	"recorded_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_review_requests_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victim_personal_statements" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "victim_personal_statements_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victim_support_services" (
	"force_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"specialism" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victim_support_services_force_id_code_pk" PRIMARY KEY("force_id","code")
);
--> statement-breakpoint
CREATE TABLE "victim_surveys" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_id" uuid NOT NULL,
	"surveyed_at" timestamp with time zone NOT NULL,
	"whole_experience" text,
	"ease_of_contact" text,
	"actions_taken" text,
	"kept_informed" text,
	"treatment" text,
	"comments" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "victim_surveys_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "victims" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"crime_id" uuid NOT NULL,
	"crime_person_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"code_version" text NOT NULL,
	"level" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"business_victim" boolean DEFAULT false NOT NULL,
	"vulnerabilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"intimidated" boolean DEFAULT false NOT NULL,
	"persistently_targeted" boolean DEFAULT false NOT NULL,
	"bereaved_relative" boolean DEFAULT false NOT NULL,
	"language" text,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"communication_needs" text,
	"special_measures" text,
	"preferred_contact_method" text NOT NULL,
	"contact_details" text,
	"referral_consent" text NOT NULL,
	"oic_user_id" uuid NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	"assessed_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "victims_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "closes_via" text;--> statement-breakpoint
ALTER TABLE "victim_contact_crimes" ADD CONSTRAINT "victim_contact_crimes_force_id_contact_id_victim_contacts_force_id_id_fk" FOREIGN KEY ("force_id","contact_id") REFERENCES "public"."victim_contacts"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_contact_crimes" ADD CONSTRAINT "victim_contact_crimes_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_contacts" ADD CONSTRAINT "victim_contacts_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_contracts" ADD CONSTRAINT "victim_contracts_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_entitlements" ADD CONSTRAINT "victim_entitlements_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_entitlements" ADD CONSTRAINT "victim_entitlements_force_id_task_id_tasks_force_id_id_fk" FOREIGN KEY ("force_id","task_id") REFERENCES "public"."tasks"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_entitlements" ADD CONSTRAINT "victim_entitlements_force_id_contact_id_victim_contacts_force_id_id_fk" FOREIGN KEY ("force_id","contact_id") REFERENCES "public"."victim_contacts"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_referrals" ADD CONSTRAINT "victim_referrals_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_referrals" ADD CONSTRAINT "victim_referrals_force_id_service_code_victim_support_services_force_id_code_fk" FOREIGN KEY ("force_id","service_code") REFERENCES "public"."victim_support_services"("force_id","code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_review_requests" ADD CONSTRAINT "victim_review_requests_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_review_requests" ADD CONSTRAINT "victim_review_requests_force_id_task_id_tasks_force_id_id_fk" FOREIGN KEY ("force_id","task_id") REFERENCES "public"."tasks"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_personal_statements" ADD CONSTRAINT "victim_personal_statements_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_surveys" ADD CONSTRAINT "victim_surveys_force_id_victim_id_victims_force_id_id_fk" FOREIGN KEY ("force_id","victim_id") REFERENCES "public"."victims"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victims" ADD CONSTRAINT "victims_force_id_crime_id_crimes_force_id_id_fk" FOREIGN KEY ("force_id","crime_id") REFERENCES "public"."crimes"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victims" ADD CONSTRAINT "victims_force_id_crime_person_id_crime_persons_force_id_id_fk" FOREIGN KEY ("force_id","crime_person_id") REFERENCES "public"."crime_persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victims" ADD CONSTRAINT "victims_force_id_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victims" ADD CONSTRAINT "victims_force_id_oic_user_id_users_force_id_id_fk" FOREIGN KEY ("force_id","oic_user_id") REFERENCES "public"."users"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "victim_contact_crimes_victim_idx" ON "victim_contact_crimes" USING btree ("force_id","victim_id");--> statement-breakpoint
CREATE INDEX "victim_contacts_person_idx" ON "victim_contacts" USING btree ("force_id","person_id","contacted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "victim_contracts_victim_key" ON "victim_contracts" USING btree ("force_id","victim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "victim_entitlements_task_key" ON "victim_entitlements" USING btree ("force_id","task_id");--> statement-breakpoint
CREATE INDEX "victim_entitlements_victim_idx" ON "victim_entitlements" USING btree ("force_id","victim_id","due_at");--> statement-breakpoint
CREATE INDEX "victim_referrals_victim_idx" ON "victim_referrals" USING btree ("force_id","victim_id");--> statement-breakpoint
CREATE INDEX "victim_reviews_victim_idx" ON "victim_review_requests" USING btree ("force_id","victim_id");--> statement-breakpoint
CREATE INDEX "victim_vps_victim_idx" ON "victim_personal_statements" USING btree ("force_id","victim_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "victim_surveys_victim_key" ON "victim_surveys" USING btree ("force_id","victim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "victims_crime_person_key" ON "victims" USING btree ("force_id","crime_person_id");--> statement-breakpoint
CREATE INDEX "victims_person_idx" ON "victims" USING btree ("force_id","person_id");--> statement-breakpoint
CREATE INDEX "victims_oic_idx" ON "victims" USING btree ("force_id","oic_user_id");