/**
 * The public statistics pages' reads: county totals by year, departments' headline figures,
 * one department's trend and a year's ranking. Published versions only (status "published": one
 * per department and year). Every page loads its data through these functions alone, so caching
 * can later wrap them in one place.
 */
import { and, asc, desc, eq, ilike, inArray, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { HEADLINE_MEASURES, type HeadlineFigures, type HeadlineMeasure, type HeadlineTotals } from "../../lib/disclosure/figures";
import type { Unit } from "../../lib/disclosure/schema";
import { sum, type Yuan } from "../../lib/money";
import type { Executor } from "../client";
import { departments, disclosureVersions, disclosures, regions } from "../schema";
import { canonicalRef, resolveDepartmentRef, sameCodeElsewhere } from "./department-ref";
import { classExistsIn, classRef, isClassMeasure, type Measure } from "../../lib/classification/measure";
import { measuredJoin } from "./class-measures";

const published = eq(disclosureVersions.status, "published");
const demo = sql<boolean>`(${departments.isDemo} or ${disclosures.isDemo})`;

const figureColumns = {
  total: disclosureVersions.total,
  basic: disclosureVersions.basic,
  personnel: disclosureVersions.personnel,
  publicFunds: disclosureVersions.publicFunds,
  project: disclosureVersions.project,
  sangongTotal: disclosureVersions.sangongTotal,
  sangongAbroad: disclosureVersions.sangongAbroad,
  sangongVehiclePurchase: disclosureVersions.sangongVehiclePurchase,
  sangongVehicleOperation: disclosureVersions.sangongVehicleOperation,
  sangongReception: disclosureVersions.sangongReception,
  operatingCosts: disclosureVersions.operatingCosts,
  assetTotal: disclosureVersions.assetTotal,
} satisfies Record<HeadlineMeasure, unknown>;

function pickFigures<F extends Record<HeadlineMeasure, Yuan | null>>(row: F): F {
  const figures = {} as F;
  for (const measure of HEADLINE_MEASURES) figures[measure] = row[measure];
  return figures;
}

export interface CountyYear {
  year: number;
  /** How many departments published a disclosure for the year. */
  departments: number;
  /** In how many counties: more than one on a province-wide platform, whose total is then no county's. */
  counties: number;
  /** Some of them are invented (示例数据). */
  includesDemo: boolean;
  /** Σ over the departments that state each figure. */
  figures: HeadlineTotals;
  /** Per measure, how many departments do not state it (未列示): left out of the sum, not counted as 0. */
  notStated: Record<HeadlineMeasure, number>;
}

/** A county a visitor may choose on a province-wide platform: one with published disclosures. */
export interface PublicCounty {
  id: number;
  code: string;
  name: string;
  province: string;
}

/** The counties with at least one published disclosure, by code. */
export async function publishedCounties(db: Executor): Promise<PublicCounty[]> {
  return db
    .select({ id: regions.id, code: regions.code, name: regions.name, province: regions.province })
    .from(regions)
    .where(
      sql`exists (select 1 from ${departments} join ${disclosureVersions} on ${disclosureVersions.departmentId} = ${departments.id}
        where ${departments.regionId} = ${regions.id} and ${disclosureVersions.status} = 'published')`,
    )
    .orderBy(asc(regions.code));
}

/** Only the chosen county's departments; every county's when none is chosen. */
const inCounty = (regionId: number | null | undefined) => (regionId == null ? undefined : eq(departments.regionId, regionId));

/**
 * Σ of every published department's headline figures, per year, oldest first; of one county's
 * when `regionId` is given.
 */
export async function countyTotalsByYear(db: Executor, regionId?: number | null): Promise<CountyYear[]> {
  // sum(bigint) is numeric in PostgreSQL: back to bigint, then to an exact JS integer.
  const sums = Object.fromEntries(
    HEADLINE_MEASURES.map((m) => [m, sql<number>`coalesce(sum(${figureColumns[m]}), 0)::bigint`.mapWith(Number)]),
  ) as Record<HeadlineMeasure, SQL<number>>;
  const unstated = Object.fromEntries(
    HEADLINE_MEASURES.map((m) => [m, sql<number>`(count(*) - count(${figureColumns[m]}))::int`.mapWith(Number)]),
  ) as Record<HeadlineMeasure, SQL<number>>;
  const rows = await db
    .select({
      year: disclosureVersions.year,
      departments: sql<number>`count(*)::int`.mapWith(Number),
      unstated,
      counties: sql<number>`count(distinct ${departments.regionId})::int`.mapWith(Number),
      includesDemo: sql<boolean>`bool_or(${demo})`,
      ...sums,
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(and(published, inCounty(regionId)))
    .groupBy(disclosureVersions.year)
    .orderBy(asc(disclosureVersions.year));
  return rows.map((row) => ({
    year: row.year,
    departments: row.departments,
    counties: row.counties,
    includesDemo: row.includesDemo,
    figures: pickFigures<HeadlineTotals>(row),
    notStated: row.unstated,
  }));
}

/** A search text as a LIKE pattern matching it anywhere, with % _ \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export interface DepartmentSummary {
  code: string;
  /** What its addresses name it by (lib/department-ref.ts). */
  ref: string;
  name: string;
  isDemo: boolean;
  /** Every year with a published disclosure, ascending. */
  years: number[];
  /** The figures of `year`, and of the year before (for the change); null when not published. */
  current: HeadlineFigures | null;
  previous: HeadlineFigures | null;
}

/**
 * Departments with at least one published disclosure, by code, with their figures for `year`;
 * `query` keeps those whose name or code contains it (case-insensitive).
 */
export async function departmentSummaries(
  db: Executor,
  scope: { year: number | null; query?: string; departmentIds?: number[] },
): Promise<DepartmentSummary[]> {
  const match = searchMatch(scope.query);
  const only = scope.departmentIds ? inArray(departments.id, scope.departmentIds) : undefined;
  const rows = await db
    .select({
      id: departments.id,
      code: departments.code,
      ref: canonicalRef,
      name: departments.name,
      isDemo: demo,
      year: disclosureVersions.year,
      ...figureColumns,
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(and(published, match, only))
    .orderBy(asc(departments.code), asc(departments.id), asc(disclosureVersions.year));
  // By department, not by code: two counties may each have a 434.
  const byId = new Map<number, DepartmentSummary>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? {
      code: row.code,
      ref: row.ref,
      name: row.name,
      isDemo: false,
      years: [],
      current: null,
      previous: null,
    };
    entry.isDemo ||= row.isDemo;
    entry.years.push(row.year);
    if (row.year === scope.year) entry.current = pickFigures(row);
    if (scope.year !== null && row.year === scope.year - 1) entry.previous = pickFigures(row);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

function searchMatch(query: string | undefined): SQL | undefined {
  const q = query?.trim();
  return q ? or(ilike(departments.name, containsPattern(q)), ilike(departments.code, containsPattern(q))) : undefined;
}

/** Departments listed per page on the home page: a province has tens of thousands. */
export const DEPARTMENTS_PER_PAGE = 50;

/**
 * One page of departments (by code) that have published something, matching the search: the
 * page's department ids in one query, their summaries in a second.
 */
export async function departmentSummaryPage(
  db: Executor,
  scope: { year: number | null; query?: string; page: number; regionId?: number | null },
): Promise<{ departments: DepartmentSummary[]; total: number; page: number; pageCount: number }> {
  const hasPublished = sql`exists (select 1 from ${disclosureVersions} where ${disclosureVersions.departmentId} = ${departments.id} and ${disclosureVersions.status} = 'published')`;
  const where = and(hasPublished, searchMatch(scope.query), inCounty(scope.regionId));
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(departments).where(where);
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / DEPARTMENTS_PER_PAGE));
  const page = Math.min(Math.max(1, scope.page), pageCount);
  const ids = await db
    .select({ id: departments.id })
    .from(departments)
    .where(where)
    .orderBy(asc(departments.code), asc(departments.id))
    .limit(DEPARTMENTS_PER_PAGE)
    .offset((page - 1) * DEPARTMENTS_PER_PAGE);
  const list = ids.length
    ? await departmentSummaries(db, { year: scope.year, departmentIds: ids.map((r) => r.id) })
    : [];
  return { departments: list, total, page, pageCount };
}

export interface TrendYear {
  year: number;
  isDemo: boolean;
  figures: HeadlineFigures;
}

export interface DepartmentTrend {
  code: string;
  /** What its addresses name it by (lib/department-ref.ts). */
  ref: string;
  regionName: string;
  province: string;
  /** Other counties' departments of the same code that have published. */
  sameCode: { ref: string; name: string; regionName: string }[];
  name: string;
  /** The department is invented, or one of its published disclosures is. */
  isDemo: boolean;
  years: TrendYear[];
  /** Duties and units as the latest published disclosure states them. */
  latest: { year: number; duties: string[]; units: Unit[] };
}

/**
 * One department's (by ref: lib/department-ref.ts) published figures over the years; null when
 * unknown or nothing published.
 */
export async function departmentTrend(db: Executor, ref: string): Promise<DepartmentTrend | null> {
  const department = await resolveDepartmentRef(db, ref);
  if (!department) return null;
  const rows = await db
    .select({ year: disclosureVersions.year, isDemo: demo, ...figureColumns })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .where(and(published, eq(disclosureVersions.departmentId, department.id)))
    .orderBy(asc(disclosureVersions.year));
  const last = rows.at(-1);
  if (!last) return null;
  const [latest] = await db
    .select({ document: disclosureVersions.document })
    .from(disclosureVersions)
    .where(and(published, eq(disclosureVersions.departmentId, department.id), eq(disclosureVersions.year, last.year)));
  return {
    code: department.code,
    ref: department.ref,
    regionName: department.regionName,
    province: department.province,
    sameCode: await sameCodeElsewhere(db, department),
    name: department.name,
    isDemo: rows.some((row) => row.isDemo),
    years: rows.map((row) => ({ year: row.year, isDemo: row.isDemo, figures: pickFigures(row) })),
    latest: { year: last.year, duties: latest?.document.duties ?? [], units: latest?.document.units ?? [] },
  };
}

/**
 * The ranked value of a version of `year`: a headline column, or a class's amount (SQL over the
 * document's lines, db/queries/class-measures.ts). `stated` keeps the versions that have the
 * value: a class is not stated in a document whose lines were not published (未列示), and such a
 * version is left out of the ranking (counted as `notStated`), never ranked as 0.
 */
function rankedValue(measure: Measure, year: number): { column: SQL<number>; stated: SQL | undefined; join: SQL | undefined } {
  // A headline figure a disclosure does not state (未列示) is NULL in its column, a class of a
  // document without budget tables has no amount: either way not ranked, nor summed as 0, but counted.
  if (!isClassMeasure(measure)) {
    const column = figureColumns[measure];
    return { column: sql<number>`${column}`.mapWith(Number), stated: isNotNull(column), join: undefined };
  }
  const { join, amount } = measuredJoin(measure, year);
  return { column: amount as SQL<number>, stated: sql`measured.amount is not null`, join };
}

/** The class's lateral join (rankedValue) on a ranking query; nothing for a headline column. */
function measured<Q extends { innerJoin: (table: SQL, on: SQL) => unknown }>(query: Q, join: SQL | undefined): Q {
  return join ? (query.innerJoin(join, sql`true`) as Q) : query;
}

export interface RankingRow {
  code: string;
  /** What its addresses name it by (lib/department-ref.ts). */
  ref: string;
  name: string;
  isDemo: boolean;
  value: Yuan;
}

/** Every department that published for `year`, largest `measure` first (ties by code). */
export async function yearRanking(
  db: Executor,
  year: number,
  measure: Measure,
  regionId?: number | null,
): Promise<{ rows: RankingRow[]; countyTotal: Yuan; counties: number; notStated: number }> {
  const { column, join } = rankedValue(measure, year);
  const all = await measured(
    db
      .select({ code: departments.code, ref: canonicalRef, name: departments.name, isDemo: demo, value: column, regionId: departments.regionId })
      .from(disclosureVersions)
      .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
      .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
      .$dynamic(),
    join,
  )
    .where(and(published, eq(disclosureVersions.year, year), inCounty(regionId)))
    .orderBy(sql`${column} desc nulls last`, asc(departments.code), asc(departments.id));
  const rows = all.filter((row) => row.value !== null);
  const counties = new Set(rows.map((row) => row.regionId)).size;
  return {
    rows: rows.map(({ regionId: _, ...row }) => row),
    countyTotal: sum(rows.map((row) => row.value)),
    counties,
    notStated: all.length - rows.length,
  };
}

/** Departments per page of the year view: a province publishes tens of thousands a year. */
export const RANKING_PER_PAGE = 100;

export interface RankedRow extends RankingRow {
  /** Competition rank (1, 2, 2, 4) among every department of the year, not only this page's. */
  rank: number;
}

export interface RankingPage {
  rows: RankedRow[];
  /** Σ of the measure over every department of the year. */
  countyTotal: Yuan;
  /** Departments that published for the year without stating the measure (未列示, or a class of a document without budget tables): not ranked. */
  notStated: number;
  /**
   * Departments that published for the year, ranked by a class the year has no code for
   * (classExistsIn: e.g. fn:20138 before 2019): not ranked, and not counted as not stated.
   */
  classAbsent: number;
  /** Departments that published for the year and state the measure (the ranked ones). */
  count: number;
  /** The counties they belong to: more than one on a province-wide platform. */
  counties: number;
  /** Some of them are invented (示例数据). */
  includesDemo: boolean;
  /** The largest value of the year (rank 1), the length of the ranking's longest bar on every page. */
  largest: Yuan;
  page: number;
  pageCount: number;
}

/**
 * One page of the year's ranking (the order of yearRanking), with each row's rank and the county
 * total taken over the whole year in SQL: the page reads `perPage` rows however many departments
 * published. A page past the last is the last.
 */
export async function yearRankingPage(
  db: Executor,
  scope: { year: number; measure: Measure; page: number; perPage?: number; regionId?: number | null },
): Promise<RankingPage> {
  const { column, stated, join } = rankedValue(scope.measure, scope.year);
  const perPage = scope.perPage ?? RANKING_PER_PAGE;
  const published_ = and(published, eq(disclosureVersions.year, scope.year), inCounty(scope.regionId));
  const where = and(published_, stated);
  const onlyStated = stated ? sql`filter (where ${stated})` : sql``;
  const [whole] = await measured(
    db
    .select({
      count: sql<number>`count(*)::int`.mapWith(Number),
      notStated: stated ? sql<number>`(count(*) filter (where not (${stated})))::int`.mapWith(Number) : sql<number>`0`.mapWith(Number),
      // sum(bigint) is numeric in PostgreSQL: back to bigint, then to an exact JS integer.
      countyTotal: sql<number>`coalesce(sum(${column}), 0)::bigint`.mapWith(Number),
      counties: sql<number>`(count(distinct ${departments.regionId}) ${onlyStated})::int`.mapWith(Number),
      includesDemo: sql<boolean>`coalesce(bool_or(${demo}) ${onlyStated}, false)`,
      largest: sql<number>`coalesce(max(${column}), 0)::bigint`.mapWith(Number),
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .$dynamic(),
    join,
  ).where(stated ? published_ : where);
  const count = (whole?.count ?? 0) - (whole?.notStated ?? 0);
  const pageCount = Math.max(1, Math.ceil(count / perPage));
  const page = Math.min(Math.max(1, Math.trunc(scope.page) || 1), pageCount);
  const rows =
    count === 0
      ? []
      : await measured(
          db
          .select({
            code: departments.code,
            ref: canonicalRef,
            name: departments.name,
            isDemo: demo,
            value: sql<number>`${column}`.mapWith(Number),
            // Window functions see every row of the year before LIMIT takes the page.
            rank: sql<number>`rank() over (order by ${column} desc)`.mapWith(Number),
          })
          .from(disclosureVersions)
          .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
          .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
          .$dynamic(),
          join,
        )
          .where(where)
          .orderBy(desc(column), asc(departments.code), asc(departments.id))
          .limit(perPage)
          .offset((page - 1) * perPage);
  // Every amount of a class the year does not have is null: those departments are no 未列示.
  const absent = isClassMeasure(scope.measure) && !classExistsIn(classRef(scope.measure), scope.year);
  return {
    rows,
    countyTotal: whole?.countyTotal ?? 0,
    notStated: absent ? 0 : (whole?.notStated ?? 0),
    classAbsent: absent ? (whole?.notStated ?? 0) : 0,
    count,
    counties: whole?.counties ?? 0,
    includesDemo: whole?.includesDemo ?? false,
    largest: whole?.largest ?? 0,
    page,
    pageCount,
  };
}

/** Matches listed at most when a search of the year view finds many. */
export const RANKING_MATCHES = 20;

export interface RankingMatch extends RankedRow {
  /** The page of the year view (RANKING_PER_PAGE rows each) the department is on. */
  page: number;
}

/**
 * Departments of the year's ranking whose name or code contains `query`, each with its rank and
 * the page it is on, in ranking order: the year view's search, for a province's hundreds of pages.
 */
export async function findInRanking(
  db: Executor,
  scope: { year: number; measure: Measure; query: string; perPage?: number; regionId?: number | null },
): Promise<{ matches: RankingMatch[]; total: number }> {
  const { column, stated, join } = rankedValue(scope.measure, scope.year);
  const perPage = scope.perPage ?? RANKING_PER_PAGE;
  const ranked = measured(
    db
    .select({
      code: departments.code,
      ref: sql<string>`${canonicalRef}`.as("ref"),
      name: departments.name,
      isDemo: sql<boolean>`(${departments.isDemo} or ${disclosures.isDemo})`.as("is_demo"),
      value: sql<number>`${column}`.mapWith(Number).as("value"),
      rank: sql<number>`rank() over (order by ${column} desc)`.mapWith(Number).as("rank"),
      position: sql<number>`row_number() over (order by ${column} desc, ${departments.code} asc, ${departments.id} asc)`.mapWith(Number).as("position"),
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .innerJoin(disclosures, eq(disclosures.id, disclosureVersions.disclosureId))
    .$dynamic(),
    join,
  )
    .where(and(published, eq(disclosureVersions.year, scope.year), inCounty(scope.regionId), stated))
    .as("ranked");
  const pattern = containsPattern(scope.query.trim());
  const match = or(ilike(ranked.name, pattern), ilike(ranked.code, pattern));
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(ranked).where(match);
  const rows = await db.select().from(ranked).where(match).orderBy(asc(ranked.position)).limit(RANKING_MATCHES);
  return {
    total: counted?.n ?? 0,
    matches: rows.map(({ position, ...row }) => ({ ...row, page: Math.ceil(position / perPage) })),
  };
}
