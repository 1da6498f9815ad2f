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

type Candidate = Omit<ResolvedDepartment, "ref">;

function candidates(db: Executor, codes: string[]): Promise<Candidate[]> {
  return db
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
  const rows = await candidates(db, [...new Set(parsed.map((p) => p.code))]);
  // Rows are by id: the first of each code is the one its code alone names.
  const first = new Map<string, number>();
  for (const row of rows) if (!first.has(row.code)) first.set(row.code, row.id);
  const withRef = (row: Candidate): ResolvedDepartment => ({
    ...row,
    ref: first.get(row.code) === row.id ? row.code : qualifiedRef(row.regionCode, row.code),
  });
  for (const p of parsed) {
    const row =
      p.regionCode === null
        ? rows.find((r) => r.code === p.code)
        : rows.find((r) => r.code === p.code && r.regionCode === p.regionCode);
    if (row) found.set(p.ref, withRef(row));
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
export async function publishedWithCode(db: Executor, code: string, year?: number) {
  const rows = await candidates(db, [code]);
  if (rows.length === 0) return [];
  const firstId = rows[0]!.id;
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
  return rows
    .filter((r) => withPublication.has(r.id))
    .map((r) => ({ ...r, ref: r.id === firstId ? r.code : qualifiedRef(r.regionCode, r.code) }));
}

/**
 * The other counties' departments with the same code that have published something: a page
 * naming one of them says the others exist, so a visitor who typed a code alone finds theirs.
 */
export async function sameCodeElsewhere(db: Executor, department: { id: number; code: string }) {
  return (await publishedWithCode(db, department.code)).filter((d) => d.id !== department.id);
}
