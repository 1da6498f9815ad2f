/**
 * The comparison is served from the page cache: a comparison address
 * (`/compare?departments=…&years=…&measure=…&chart=…`, the one visitors share) is rewritten by
 * next.config.ts (the rules below) to the cached route `/compare/view/{departments}/{years}/{measure}/{chart}`
 * (app/[locale]/compare/view/…), which is rendered once per state and kept until an approval
 * revalidates the public pages. The visitor's address does not change. The dynamic page /compare
 * answers only a department search (`q`, free text), a submission of the comparison form (marked
 * `form`; its years arrive as repeated parameters, which rewrites cannot read — the page redirects
 * to the canonical address, which is cached) and values outside the patterns below.
 *
 * Rewrites in next.config.ts are matched by Next's router itself; a proxy.ts function would cost
 * more per request than serving the cached page.
 */
import { HEADLINE_MEASURES } from "../disclosure/figures";
import { keptClassPattern } from "../classification/measure";
import { CHART_TYPES, compareHref, DEFAULT_CHART, DEFAULT_MEASURE, parseCompareQuery, type SearchParamsInput } from "./state";

export const VIEW_PREFIX = "/compare/view";

/** A language as it begins a visitor's address: "" (Chinese, unprefixed) or "/en". */
export type Language = "" | "/en";
/** Where a language's pages are routed (app/[locale]/): Chinese addresses are unprefixed, their routes under /zh. */
export function localeRoute(language: Language): "/zh" | "/en" {
  return language || "/zh";
}
const ALL_YEARS = "all";
// Not a possible department code (codes are letters, digits and "-").
const NO_DEPARTMENTS = "_none";

/** What each parameter may hold to be rewritten: path-safe, and bounded in length. */
const PATTERNS = {
  departments: "[0-9A-Za-z,_\\-]{1,500}",
  years: "[0-9,]{1,200}",
  // A class only as 类 or 款 that a code list holds (fn:205, econ:30201): bounded by the lists.
  measure: `(?:${HEADLINE_MEASURES.join("|")}|${keptClassPattern()})`,
  chart: `(?:${CHART_TYPES.join("|")})`,
} as const;
const FALLBACK = { departments: NO_DEPARTMENTS, years: ALL_YEARS, measure: DEFAULT_MEASURE, chart: DEFAULT_CHART } as const;
const KEYS = ["departments", "years", "measure", "chart"] as const;
/** The hidden field of the comparison form (components/compare/compare-form.tsx). */
export const FORM_MARKER = "form";

interface QueryCondition {
  type: "query";
  key: string;
  value?: string;
}
export interface Rewrite {
  source: string;
  destination: string;
  has?: QueryCondition[];
  missing?: QueryCondition[];
}

/**
 * One rule per combination of present and absent parameters (16 per language): a present one must match its
 * pattern and is carried into the path, an absent one takes its default. A request with a value
 * outside the patterns, with `q` or from the form matches no rule and reaches the dynamic page.
 * A parameter given twice is read by its last value here (Next's rule); the portal's own links
 * never repeat one.
 */
export function compareRewrites(language: Language = ""): Rewrite[] {
  // The rules exclude one another (each names every parameter present or missing), so their order
  // only decides how many Next tries per request: fullest first, as the portal's own links and
  // share addresses carry all four parameters, and hand-written ones most of them.
  const popcount = (mask: number) => KEYS.filter((_, i) => mask & (1 << i)).length;
  const masks = Array.from({ length: 1 << KEYS.length }, (_, mask) => mask).sort((a, b) => popcount(b) - popcount(a) || b - a);
  return masks.map((mask) => {
    const present = KEYS.filter((_, i) => mask & (1 << i));
    const absent = KEYS.filter((key) => !present.includes(key));
    return {
      source: `${language}/compare`,
      has: present.map((key) => ({ type: "query", key, value: `(?<${key}>${PATTERNS[key]})` })),
      missing: [...absent, "q", FORM_MARKER].map((key) => ({ type: "query", key })),
      destination: `${localeRoute(language)}${VIEW_PREFIX}/${KEYS.map((key) => (present.includes(key) ? `:${key}` : FALLBACK[key])).join("/")}`,
    };
  });
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

/**
 * Where the dynamic page sends a submission of the comparison form (or any address that repeats a
 * parameter): its canonical address, which the rules above answer from the cache. Null when the
 * page must answer itself: a department search, or values it corrects with a notice.
 */
export function formRedirect(input: URLSearchParams | Record<string, string | string[] | undefined>): string | null {
  const params = input instanceof URLSearchParams ? input : toSearchParams(input);
  const repeated = [...new Set(params.keys())].some((key) => params.getAll(key).length > 1);
  if (!params.has(FORM_MARKER) && !repeated) return null;
  const { query, notices } = parseCompareQuery(params);
  if (query.q !== "" || notices.length > 0) return null;
  return compareHref({ departments: query.departments, years: query.years ?? [], measure: query.measure, chart: query.chart });
}

function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) for (const item of [value ?? []].flat()) params.append(key, item);
  return params;
}
