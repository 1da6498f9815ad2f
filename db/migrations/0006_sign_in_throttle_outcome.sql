ALTER TABLE "sign_in_attempts" ADD COLUMN "outcome" text NOT NULL DEFAULT 'failed';--> statement-breakpoint
UPDATE "sign_in_attempts" SET "outcome" = CASE WHEN "succeeded" THEN 'succeeded' ELSE 'failed' END;--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ALTER COLUMN "outcome" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "sign_in_attempts" DROP COLUMN "succeeded";--> statement-breakpoint
ALTER TABLE "sign_in_attempts" ADD CONSTRAINT "sign_in_attempts_outcome" CHECK ("sign_in_attempts"."outcome" in ('pending', 'failed', 'succeeded', 'throttled'));
