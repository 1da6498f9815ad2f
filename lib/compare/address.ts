/**
 * A comparison's state and its addresses: the page, its downloads, a department added or
 * removed. Free of the parsing (./state.ts, which re-exports all of this) so that the page's
 * browser components can build addresses without shipping zod and the code lists
 * (lib/client-bundle.test.ts).
 */
import type { HeadlineMeasure } from "../disclosure/measures";
import type { Measure } from "../classification/measure";

export const MAX_DEPARTMENTS = 20;
export const MAX_YEARS = 20;
export const CHART_TYPES = ["bar", "line"] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export const DEFAULT_MEASURE: HeadlineMeasure = "total";
export const DEFAULT_CHART: ChartType = "bar";
export const MAX_QUERY_LENGTH = 50;

export interface CompareState {
  departments: string[];
  years: number[];
  /** A headline figure, or a class (`fn:205`, `econ:301`: lib/classification/measure.ts). */
  measure: Measure;
  chart: ChartType;
}

/** The canonical query string, commas kept readable: departments=434,401&years=2016,2017&… */
export function serializeCompareState(state: CompareState, extra: { q?: string; format?: string } = {}): string {
  const parts: string[] = [];
  if (state.departments.length > 0) parts.push(`departments=${state.departments.map(encodeURIComponent).join(",")}`);
  if (state.years.length > 0) parts.push(`years=${state.years.join(",")}`);
  parts.push(`measure=${state.measure}`, `chart=${state.chart}`);
  if (extra.q) parts.push(`q=${encodeURIComponent(extra.q)}`);
  if (extra.format) parts.push(`format=${encodeURIComponent(extra.format)}`);
  return parts.join("&");
}

export function compareHref(state: CompareState, extra: { q?: string } = {}): string {
  return `/compare?${serializeCompareState(state, extra)}`;
}

export function downloadHref(state: CompareState, format: "csv" | "xlsx" | "json"): string {
  return `/compare/download?${serializeCompareState(state, { format })}`;
}

export function withDepartment(state: CompareState, code: string): CompareState {
  if (state.departments.includes(code) || state.departments.length >= MAX_DEPARTMENTS) return state;
  return { ...state, departments: [...state.departments, code] };
}

export function withoutDepartment(state: CompareState, code: string): CompareState {
  return { ...state, departments: state.departments.filter((c) => c !== code) };
}
