/**
 * What the public may read: published versions, and the superseded ones they corrected (kept
 * public as the 更正记录). Drafts, submissions and returned versions never leave this file's queries.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { departments, disclosureVersions, disclosures } from "../schema";
import { canonicalRef, resolveDepartmentRef, sameCodeElsewhere } from "./department-ref";

const published = eq(disclosureVersions.status, "published");

export interface IndexEntry {
  code: string;
  /** What its addresses name it by (lib/department-ref.ts). */
  ref: string;
  name: string;
  isDemo: boolean;
  years: number[];
}

/** Departments with their published years, by code (then by county). */
export async function listPublishedDepartments(db: Executor): Promise<IndexEntry[]> {
  const rows = await db
    .select({
      id: departments.id,
      code: departments.code,
      ref: canonicalRef,
      name: departments.name,
      isDemo: departments.isDemo,
      year: disclosureVersions.year,
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(published)
    .orderBy(asc(departments.code), asc(departments.id), asc(disclosureVersions.year));
  const byId = new Map<number, IndexEntry>();
  for (const { id, year, ...row } of rows) {
    const entry = byId.get(id) ?? { ...row, years: [] };
    entry.years.push(year);
    byId.set(id, entry);
  }
  return [...byId.values()];
}

async function publishedVersion(db: Executor, departmentId: number, year: number) {
  const [row] = await db
    .select()
    .from(disclosureVersions)
    .where(and(published, eq(disclosureVersions.departmentId, departmentId), eq(disclosureVersions.year, year)));
  return row ?? null;
}

/**
 * The published disclosure of a department (by ref: lib/department-ref.ts) and year, with last
 * year's for the checks and the other counties' departments of the same code.
 */
export async function getPublishedDisclosure(db: Executor, ref: string, year: number) {
  const department = await resolveDepartmentRef(db, ref);
  if (!department) return null;
  const version = await publishedVersion(db, department.id, year);
  if (!version) return null;
  const [disclosure] = await db.select().from(disclosures).where(eq(disclosures.id, version.disclosureId));
  const previous = await publishedVersion(db, department.id, year - 1);
  return {
    department,
    isDemo: department.isDemo || (disclosure?.isDemo ?? false),
    year,
    versionNo: version.versionNo,
    publishedAt: version.publishedAt,
    document: version.document,
    previousDocument: previous?.document ?? null,
    sameCode: await sameCodeElsewhere(db, department),
  };
}

export type PublishedDisclosure = NonNullable<Awaited<ReturnType<typeof getPublishedDisclosure>>>;

/**
 * 更正记录 and old versions: a published version and the ones it superseded. Superseded versions
 * were public once and stay public; drafts, submissions and returned versions never match here.
 */
const everPublished = inArray(disclosureVersions.status, ["published", "superseded"]);

/** Every publication of a department's disclosure for a year, oldest first. */
export async function publicationsOf(db: Executor, departmentId: number, year: number) {
  const rows = await db
    .select({
      versionNo: disclosureVersions.versionNo,
      status: disclosureVersions.status,
      publishedAt: disclosureVersions.publishedAt,
      correctionNote: disclosureVersions.correctionNote,
      document: disclosureVersions.document,
    })
    .from(disclosureVersions)
    .where(and(everPublished, eq(disclosureVersions.departmentId, departmentId), eq(disclosureVersions.year, year)))
    .orderBy(asc(disclosureVersions.versionNo));
  return rows.flatMap((row) => (row.publishedAt ? [{ ...row, publishedAt: row.publishedAt }] : []));
}

/** One published or superseded version by its number, with the current version's number. */
export async function getPublicVersion(db: Executor, ref: string, year: number, versionNo: number) {
  const department = await resolveDepartmentRef(db, ref);
  if (!department) return null;
  const [version] = await db
    .select()
    .from(disclosureVersions)
    .where(
      and(
        everPublished,
        eq(disclosureVersions.departmentId, department.id),
        eq(disclosureVersions.year, year),
        eq(disclosureVersions.versionNo, versionNo),
      ),
    );
  if (!version || !version.publishedAt) return null;
  const [disclosure] = await db.select().from(disclosures).where(eq(disclosures.id, version.disclosureId));
  const [current, previous] = await Promise.all([
    publishedVersion(db, department.id, year),
    publishedVersion(db, department.id, year - 1),
  ]);
  return {
    department,
    isDemo: department.isDemo || (disclosure?.isDemo ?? false),
    year,
    versionNo: version.versionNo,
    superseded: version.status === "superseded",
    publishedAt: version.publishedAt,
    document: version.document,
    currentVersionNo: current?.versionNo ?? null,
    previousDocument: previous?.document ?? null,
  };
}
