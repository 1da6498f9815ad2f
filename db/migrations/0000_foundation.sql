CREATE TYPE "public"."role" AS ENUM('editor', 'reviewer', 'admin');--> statement-breakpoint
CREATE TYPE "public"."version_status" AS ENUM('draft', 'submitted', 'returned', 'published', 'superseded');--> statement-breakpoint
CREATE TABLE "departments" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "departments_region_code" UNIQUE("region_id","code")
);
--> statement-breakpoint
CREATE TABLE "disclosure_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"disclosure_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	"year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"status" "version_status" DEFAULT 'draft' NOT NULL,
	"document" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"correction_note" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"total" bigint NOT NULL,
	"basic" bigint NOT NULL,
	"personnel" bigint NOT NULL,
	"public_funds" bigint NOT NULL,
	"project" bigint NOT NULL,
	"sangong_total" bigint NOT NULL,
	"sangong_abroad" bigint NOT NULL,
	"sangong_vehicle_purchase" bigint NOT NULL,
	"sangong_vehicle_operation" bigint NOT NULL,
	"sangong_reception" bigint NOT NULL,
	"operating_costs" bigint NOT NULL,
	"asset_total" bigint NOT NULL,
	CONSTRAINT "versions_disclosure_version_no" UNIQUE("disclosure_id","version_no"),
	CONSTRAINT "versions_version_no_positive" CHECK ("disclosure_versions"."version_no" >= 1),
	CONSTRAINT "versions_revision_positive" CHECK ("disclosure_versions"."revision" >= 1),
	CONSTRAINT "versions_published_at" CHECK (("disclosure_versions"."status" in ('published', 'superseded')) = ("disclosure_versions"."published_at" is not null)),
	CONSTRAINT "versions_figures_non_negative" CHECK (least("disclosure_versions"."total", "disclosure_versions"."basic", "disclosure_versions"."personnel", "disclosure_versions"."public_funds", "disclosure_versions"."project", "disclosure_versions"."sangong_total", "disclosure_versions"."sangong_abroad", "disclosure_versions"."sangong_vehicle_purchase", "disclosure_versions"."sangong_vehicle_operation", "disclosure_versions"."sangong_reception", "disclosure_versions"."operating_costs", "disclosure_versions"."asset_total") >= 0),
	CONSTRAINT "versions_document_amounts_non_negative" CHECK (not (jsonb_path_exists(document, '$.revenue.sources[*].amount ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.revenue.statedTotal ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.expenditure.personnel ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.expenditure.publicFunds ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.expenditure.projects[*].amount ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.expenditure.statedTotal ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.expenditure.statedBasic ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.expenditure.statedProject ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.change.prior.* ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.operatingCosts.items[*].amount ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.operatingCosts.statedTotal ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.sangong.current.* ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.sangong.prior.* ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.sangong.statedTotal ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.sangong.statedVehicle ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.performance.activities[*].budget ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.performance.activities[*].children[*].budget ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.lines[*].general ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.lines[*].fund ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.lines[*].specialAccount ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.lines[*].other ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.lines[*].otherChannels ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.lines[*].unitPrice ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.procurement.statedTotal ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.assets.plannedPurchases[*].amount ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.assets.statedPlannedTotal ? (@.type() == "number" && @ < 0)') or jsonb_path_exists(document, '$.assets.table.* ? (@.type() == "number" && @ < 0)')))
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" serial PRIMARY KEY NOT NULL,
	"department_id" integer NOT NULL,
	"year" integer NOT NULL,
	"approval_date" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosures_department_year" UNIQUE("department_id","year"),
	CONSTRAINT "disclosures_id_department_year" UNIQUE("id","department_id","year")
);
--> statement-breakpoint
CREATE TABLE "fiscal_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fiscal_years_range" CHECK ("fiscal_years"."year" between 1990 and 2100)
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"province" text NOT NULL,
	CONSTRAINT "regions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "user_departments" (
	"user_id" integer NOT NULL,
	"department_id" integer NOT NULL,
	CONSTRAINT "user_departments_user_id_department_id_pk" PRIMARY KEY("user_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "role" NOT NULL,
	"region_id" integer,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "disclosure_versions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosure_versions" ADD CONSTRAINT "versions_disclosure" FOREIGN KEY ("disclosure_id","department_id","year") REFERENCES "public"."disclosures"("id","department_id","year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_year_fiscal_years_year_fk" FOREIGN KEY ("year") REFERENCES "public"."fiscal_years"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_departments" ADD CONSTRAINT "user_departments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_departments" ADD CONSTRAINT "user_departments_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "departments_name" ON "departments" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "versions_one_published" ON "disclosure_versions" USING btree ("department_id","year") WHERE "disclosure_versions"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "versions_one_open" ON "disclosure_versions" USING btree ("disclosure_id") WHERE "disclosure_versions"."status" in ('draft', 'submitted', 'returned');--> statement-breakpoint
CREATE INDEX "versions_published_year_department" ON "disclosure_versions" USING btree ("year","department_id") WHERE "disclosure_versions"."status" = 'published';