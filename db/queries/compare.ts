/**
 * The public comparison: the selected departments' published headline figures (two queries: the
 * departments the refs name, then their figures), the department search (one query, at most
 * `limit` rows) and the years anyone has published.
 * Only published versions are read; drafts, submissions and superseded versions never match.
 */
import { and, asc, eq, exists, ilike, inArray, like, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { classExistsIn, classRef, isClassMeasure, type Measure } from "../../lib/classification/measure";
import type { CompareDepartment, CompareFigure, DepartmentMatch } from "../../lib/compare/table";
import type { Executor } from "../client";
import { departments, disclosureVersions, fiscalYears } from "../schema";
import { canonicalRef, resolveDepartmentRefs } from "./department-ref";
import { classAmountSql } from "./class-measures";

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
  /** The requested departments that have published data, in code order (then by county). */
  departments: CompareDepartment[];
  figures: CompareFigure[];
  /** Each requested ref that names one of `departments`, to that department's canonical ref. */
  canonical: Map<string, string>;
}

/**
 * The departments the refs name (lib/department-ref.ts), then one query: each of them with
 * published data, left-joined to its published versions of the requested years. A department
 * without a figure for a year still comes back, so the caller can tell "unknown" from "not
 * published that year".
 */
export async function compareFigures(
  db: Executor,
  scope: { departmentRefs: readonly string[]; years: readonly number[]; measure: Measure },
): Promise<ComparedFigures> {
  const result: ComparedFigures = { departments: [], figures: [], canonical: new Map() };
  const named = await resolveDepartmentRefs(db, scope.departmentRefs);
  if (named.size === 0) return result;
  const byId = new Map([...named.values()].map((d) => [d.id, d]));
  const value = isClassMeasure(scope.measure) ? classAmountSql(scope.measure, scope.years) : disclosureVersions[scope.measure];
  const ref = isClassMeasure(scope.measure) ? classRef(scope.measure) : null;
  const rows = await db
    .select({ id: departments.id, year: disclosureVersions.year, value })
    .from(departments)
    .leftJoin(
      disclosureVersions,
      and(
        eq(disclosureVersions.departmentId, departments.id),
        eq(disclosureVersions.status, "published"),
        scope.years.length > 0 ? inArray(disclosureVersions.year, [...scope.years]) : sql`false`,
      ),
    )
    .where(and(inArray(departments.id, [...byId.keys()]), hasPublished(db)))
    .orderBy(asc(departments.code), asc(departments.id), asc(disclosureVersions.year));
  const shown = new Set<number>();
  for (const row of rows) {
    const department = byId.get(row.id)!;
    if (!shown.has(row.id)) {
      shown.add(row.id);
      result.departments.push({ code: department.code, ref: department.ref, name: department.name, isDemo: department.isDemo });
    }
    if (row.year === null) continue; // no published version that year
    // A null value of a published version: the class is not stated in it (未列示), or the year has no such class.
    const absent = ref !== null && !classExistsIn(ref, row.year);
    result.figures.push({ departmentRef: department.ref, year: row.year, value: row.value, ...(absent ? { classAbsent: true as const } : {}) });
  }
  for (const [asked, department] of named) if (shown.has(department.id)) result.canonical.set(asked, department.ref);
  return result;
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
    .select({
      id: departments.id,
      code: departments.code,
      ref: sql<string>`${canonicalRef}`.as("ref"),
      name: departments.name,
      isDemo: departments.isDemo,
      rank: rank.as("rank"),
    })
    .from(departments)
    // LIKE, not ILIKE, on names: Chinese has no case, and ILIKE is ten times slower on CJK text.
    .where(and(or(ilike(departments.code, prefix), like(departments.name, `%${escapeLike(term)}%`)), hasPublished(db)))
    .orderBy(rank, asc(departments.code), asc(departments.id))
    .limit(limit)
    .as("matches");
  return db
    .select({
      code: matches.code,
      ref: matches.ref,
      name: matches.name,
      isDemo: matches.isDemo,
      // Correlated on the ranked matches; written out because drizzle leaves columns unqualified here.
      years: sql<number[]>`(select array_agg(y.year order by y.year) from disclosure_versions y where y.department_id = matches.id and y.status = 'published')`,
    })
    .from(matches)
    .orderBy(asc(matches.rank), asc(matches.code), asc(matches.id));
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
