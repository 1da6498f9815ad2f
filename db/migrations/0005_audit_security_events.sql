ALTER TABLE "audit_entries" ADD COLUMN "ip" text;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "subject_user_id" integer;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD COLUMN "subject_username" text;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_action_at" ON "audit_entries" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "audit_at" ON "audit_entries" USING btree ("at");