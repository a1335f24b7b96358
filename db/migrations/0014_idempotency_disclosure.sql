CREATE TABLE "idempotent_requests" (
	"force_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer,
	"headers" jsonb,
	"body" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotent_requests_force_id_user_id_key_pk" PRIMARY KEY("force_id","user_id","key")
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "person_ids" uuid[];--> statement-breakpoint
CREATE INDEX "audit_person_ids_idx" ON "audit_log" USING gin ("person_ids");