/**
 * The sitemap's reads (lib/sitemap.ts): published data only, in pages, so that no request reads a
 * province's 200,000 disclosures at once. Each department is one entry under its canonical ref
 * (lib/department-ref.ts): two counties' 434 are two addresses.
 */
import { asc, countDistinct, eq, sql } from "drizzle-orm";
import type { SitemapCounts } from "../../lib/sitemap";
import type { Executor } from "../client";
import { departments, disclosureVersions } from "../schema";
import { canonicalRef } from "./department-ref";

const published = eq(disclosureVersions.status, "published");
const demo = sql<boolean>`bool_or(${departments.isDemo})`;

export async function sitemapCounts(db: Executor): Promise<SitemapCounts> {
  const [row] = await db
    .select({
      departments: countDistinct(departments.id),
      // One published version per department and year (versions_one_published).
      disclosures: sql<number>`count(*)::int`.mapWith(Number),
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(published);
  return { departments: row?.departments ?? 0, disclosures: row?.disclosures ?? 0 };
}

/** Years with a published disclosure, oldest first. */
export async function sitemapYears(db: Executor): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: disclosureVersions.year })
    .from(disclosureVersions)
    .where(published)
    .orderBy(asc(disclosureVersions.year));
  return rows.map((r) => r.year);
}

export async function sitemapDepartments(db: Executor, range: { offset: number; limit: number }) {
  if (range.limit === 0) return [];
  return db
    .select({ ref: canonicalRef, isDemo: demo })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(published)
    .groupBy(departments.id)
    .orderBy(asc(departments.code), asc(departments.id))
    .limit(range.limit)
    .offset(range.offset);
}

export async function sitemapDisclosures(db: Executor, range: { offset: number; limit: number }) {
  if (range.limit === 0) return [];
  return db
    .select({ ref: canonicalRef, year: disclosureVersions.year, isDemo: demo })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(published)
    .groupBy(departments.id, disclosureVersions.year)
    .orderBy(asc(departments.code), asc(departments.id), asc(disclosureVersions.year))
    .limit(range.limit)
    .offset(range.offset);
}
