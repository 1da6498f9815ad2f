CREATE TABLE "version_class_totals" (
	"version_id" integer NOT NULL,
	"scheme" text NOT NULL,
	"code" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "version_class_totals_version_id_scheme_code_pk" PRIMARY KEY("version_id","scheme","code"),
	CONSTRAINT "version_class_totals_scheme" CHECK ("version_class_totals"."scheme" in ('function', 'economic')),
	CONSTRAINT "version_class_totals_code" CHECK ("version_class_totals"."code" ~ '^([0-9]{3}([0-9]{2}){0,2})?$'),
	CONSTRAINT "version_class_totals_amount_non_negative" CHECK ("version_class_totals"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "version_class_totals" ADD CONSTRAINT "version_class_totals_version_id_disclosure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."disclosure_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Backfill: the class totals of every version published before this migration, in the same
-- transaction as the table (no reader ever sees it empty). This is lib/classification/measure.ts
-- classTotals written over the stored JSON, statement for statement: no row when the lines were
-- not published (document.lines null or absent: a schemaVersion 1 document, which the upgrade
-- reads as lines null); otherwise each scheme's whole ("", 0 when no line), and every line
-- counted once for each prefix of its code of the lengths CLASS_TOTAL_LENGTHS names (function
-- 0, 3, 5, 7; economic 0, 3, 5) that the code is long enough for, summed exactly in bigint.
-- db/class-totals-migration.test.ts migrates a database published under 0013 and holds every
-- row equal to classTotals. New publications are written by db/queries/versions.ts alone.
INSERT INTO "version_class_totals" ("version_id", "scheme", "code", "amount")
SELECT v."id", s.scheme, s.code, sum(s.amount)
FROM "disclosure_versions" v
CROSS JOIN LATERAL (
	SELECT 'function' AS scheme, '' AS code, 0::bigint AS amount
	UNION ALL SELECT 'economic', '', 0::bigint
	UNION ALL SELECT 'function', left(l ->> 'functionCode', n), (l ->> 'amount')::bigint
		FROM jsonb_array_elements(v."document" -> 'lines' -> 'expenditure') l, unnest(array[0, 3, 5, 7]) n
		WHERE char_length(l ->> 'functionCode') >= n
	UNION ALL SELECT 'economic', left(l ->> 'economicCode', n), (l ->> 'amount')::bigint
		FROM jsonb_array_elements(v."document" -> 'lines' -> 'economic') l, unnest(array[0, 3, 5]) n
		WHERE char_length(l ->> 'economicCode') >= n
) s
WHERE v."status" = 'published' AND jsonb_typeof(v."document" -> 'lines') = 'object'
GROUP BY v."id", s.scheme, s.code;
