/**
 * Departments named by their public ref (lib/department-ref.ts): "434", or "130124_434" for a
 * later county's 434. Every public page, download and API endpoint that takes a department from
 * its address resolves it here, and every public list gives each row its canonical ref from
 * `canonicalRef`, so links and lookups agree.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { parseDepartmentRef, qualifiedRef } from "../../lib/department-ref";
import type { Executor } from "../client";
import { departments, disclosureVersions, regions } from "../schema";

/**
 * SQL for the canonical ref of the `departments` row in the query: its code, unless a department
 * created earlier (lower id) in another county holds the same code, then "region_code". One
 * probe of the departments_code index per row.
 */
export const canonicalRef = sql<string>`case when exists (
    select 1 from departments as earlier where earlier.code = ${departments.code} and earlier.id < ${departments.id}
  ) then (select r.code from regions as r where r.id = ${departments.regionId}) || '_' || ${departments.code}
  else ${departments.code} end`;

export interface ResolvedDepartment {
  id: number;
  code: string;
  /** The shortest ref naming it: what its links use. */
  ref: string;
  name: string;
  isDemo: boolean;
  regionCode: string;
  regionName: string;
  province: string;
}

/**
 * Every department of these codes, by id, each with its canonical ref: the first of a code (lowest
 * id) is named by the code alone, the others through their county (the rule of canonicalRef).
 */
async function withCodes(db: Executor, codes: string[]): Promise<ResolvedDepartment[]> {
  const rows = await db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      isDemo: departments.isDemo,
      regionCode: regions.code,
      regionName: regions.name,
      province: regions.province,
    })
    .from(departments)
    .innerJoin(regions, eq(regions.id, departments.regionId))
    .where(inArray(departments.code, codes))
    .orderBy(asc(departments.id));
  const named = new Set<string>();
  return rows.map((row) => {
    const first = !named.has(row.code);
    named.add(row.code);
    return { ...row, ref: first ? row.code : qualifiedRef(row.regionCode, row.code) };
  });
}

/**
 * The departments the refs name, by ref; a ref naming none is absent. Unpublished departments are
 * found too: the caller reads only what is published of them.
 */
export async function resolveDepartmentRefs(db: Executor, refs: readonly string[]): Promise<Map<string, ResolvedDepartment>> {
  const parsed = refs.flatMap((ref) => {
    const p = parseDepartmentRef(ref);
    return p ? [{ ref, ...p }] : [];
  });
  const found = new Map<string, ResolvedDepartment>();
  if (parsed.length === 0) return found;
  const rows = await withCodes(db, [...new Set(parsed.map((p) => p.code))]);
  for (const p of parsed) {
    // Rows are by id: a code alone names the first of its code.
    const row = rows.find((r) => r.code === p.code && (p.regionCode === null || r.regionCode === p.regionCode));
    if (row) found.set(p.ref, row);
  }
  return found;
}

export async function resolveDepartmentRef(db: Executor, ref: string): Promise<ResolvedDepartment | null> {
  return (await resolveDepartmentRefs(db, [ref])).get(ref) ?? null;
}

/**
 * The departments of a code, in every county, that have published something (for `year`, when
 * given), each with its canonical ref.
 */
export async function publishedWithCode(db: Executor, code: string, year?: number): Promise<ResolvedDepartment[]> {
  const rows = await withCodes(db, [code]);
  if (rows.length === 0) return [];
  const published = await db
    .selectDistinct({ departmentId: disclosureVersions.departmentId })
    .from(disclosureVersions)
    .where(
      and(
        eq(disclosureVersions.status, "published"),
        inArray(
          disclosureVersions.departmentId,
          rows.map((r) => r.id),
        ),
        year === undefined ? undefined : eq(disclosureVersions.year, year),
      ),
    );
  const withPublication = new Set(published.map((p) => p.departmentId));
  return rows.filter((r) => withPublication.has(r.id));
}

/**
 * Where a code alone (`ref`) names a department with nothing published there (for `year`, when
 * given): the departments of that code in other counties that have, for the visitor to choose
 * from instead of "not found". Empty for a county-qualified ref, which names its department only.
 */
export async function sameCodeChoices(db: Executor, ref: string, year?: number): Promise<ResolvedDepartment[]> {
  const parsed = parseDepartmentRef(ref);
  if (!parsed || parsed.regionCode !== null) return [];
  return publishedWithCode(db, parsed.code, year);
}

/**
 * The other counties' departments with the same code that have published something: a page
 * naming one of them says the others exist, so a visitor who typed a code alone finds theirs.
 */
export async function sameCodeElsewhere(db: Executor, department: { id: number; code: string }) {
  return (await publishedWithCode(db, department.code)).filter((d) => d.id !== department.id);
}
