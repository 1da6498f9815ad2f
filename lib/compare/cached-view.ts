/**
 * The comparison is served from the page cache: a plain comparison address
 * (`/compare?departments=…&years=…&measure=…&chart=…`, the one visitors share) is rewritten by
 * proxy.ts to the cached route `/compare/view/{departments}/{years}/{measure}/{chart}`
 * (app/(public)/compare/view/…), which is rendered once per state and kept until an approval
 * revalidates the public pages. Addresses the cache must not answer — a department search (`q`),
 * or anything the parser would correct with a notice — stay on the dynamic page /compare.
 */
import { parseCompareQuery, type SearchParamsInput } from "./state";

export const VIEW_PREFIX = "/compare/view";
const ALL_YEARS = "all";
// Not a possible department code (codes are letters, digits and "-").
const NO_DEPARTMENTS = "_none";
const KNOWN_KEYS = new Set(["departments", "years", "measure", "chart"]);

/** The cached route for a comparison address, or null when the dynamic page must answer it. */
export function cachedViewPath(search: URLSearchParams): string | null {
  for (const key of search.keys()) if (!KNOWN_KEYS.has(key)) return null;
  const { query, notices } = parseCompareQuery(search);
  if (notices.length > 0) return null;
  const departments = query.departments.length > 0 ? query.departments.join(",") : NO_DEPARTMENTS;
  const years = query.years === null ? ALL_YEARS : query.years.join(",");
  return `${VIEW_PREFIX}/${departments}/${years}/${query.measure}/${query.chart}`;
}

/** The cached route's segments back as the query the comparison is loaded from. */
export function viewQuery(segments: { departments: string; years: string; measure: string; chart: string }): SearchParamsInput {
  const decoded = (s: string) => decodeURIComponent(s);
  const departments = decoded(segments.departments);
  const years = decoded(segments.years);
  return {
    departments: departments === NO_DEPARTMENTS ? undefined : departments,
    years: years === ALL_YEARS ? undefined : years,
    measure: decoded(segments.measure),
    chart: decoded(segments.chart),
  };
}
