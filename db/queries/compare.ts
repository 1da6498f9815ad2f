/**
 * The public comparison: the selected departments' published headline figures (one query), the
 * department search (one query, at most `limit` rows) and the years anyone has published.
 * Only published versions are read; drafts, submissions and superseded versions never match.
 */
import { and, asc, eq, exists, ilike, inArray, like, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { HeadlineMeasure } from "../../lib/disclosure/figures";
import type { CompareDepartment, CompareFigure } from "../../lib/compare/table";
import type { Executor } from "../client";
import { departments, disclosureVersions, fiscalYears } from "../schema";

const publishedVersion = alias(disclosureVersions, "any_published");

/** The department has at least one published disclosure (the versions_one_published index). */
const hasPublished = (db: Executor) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(publishedVersion)
      .where(and(eq(publishedVersion.departmentId, departments.id), eq(publishedVersion.status, "published"))),
  );

export interface ComparedFigures {
  /** The requested departments that have published data, in code order. */
  departments: CompareDepartment[];
  figures: CompareFigure[];
}

/**
 * One query: each requested department with published data, left-joined to its published
 * versions of the requested years. A department without a figure for a year still comes back,
 * so the caller can tell "unknown" from "not published that year".
 */
export async function compareFigures(
  db: Executor,
  scope: { departmentCodes: readonly string[]; years: readonly number[]; measure: HeadlineMeasure },
): Promise<ComparedFigures> {
  if (scope.departmentCodes.length === 0) return { departments: [], figures: [] };
  const rows = await db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      isDemo: departments.isDemo,
      year: disclosureVersions.year,
      value: disclosureVersions[scope.measure],
    })
    .from(departments)
    .leftJoin(
      disclosureVersions,
      and(
        eq(disclosureVersions.departmentId, departments.id),
        eq(disclosureVersions.status, "published"),
        scope.years.length > 0 ? inArray(disclosureVersions.year, [...scope.years]) : sql`false`,
      ),
    )
    .where(and(inArray(departments.code, [...scope.departmentCodes]), hasPublished(db)))
    .orderBy(asc(departments.code), asc(departments.id), asc(disclosureVersions.year));

  // Codes are unique per region; the public pages address departments by code alone, so the
  // first department with a code stands for it.
  const idOf = new Map<string, number>();
  const result: ComparedFigures = { departments: [], figures: [] };
  for (const row of rows) {
    if (!idOf.has(row.code)) {
      idOf.set(row.code, row.id);
      result.departments.push({ code: row.code, name: row.name, isDemo: row.isDemo });
    }
    if (idOf.get(row.code) !== row.id || row.year === null || row.value === null) continue;
    result.figures.push({ departmentCode: row.code, year: row.year, value: row.value });
  }
  return result;
}

export interface DepartmentMatch extends CompareDepartment {
  years: number[];
}

/** `%` and `_` typed by a visitor are matched literally. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Departments with published data whose code starts with, or whose name contains, `q`: the exact
 * code first, then codes, then names; with their published years. The matches are ranked and
 * limited before their years are gathered, so only `limit` departments' versions are read.
 */
export async function searchDepartments(db: Executor, q: string, limit = 20): Promise<DepartmentMatch[]> {
  const term = q.trim();
  if (term === "") return [];
  const prefix = `${escapeLike(term)}%`;
  const rank = sql<number>`case when ${departments.code} = ${term} then 0 when ${departments.code} ilike ${prefix} then 1 else 2 end`;
  const matches = db
    .select({ id: departments.id, code: departments.code, name: departments.name, isDemo: departments.isDemo, rank: rank.as("rank") })
    .from(departments)
    // LIKE, not ILIKE, on names: Chinese has no case, and ILIKE is ten times slower on CJK text.
    .where(and(or(ilike(departments.code, prefix), like(departments.name, `%${escapeLike(term)}%`)), hasPublished(db)))
    .orderBy(rank, asc(departments.code))
    .limit(limit)
    .as("matches");
  return db
    .select({
      code: matches.code,
      name: matches.name,
      isDemo: matches.isDemo,
      // Correlated on the ranked matches; written out because drizzle leaves columns unqualified here.
      years: sql<number[]>`(select array_agg(y.year order by y.year) from disclosure_versions y where y.department_id = matches.id and y.status = 'published')`,
    })
    .from(matches)
    .orderBy(asc(matches.rank), asc(matches.code));
}

/** The fiscal years with at least one published disclosure, ascending. */
export async function publishedYears(db: Executor): Promise<number[]> {
  const rows = await db
    .select({ year: fiscalYears.year })
    .from(fiscalYears)
    .where(
      exists(
        db
          .select({ one: sql`1` })
          .from(disclosureVersions)
          .where(and(eq(disclosureVersions.year, fiscalYears.year), eq(disclosureVersions.status, "published"))),
      ),
    )
    .orderBy(asc(fiscalYears.year));
  return rows.map((row) => row.year);
}
