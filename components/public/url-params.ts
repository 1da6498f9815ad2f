/** What the public pages accept from a URL: a search text, a department code, a year. */

import { parseMeasure, type Measure } from "../../lib/classification/measure";

/** The ?q= of a search as the server uses it: one string, spaces collapsed, at most 50 characters. */
export const MAX_QUERY_LENGTH = 50;

export function searchQuery(raw: string | string[] | undefined): string {
  const text = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  return [...text.replace(/\s+/g, " ").trim()].slice(0, MAX_QUERY_LENGTH).join("").trim();
}

/** The county asked for (?county=130123): its code as given, at most 20 characters; "" for all. */
export function countyParam(raw: string | string[] | undefined): string {
  const text = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  return [...text.trim()].slice(0, 20).join("");
}

/** A four-digit year from a URL segment, or null. */
export function yearParam(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/**
 * ?measure= as a headline measure or a class (fn:205, econ:301); the total when absent or
 * unknown. `refused`: the Chinese message for a class the code lists do not hold (the page shows
 * it; an unknown headline name falls back silently, as before).
 */
export function measureChoice(raw: string | string[] | undefined | null): { measure: Measure; refused: string | null } {
  const text = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!text) return { measure: "total", refused: null };
  const parsed = parseMeasure(text);
  if (parsed.ok) return { measure: parsed.measure, refused: null };
  return { measure: "total", refused: /^(fn|econ):/.test(text) ? `${parsed.message}已改为按支出总计排名。` : null };
}

export function measureParam(raw: string | string[] | undefined | null): Measure {
  return measureChoice(raw).measure;
}

/** ?page= as a page number (1 up to 999,999); 1 when absent or not a number. */
export function pageParam(raw: string | string[] | undefined | null): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  return text && /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : 1;
}
