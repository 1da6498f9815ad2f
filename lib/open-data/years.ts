/** The years of /api/v1/years: the per-county counts and totals, summed up per year. */
import type { RegionRef, YearRegionTotals, YearTotals } from "../../db/queries/open-data";
import { HEADLINE_MEASURES, type HeadlineMeasure, type HeadlineTotals } from "../disclosure/figures";

export interface PublishedYear extends YearTotals {
  year: number;
  regions: (YearTotals & { region: RegionRef })[];
}

/** Rows ordered by year (as the query returns them) → one entry per year, counties in order. */
export function groupByYear(rows: readonly YearRegionTotals[]): PublishedYear[] {
  const years = new Map<number, PublishedYear>();
  for (const { year, ...row } of rows) {
    const entry = years.get(year) ?? {
      year,
      disclosureCount: 0,
      demoDisclosureCount: 0,
      totals: Object.fromEntries(HEADLINE_MEASURES.map((m) => [m, 0])) as HeadlineTotals,
      notStated: Object.fromEntries(HEADLINE_MEASURES.map((m) => [m, 0])) as Record<HeadlineMeasure, number>,
      regions: [],
    };
    entry.disclosureCount += row.disclosureCount;
    entry.demoDisclosureCount += row.demoDisclosureCount;
    for (const m of HEADLINE_MEASURES) {
      entry.totals[m] += row.totals[m];
      entry.notStated[m] += row.notStated[m];
    }
    entry.regions.push(row);
    years.set(year, entry);
  }
  return [...years.values()];
}
