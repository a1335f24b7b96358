CREATE TABLE "dash_assessments" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"victim_person_id" uuid NOT NULL,
	"perpetrator_person_id" uuid,
	"linked_type" text,
	"linked_id" uuid,
	"linked_reference" text,
	"incident_at" timestamp with time zone NOT NULL,
	"intimate_partner" boolean DEFAULT true NOT NULL,
	"answers" jsonb NOT NULL,
	"answer_notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"victim_declined" boolean DEFAULT false NOT NULL,
	"score" integer NOT NULL,
	"computed_level" text NOT NULL,
	"final_level" text NOT NULL,
	"level_basis" text NOT NULL,
	"level_reason" text,
	"children_present" boolean DEFAULT false NOT NULL,
	"children_resident" boolean DEFAULT false NOT NULL,
	"children_count" integer DEFAULT 0 NOT NULL,
	"power_of_arrest" boolean DEFAULT false NOT NULL,
	"arrested" boolean DEFAULT false NOT NULL,
	"no_arrest_reason" text,
	"no_arrest_note" text,
	"marac_reasons" text[] DEFAULT '{}' NOT NULL,
	"assessed_by" uuid NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL,
	"supervisor_id" uuid,
	"review_level" text,
	"review_reason" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"rules_version" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dash_assessments_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "dvds_applications" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"route" text NOT NULL,
	"source" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_relationship" text NOT NULL,
	"applicant_phone" text,
	"applicant_email" text,
	"safe_contact_note" text,
	"subject_name" text NOT NULL,
	"subject_details" text,
	"subject_person_id" uuid,
	"at_risk_person_id" uuid,
	"concern" text NOT NULL,
	"stage" text DEFAULT 'initial_checks' NOT NULL,
	"stage_due_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"identity_verified" boolean DEFAULT false NOT NULL,
	"decision" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"safety_plan" text,
	"disclosed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dvds_applications_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "idva_referrals" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"victim_person_id" uuid NOT NULL,
	"dash_assessment_id" uuid NOT NULL,
	"incident_at" timestamp with time zone NOT NULL,
	"referred_at" timestamp with time zone NOT NULL,
	"contacted_at" timestamp with time zone,
	"provider" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idva_referrals_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "marac_actions" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"meeting_id" uuid,
	"agency" text NOT NULL,
	"description" text NOT NULL,
	"owner" text,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marac_actions_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "marac_meetings" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"area" text NOT NULL,
	"meeting_at" timestamp with time zone NOT NULL,
	"agencies" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"outcome" text,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marac_meetings_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "marac_referrals" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"victim_person_id" uuid NOT NULL,
	"dash_assessment_id" uuid,
	"reasons" text[] NOT NULL,
	"reason_note" text,
	"is_repeat" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'referred' NOT NULL,
	"meeting_id" uuid,
	"outcome" text,
	"referred_by" uuid NOT NULL,
	"referred_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marac_referrals_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "protection_breaches" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"notice_id" uuid NOT NULL,
	"against" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"detail" text NOT NULL,
	"arrested" boolean NOT NULL,
	"no_arrest_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "protection_breaches_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "protection_notices" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"perpetrator_person_id" uuid NOT NULL,
	"victim_person_id" uuid NOT NULL,
	"dash_assessment_id" uuid,
	"grounds" text NOT NULL,
	"violence_or_threat" boolean NOT NULL,
	"necessary_to_protect" boolean NOT NULL,
	"conditions" text[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'awaiting_authorisation' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"authorised_by" uuid,
	"authorised_at" timestamp with time zone,
	"decision_reason" text,
	"served_at" timestamp with time zone,
	"hearing_due_at" timestamp with time zone,
	"hearing_at" timestamp with time zone,
	"court" text,
	"order_made_at" timestamp with time zone,
	"order_days" integer,
	"order_expires_at" timestamp with time zone,
	"hearing_outcome_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protection_notices_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
CREATE TABLE "safeguarding_referrals" (
	"force_id" text NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_person_id" uuid,
	"subject_description" text NOT NULL,
	"dash_assessment_id" uuid,
	"linked_type" text,
	"linked_id" uuid,
	"linked_reference" text,
	"concern" text NOT NULL,
	"risk_level" text,
	"child_harm_indicated" boolean DEFAULT false NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"school_notification_due_at" timestamp with time zone,
	"school_notified_at" timestamp with time zone,
	"status" text DEFAULT 'new' NOT NULL,
	"rag" text,
	"agency" text,
	"triage_note" text,
	"triaged_by" uuid,
	"triaged_at" timestamp with time zone,
	"decision_due_at" timestamp with time zone,
	"mash_outcome" text,
	"mash_outcome_note" text,
	"mash_outcome_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safeguarding_referrals_force_id_id_pk" PRIMARY KEY("force_id","id")
);
--> statement-breakpoint
ALTER TABLE "dash_assessments" ADD CONSTRAINT "dash_assessments_force_id_victim_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","victim_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dash_assessments" ADD CONSTRAINT "dash_assessments_force_id_perpetrator_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","perpetrator_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dash_assessments" ADD CONSTRAINT "dash_assessments_force_id_assessed_by_users_force_id_id_fk" FOREIGN KEY ("force_id","assessed_by") REFERENCES "public"."users"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dvds_applications" ADD CONSTRAINT "dvds_applications_force_id_subject_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","subject_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idva_referrals" ADD CONSTRAINT "idva_referrals_force_id_victim_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","victim_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idva_referrals" ADD CONSTRAINT "idva_referrals_force_id_dash_assessment_id_dash_assessments_force_id_id_fk" FOREIGN KEY ("force_id","dash_assessment_id") REFERENCES "public"."dash_assessments"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marac_actions" ADD CONSTRAINT "marac_actions_force_id_referral_id_marac_referrals_force_id_id_fk" FOREIGN KEY ("force_id","referral_id") REFERENCES "public"."marac_referrals"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marac_actions" ADD CONSTRAINT "marac_actions_force_id_meeting_id_marac_meetings_force_id_id_fk" FOREIGN KEY ("force_id","meeting_id") REFERENCES "public"."marac_meetings"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marac_referrals" ADD CONSTRAINT "marac_referrals_force_id_victim_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","victim_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marac_referrals" ADD CONSTRAINT "marac_referrals_force_id_dash_assessment_id_dash_assessments_force_id_id_fk" FOREIGN KEY ("force_id","dash_assessment_id") REFERENCES "public"."dash_assessments"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marac_referrals" ADD CONSTRAINT "marac_referrals_force_id_meeting_id_marac_meetings_force_id_id_fk" FOREIGN KEY ("force_id","meeting_id") REFERENCES "public"."marac_meetings"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_breaches" ADD CONSTRAINT "protection_breaches_force_id_notice_id_protection_notices_force_id_id_fk" FOREIGN KEY ("force_id","notice_id") REFERENCES "public"."protection_notices"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_notices" ADD CONSTRAINT "protection_notices_force_id_perpetrator_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","perpetrator_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_notices" ADD CONSTRAINT "protection_notices_force_id_victim_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","victim_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_force_id_subject_person_id_persons_force_id_id_fk" FOREIGN KEY ("force_id","subject_person_id") REFERENCES "public"."persons"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safeguarding_referrals" ADD CONSTRAINT "safeguarding_referrals_force_id_dash_assessment_id_dash_assessments_force_id_id_fk" FOREIGN KEY ("force_id","dash_assessment_id") REFERENCES "public"."dash_assessments"("force_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dash_assessments_reference_key" ON "dash_assessments" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "dash_assessments_victim_idx" ON "dash_assessments" USING btree ("force_id","victim_person_id","incident_at");--> statement-breakpoint
CREATE INDEX "dash_assessments_level_idx" ON "dash_assessments" USING btree ("force_id","final_level","assessed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dvds_applications_reference_key" ON "dvds_applications" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "dvds_applications_stage_idx" ON "dvds_applications" USING btree ("force_id","stage","stage_due_at");--> statement-breakpoint
CREATE INDEX "idva_referrals_referred_idx" ON "idva_referrals" USING btree ("force_id","referred_at");--> statement-breakpoint
CREATE INDEX "marac_actions_agency_idx" ON "marac_actions" USING btree ("force_id","agency","status","due_at");--> statement-breakpoint
CREATE INDEX "marac_actions_referral_idx" ON "marac_actions" USING btree ("force_id","referral_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marac_meetings_reference_key" ON "marac_meetings" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "marac_meetings_date_idx" ON "marac_meetings" USING btree ("force_id","meeting_at");--> statement-breakpoint
CREATE UNIQUE INDEX "marac_referrals_reference_key" ON "marac_referrals" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "marac_referrals_victim_idx" ON "marac_referrals" USING btree ("force_id","victim_person_id","referred_at");--> statement-breakpoint
CREATE INDEX "marac_referrals_meeting_idx" ON "marac_referrals" USING btree ("force_id","meeting_id");--> statement-breakpoint
CREATE INDEX "protection_breaches_notice_idx" ON "protection_breaches" USING btree ("force_id","notice_id");--> statement-breakpoint
CREATE UNIQUE INDEX "protection_notices_reference_key" ON "protection_notices" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "protection_notices_status_idx" ON "protection_notices" USING btree ("force_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "safeguarding_referrals_reference_key" ON "safeguarding_referrals" USING btree ("force_id","reference");--> statement-breakpoint
CREATE INDEX "safeguarding_referrals_queue_idx" ON "safeguarding_referrals" USING btree ("force_id","status","due_at");