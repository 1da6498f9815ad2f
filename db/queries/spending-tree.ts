/**
 * 支出去向 of a county-year: the expenditure lines of every published disclosure of the year,
 * summed per 支出功能分类 项 in the database (one row per code, not one document per department),
 * for lib/disclosure/tables/spending.ts to roll up 类 → 款 → 项 exactly as it does one
 * disclosure. Published versions only. A document published without its tables (lines null, or
 * a version-1 document, which has no lines at all) adds nothing and is counted apart, so the page
 * can say how many departments the sum covers.
 */
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { CodedAmount } from "../../lib/disclosure/tables/spending";
import type { Executor } from "../client";
import { departments, disclosureVersions, disclosures } from "../schema";

export interface CountySpending {
  year: number;
  /** Departments that published a disclosure for the year. */
  departments: number;
  /** Of them, those whose disclosure holds budget lines: the ones the sum covers. */
  withLines: number;
  /** In how many counties (more than one on a province-wide platform with no county chosen). */
  counties: number;
  /** Some of them are invented (示例数据). */
  includesDemo: boolean;
  /** Σ amount per function 项, in code order. */
  lines: CodedAmount[];
}

/** The lines of a document that has them, as a jsonb array ('[]' for none: lines null or absent). */
const expenditureLines = sql`case when jsonb_typeof(${disclosureVersions.document} -> 'lines' -> 'expenditure') = 'array'
  then ${disclosureVersions.document} -> 'lines' -> 'expenditure' else '[]'::jsonb end`;
/** As lib/disclosure/line-sums.ts hasLines: some line holds an amount. */
const hasLines = sql<boolean>`jsonb_path_exists(${disclosureVersions.document}, '$.lines.expenditure[*] ? (@.amount != 0)')`;

function scope(year: number, regionId: number | null): SQL | undefined {
  return and(eq(disclosureVersions.status, "published"), eq(disclosureVersions.year, year), regionId == null ? undefined : eq(departments.regionId, regionId));
}

/** The year's 支出去向 over every county's published disclosures, or one county's (`regionId`). */
export async function countySpending(db: Executor, year: number, regionId: number | null = null): Promise<CountySpending> {
  const [counts] = await db
    .select({
      departments: sql<number>`count(*)::int`.mapWith(Number),
      withLines: sql<number>`(count(*) filter (where ${hasLines}))::int`.mapWith(Number),
      counties: sql<number>`count(distinct ${departments.regionId})::int`.mapWith(Number),
      includesDemo: sql<boolean>`coalesce(bool_or(${departments.isDemo} or ${disclosures.isDemo}), false)`,
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(scope(year, regionId));

  const each = db
    .select({ line: sql<unknown>`jsonb_array_elements(${expenditureLines})`.as("line") })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(scope(year, regionId))
    .as("each_line");
  const code = sql<string>`${each.line} ->> 'functionCode'`;
  // sum(bigint) is numeric in PostgreSQL: back to bigint, then to an exact JS integer.
  const rows = await db
    .select({ functionCode: code, amount: sql<number>`sum((${each.line} ->> 'amount')::bigint)::bigint`.mapWith(Number) })
    .from(each)
    .groupBy(code)
    .orderBy(code);

  return {
    year,
    departments: counts?.departments ?? 0,
    withLines: counts?.withLines ?? 0,
    counties: counts?.counties ?? 0,
    includesDemo: counts?.includesDemo ?? false,
    lines: rows,
  };
}
