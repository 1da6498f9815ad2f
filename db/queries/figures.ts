/**
 * Headline figures of published disclosures across departments and years: one indexed query on
 * disclosure_versions (partial index on published versions by year and department).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { HeadlineMeasure } from "../../lib/disclosure/figures";
import type { Executor } from "../client";
import { departments, disclosureVersions } from "../schema";

export interface FigureRow {
  departmentCode: string;
  departmentName: string;
  isDemo: boolean;
  year: number;
  value: number;
}

export async function publishedFigures(
  db: Executor,
  scope: { departmentCodes: string[]; years: number[]; measure: HeadlineMeasure },
): Promise<FigureRow[]> {
  if (scope.departmentCodes.length === 0 || scope.years.length === 0) return [];
  return db
    .select({
      departmentCode: departments.code,
      departmentName: departments.name,
      isDemo: departments.isDemo,
      year: disclosureVersions.year,
      value: disclosureVersions[scope.measure],
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(
      and(
        eq(disclosureVersions.status, "published"),
        inArray(disclosureVersions.year, scope.years),
        inArray(departments.code, scope.departmentCodes),
      ),
    )
    .orderBy(asc(departments.code), asc(disclosureVersions.year));
}
