/**
 * Everything the comparison shows, from the URL alone: shared by the page and the downloads so
 * that a download holds exactly what the page shows.
 */
import type { Executor } from "@/db";
import { compareFigures, publishedYears, searchDepartments } from "@/db/queries/compare";
import type { Comparison } from "@/lib/compare/comparison";
import {
  mergeNotices,
  parseCompareQuery,
  resolveCompareState,
  type SearchParamsInput,
} from "@/lib/compare/state";
import { buildCompareRows } from "@/lib/compare/table";
import { kept } from "@/lib/public-queries";
import { LISTS_TAG } from "@/lib/public-tags";

export async function loadComparison(
  db: Executor,
  params: SearchParamsInput,
  options: { search: boolean } = { search: true },
): Promise<Comparison> {
  const { query, notices } = parseCompareQuery(params);
  const [availableYears, matches] = await Promise.all([
    publishedYears(db),
    options.search && query.q ? searchDepartments(db, query.q) : Promise.resolve([]),
  ]);
  // The years are resolved before the figures are read, so the one figures query asks for the
  // final selection; unknown departments come back missing from that same query.
  const years = resolveCompareState({ ...query, departments: [] }, { departmentRefs: [], availableYears }).state.years;
  const found = await compareFigures(db, { departmentRefs: query.departments, years, measure: query.measure });
  // Each department by its canonical ref ("130123_434" asked for the first 434 becomes "434"), once.
  const asked = [...new Set(query.departments.map((ref) => found.canonical.get(ref) ?? ref))];
  const resolved = resolveCompareState(
    { ...query, departments: asked },
    { departmentRefs: found.departments.map((d) => d.ref), availableYears },
  );
  const byRef = new Map(found.departments.map((d) => [d.ref, d]));
  const departments = resolved.state.departments.flatMap((ref) => byRef.get(ref) ?? []);
  return {
    state: resolved.state,
    q: query.q,
    notices: mergeNotices(notices, resolved.notices),
    availableYears,
    departments,
    rows: buildCompareRows({ departments, years: resolved.state.years, figures: found.figures }),
    matches,
  };
}

/**
 * The page's comparison, kept in Next's data cache by the address's parameters (lib/public-queries.ts):
 * every publication changes what a comparison may show (LISTS_TAG).
 */
export const keptComparison = kept("comparison", () => [LISTS_TAG], (db: Executor, params: Record<string, string | string[] | undefined>) =>
  loadComparison(db, params),
);
