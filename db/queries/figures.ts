/**
 * Headline figures (or a class's amount: db/queries/class-measures.ts) of published disclosures
 * across departments and years: one indexed query on disclosure_versions (partial index on
 * published versions by year and department).
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { classExistsIn, classRef, isClassMeasure, type Measure } from "../../lib/classification/measure";
import type { Executor } from "../client";
import { departments, disclosureVersions } from "../schema";
import { resolveDepartmentRefs } from "./department-ref";
import { classAmountSql } from "./class-measures";

export interface FigureRow {
  departmentCode: string;
  /** What addresses name the department by (lib/department-ref.ts). */
  departmentRef: string;
  departmentName: string;
  isDemo: boolean;
  year: number;
  /** null: the disclosure does not state the figure (未列示), or (classAbsent) the year has no such class. */
  value: number | null;
  /** A class measure the year's classification has no code for (classExistsIn): its null is no 未列示. */
  classAbsent: boolean;
}

export async function publishedFigures(
  db: Executor,
  scope: { departmentRefs: string[]; years: number[]; measure: Measure },
): Promise<FigureRow[]> {
  if (scope.departmentRefs.length === 0 || scope.years.length === 0) return [];
  const named = await resolveDepartmentRefs(db, scope.departmentRefs);
  const refOf = new Map([...named.values()].map((d) => [d.id, d.ref]));
  if (refOf.size === 0) return [];
  const rows = await db
    .select({
      departmentId: departments.id,
      departmentCode: departments.code,
      departmentName: departments.name,
      isDemo: departments.isDemo,
      year: disclosureVersions.year,
      value: isClassMeasure(scope.measure) ? classAmountSql(scope.measure, scope.years) : disclosureVersions[scope.measure],
    })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(
      and(
        eq(disclosureVersions.status, "published"),
        inArray(disclosureVersions.year, scope.years),
        inArray(departments.id, [...refOf.keys()]),
      ),
    )
    .orderBy(asc(departments.code), asc(departments.id), asc(disclosureVersions.year));
  const ref = isClassMeasure(scope.measure) ? classRef(scope.measure) : null;
  return rows.map(({ departmentId, ...row }) => ({
    ...row,
    departmentRef: refOf.get(departmentId)!,
    classAbsent: ref !== null && !classExistsIn(ref, row.year),
  }));
}
