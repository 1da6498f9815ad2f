CREATE TABLE "classification_codes" (
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent" text,
	"valid_from" integer NOT NULL,
	"valid_to" integer,
	"source" text NOT NULL,
	CONSTRAINT "classification_codes_scheme_code_valid_from_pk" PRIMARY KEY("scheme","code","valid_from"),
	CONSTRAINT "classification_codes_scheme" CHECK ("classification_codes"."scheme" in ('function', 'economic')),
	CONSTRAINT "classification_codes_level" CHECK ("classification_codes"."level" in ('类', '款', '项')),
	CONSTRAINT "classification_codes_shape" CHECK ("classification_codes"."code" ~ '^[0-9]{3}([0-9]{2}){0,2}$'
        and char_length("classification_codes"."code") = case "classification_codes"."level" when '类' then 3 when '款' then 5 else 7 end
        and "classification_codes"."parent" is not distinct from case when "classification_codes"."level" = '类' then null else left("classification_codes"."code", -2) end),
	CONSTRAINT "classification_codes_years" CHECK ("classification_codes"."valid_to" is null or "classification_codes"."valid_to" >= "classification_codes"."valid_from")
);
--> statement-breakpoint
CREATE INDEX "classification_codes_parent" ON "classification_codes" USING btree ("scheme","parent");