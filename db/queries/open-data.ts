/**
 * Reads of the open-data API (/api/v1). Only versions whose status is "published" ever leave
 * these queries: drafts, submissions, returned and superseded versions are filtered out in SQL,
 * in every query, and the tests prove it for each.
 */
import { and, asc, count, eq, exists, inArray, sql, type SQL } from "drizzle-orm";
import { HEADLINE_MEASURES, type HeadlineFigures, type HeadlineMeasure, type HeadlineTotals } from "../../lib/disclosure/figures";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import type { Executor } from "../client";
import { departments, disclosureVersions, disclosures, regions } from "../schema";
import { canonicalRef, resolveDepartmentRef } from "./department-ref";

const published = eq(disclosureVersions.status, "published");

export interface RegionRef {
  code: string;
  name: string;
  province: string;
}

export interface PublicDepartment {
  code: string;
  /** What addresses name it by (lib/department-ref.ts): its code, or "region_code" for a later county's same code. */
  ref: string;
  name: string;
  region: RegionRef;
  demo: boolean;
  publishedYears: number[];
}

/** One published disclosure, without its document. */
export interface PublishedEntry {
  versionId: number;
  departmentId: number;
  departmentCode: string;
  departmentRef: string;
  departmentName: string;
  region: RegionRef;
  year: number;
  versionNo: number;
  publishedAt: Date;
  /** The department or this disclosure is invented demonstration data (示例数据). */
  demo: boolean;
  departmentDemo: boolean;
  figures: HeadlineFigures;
}

export interface Paging {
  page: number;
  pageSize: number;
}

const FIGURE_COLUMNS = Object.fromEntries(HEADLINE_MEASURES.map((m) => [m, disclosureVersions[m]])) as {
  [M in HeadlineMeasure]: (typeof disclosureVersions)[M];
};
const REGION = { code: regions.code, name: regions.name, province: regions.province };

const hasPublication = (db: Executor) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(disclosureVersions)
      .where(and(published, eq(disclosureVersions.departmentId, departments.id))),
  );

/** Departments with at least one published disclosure, by code, one page at a time. */
export async function listPublicDepartments(db: Executor, paging: Paging) {
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: departments.id, code: departments.code, ref: canonicalRef, name: departments.name, demo: departments.isDemo, region: REGION })
      .from(departments)
      .innerJoin(regions, eq(regions.id, departments.regionId))
      .where(hasPublication(db))
      .orderBy(asc(departments.code), asc(departments.id))
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize),
    db.select({ n: count() }).from(departments).where(hasPublication(db)),
  ]);
  const years = rows.length
    ? await db
        .select({ departmentId: disclosureVersions.departmentId, year: disclosureVersions.year })
        .from(disclosureVersions)
        .where(and(published, inArray(disclosureVersions.departmentId, rows.map((r) => r.id))))
        .orderBy(asc(disclosureVersions.year))
    : [];
  const data: PublicDepartment[] = rows.map(({ id, ...row }) => ({
    ...row,
    publishedYears: years.filter((y) => y.departmentId === id).map((y) => y.year),
  }));
  return { rows: data, total: total?.n ?? 0 };
}

function entryQuery(db: Executor, where: SQL | undefined) {
  return db
    .select({
      versionId: disclosureVersions.id,
      departmentId: departments.id,
      departmentCode: departments.code,
      departmentRef: canonicalRef,
      departmentName: departments.name,
      region: REGION,
      year: disclosureVersions.year,
      versionNo: disclosureVersions.versionNo,
      publishedAt: disclosureVersions.publishedAt,
      departmentDemo: departments.isDemo,
      disclosureDemo: disclosures.isDemo,
      figures: FIGURE_COLUMNS,
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(regions, eq(regions.id, departments.regionId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(and(published, where))
    .orderBy(asc(disclosureVersions.year), asc(departments.code), asc(departments.id))
    .$dynamic();
}

type EntryRow = Awaited<ReturnType<typeof entryQuery>>[number];

function toEntry({ disclosureDemo, publishedAt, ...row }: EntryRow): PublishedEntry {
  // A published version always has publishedAt (check versions_published_at).
  return { ...row, publishedAt: publishedAt ?? new Date(0), demo: row.departmentDemo || disclosureDemo };
}

/** A department (by ref: lib/department-ref.ts) with every published disclosure of it, oldest year first. */
export async function getPublicDepartment(db: Executor, ref: string) {
  const department = await resolveDepartmentRef(db, ref);
  if (!department) return null;
  const entries = (await entryQuery(db, eq(departments.id, department.id))).map(toEntry);
  const first = entries[0];
  if (!first) return null;
  const result: PublicDepartment & { entries: PublishedEntry[] } = {
    code: first.departmentCode,
    ref: first.departmentRef,
    name: first.departmentName,
    region: first.region,
    demo: first.departmentDemo,
    publishedYears: entries.map((e) => e.year),
    entries,
  };
  return result;
}

/** Published disclosures, filtered by year and department (its ref), by year then code. */
export async function listPublishedDisclosures(db: Executor, filter: Paging & { year?: number; department?: string }) {
  const department = filter.department === undefined ? undefined : await resolveDepartmentRef(db, filter.department);
  if (department === null) return { rows: [], total: 0 };
  const where = and(
    filter.year === undefined ? undefined : eq(disclosureVersions.year, filter.year),
    department === undefined ? undefined : eq(departments.id, department.id),
  );
  const [rows, [total]] = await Promise.all([
    entryQuery(db, where)
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ n: count() })
      .from(disclosureVersions)
      .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
      .where(and(published, where)),
  ]);
  return { rows: rows.map(toEntry), total: total?.n ?? 0 };
}

/** Every published disclosure of a year (the bulk downloads). */
export async function publishedOfYear(db: Executor, year: number): Promise<PublishedEntry[]> {
  return (await entryQuery(db, eq(disclosureVersions.year, year))).map(toEntry);
}

/** One published disclosure (department by ref) with its document, and last year's published one (for the checks). */
export async function getPublishedDisclosureDetail(db: Executor, ref: string, year: number) {
  const department = await resolveDepartmentRef(db, ref);
  if (!department) return null;
  const [row] = await entryQuery(db, and(eq(departments.id, department.id), eq(disclosureVersions.year, year))).limit(1);
  if (!row) return null;
  const documents = await db
    .select({ year: disclosureVersions.year, document: disclosureVersions.document })
    .from(disclosureVersions)
    .where(and(published, eq(disclosureVersions.departmentId, row.departmentId), inArray(disclosureVersions.year, [year, year - 1])));
  const document = documents.find((d) => d.year === year)?.document;
  if (!document) return null;
  return { entry: toEntry(row), document, previous: documents.find((d) => d.year === year - 1)?.document ?? null };
}

/** The documents of published versions, by version id (the Fiscal Data Package's budget lines). */
export async function publishedDocuments(db: Executor, versionIds: number[]): Promise<Map<number, DisclosureDocument>> {
  if (versionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: disclosureVersions.id, document: disclosureVersions.document })
    .from(disclosureVersions)
    .where(and(published, inArray(disclosureVersions.id, versionIds)));
  return new Map(rows.map((r) => [r.id, r.document]));
}

export interface YearTotals {
  disclosureCount: number;
  demoDisclosureCount: number;
  /** Σ of each headline measure over the published disclosures that state it (demo ones included). */
  totals: HeadlineTotals;
  /** How many of those disclosures do not state the measure (未列示): left out of its total, not summed as 0. */
  notStated: Record<HeadlineMeasure, number>;
}

export type YearRegionTotals = YearTotals & { year: number; region: RegionRef };

const SUMS = Object.fromEntries(
  HEADLINE_MEASURES.map((m) => [m, sql<number>`coalesce(sum(${disclosureVersions[m]}), 0)`.mapWith(Number)]),
) as Record<HeadlineMeasure, SQL<number>>;

const NOT_STATED_COUNTS = Object.fromEntries(
  HEADLINE_MEASURES.map((m) => [m, sql<number>`count(*) filter (where ${disclosureVersions[m]} is null)`.mapWith(Number)]),
) as Record<HeadlineMeasure, SQL<number>>;

/** Counts and totals of the published disclosures per year and county (lib/open-data/years.ts sums them up). */
export async function publishedTotalsByYearAndRegion(db: Executor): Promise<YearRegionTotals[]> {
  return db
    .select({
      year: disclosureVersions.year,
      region: REGION,
      disclosureCount: count(),
      demoDisclosureCount: sql<number>`count(*) filter (where ${departments.isDemo} or ${disclosures.isDemo})`.mapWith(Number),
      totals: SUMS,
      notStated: NOT_STATED_COUNTS,
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(regions, eq(regions.id, departments.regionId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(published)
    .groupBy(disclosureVersions.year, regions.id)
    .orderBy(asc(disclosureVersions.year), asc(regions.code));
}
