/**
 * The comparison's whole state lives in the URL: parsed and validated here (zod), serialised back
 * canonically, so that the address alone reproduces the view and a shared link shows the same.
 *
 * Two steps: `parseCompareQuery` checks the syntax of the query string; `resolveCompareState`
 * then drops what the database does not know (departments without published data, years nobody
 * published) and applies the defaults. Each dropped value becomes a notice for the visitor.
 */
import { z } from "zod";
import "../zod-csp";
import { isDepartmentRef } from "../department-ref";
import { parseMeasure } from "../classification/measure";
import { CHART_TYPES, DEFAULT_CHART, DEFAULT_MEASURE, MAX_DEPARTMENTS, MAX_QUERY_LENGTH, MAX_YEARS, type CompareState } from "./address";

export * from "./address";



/** The syntactically valid request; `years: null` means "every year with published data". */
export interface CompareQuery extends Omit<CompareState, "years"> {
  years: number[] | null;
  /** The department search, part of the page's URL but not of the comparison. */
  q: string;
}

export type NoticeKind =
  | "unknown-departments"
  | "too-many-departments"
  | "unknown-years"
  | "too-many-years"
  | "invalid-measure"
  | "invalid-class"
  | "invalid-chart";

export interface Notice {
  kind: NoticeKind;
  values: string[];
}

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const raw = z.union([z.string(), z.array(z.string())]).optional();
const list = raw.transform((v) =>
  (v === undefined ? [] : Array.isArray(v) ? v : [v])
    .flatMap((item) => item.split(","))
    .map((item) => item.trim())
    .filter((item) => item !== ""),
);
const single = raw.transform((v) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined);

const paramsSchema = z.object({ departments: list, years: list, measure: single, chart: single, q: single });

/** A department as the URL names it: its ref (lib/department-ref.ts), "434" or "130124_434". */
export const departmentRefSchema = z.string().refine(isDepartmentRef);
const yearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1990).max(2100));
const chartSchema = z.enum(CHART_TYPES);

function toRecord(input: SearchParamsInput): Record<string, string | string[] | undefined> {
  if (!(input instanceof URLSearchParams)) return input;
  const record: Record<string, string[]> = {};
  for (const key of new Set(input.keys())) record[key] = input.getAll(key);
  return record;
}

/** Shortens what a visitor typed before it is echoed back in a notice. */
const shown = (values: string[]) => values.slice(0, 10).map((v) => (v.length > 20 ? `${v.slice(0, 20)}…` : v));

function notice(notices: Notice[], kind: NoticeKind, values: string[]) {
  if (values.length > 0) notices.push({ kind, values: shown(values) });
}

/** One notice per kind, values in order of appearance. */
export function mergeNotices(...lists: readonly Notice[][]): Notice[] {
  const byKind = new Map<NoticeKind, string[]>();
  for (const n of lists.flat()) byKind.set(n.kind, [...new Set([...(byKind.get(n.kind) ?? []), ...n.values])]);
  // An invalid-class notice holds the portal's own message (the input in it already shortened).
  return [...byKind].map(([kind, values]) => ({ kind, values: kind === "invalid-class" ? values : shown(values) }));
}

export function parseCompareQuery(input: SearchParamsInput): { query: CompareQuery; notices: Notice[] } {
  const params = paramsSchema.parse(toRecord(input));
  const notices: Notice[] = [];

  const codes = [...new Set(params.departments)];
  const valid = codes.filter((code) => departmentRefSchema.safeParse(code).success);
  notice(notices, "unknown-departments", codes.filter((code) => !valid.includes(code)));
  notice(notices, "too-many-departments", valid.slice(MAX_DEPARTMENTS));

  const years: number[] = [];
  const badYears: string[] = [];
  for (const text of new Set(params.years)) {
    const year = yearSchema.safeParse(text);
    if (year.success) years.push(year.data);
    else badYears.push(text);
  }
  notice(notices, "unknown-years", badYears);

  const measure = parseMeasure(params.measure ?? DEFAULT_MEASURE);
  // A class the code lists do not hold is refused with the reason (its own notice), any other value as an unknown measure.
  if (!measure.ok) notices.push(/^(fn|econ):/.test(params.measure ?? "") ? { kind: "invalid-class", values: [measure.message] } : { kind: "invalid-measure", values: shown([params.measure ?? ""]) });
  const chart = chartSchema.safeParse(params.chart ?? DEFAULT_CHART);
  if (!chart.success) notice(notices, "invalid-chart", [params.chart ?? ""]);

  return {
    query: {
      departments: valid.slice(0, MAX_DEPARTMENTS),
      years: years.length === 0 ? null : [...new Set(years)].sort((a, b) => a - b),
      measure: measure.ok ? measure.measure : DEFAULT_MEASURE,
      chart: chart.success ? chart.data : DEFAULT_CHART,
      q: (params.q ?? "").slice(0, MAX_QUERY_LENGTH),
    },
    notices,
  };
}

/**
 * The state the page shows: departments the database knows (in the order asked for), years with
 * published data (all of them by default, the latest MAX_YEARS at most).
 */
export function resolveCompareState(
  query: CompareQuery,
  known: { departmentRefs: Iterable<string>; availableYears: readonly number[] },
): { state: CompareState; notices: Notice[] } {
  const notices: Notice[] = [];
  const knownCodes = new Set(known.departmentRefs);
  const departments = query.departments.filter((code) => knownCodes.has(code));
  notice(notices, "unknown-departments", query.departments.filter((code) => !knownCodes.has(code)));

  const available = new Set(known.availableYears);
  const asked = query.years?.filter((y) => available.has(y)) ?? [];
  if (query.years !== null) notice(notices, "unknown-years", query.years.filter((y) => !available.has(y)).map(String));
  // Nothing usable asked for: every published year, as when no year is given.
  let years = asked.length > 0 ? asked : [...available].sort((a, b) => a - b);
  if (years.length > MAX_YEARS) {
    if (asked.length > 0) notice(notices, "too-many-years", years.slice(0, years.length - MAX_YEARS).map(String));
    years = years.slice(-MAX_YEARS);
  }
  return { state: { departments, years, measure: query.measure, chart: query.chart }, notices };
}

