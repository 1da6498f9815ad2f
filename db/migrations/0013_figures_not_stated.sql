ALTER TABLE "disclosure_versions" ALTER COLUMN "total" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "basic" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "personnel" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "public_funds" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "sangong_total" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "sangong_abroad" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "sangong_vehicle_purchase" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "sangong_vehicle_operation" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "sangong_reception" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ALTER COLUMN "operating_costs" DROP NOT NULL;