/** What the public pages accept from a URL: a search text, a department code, a year. */

import { HEADLINE_MEASURES, type HeadlineMeasure } from "../../lib/disclosure/figures";

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

/** ?measure= as one of the headline measures; the total when absent or unknown. */
export function measureParam(raw: string | string[] | undefined | null): HeadlineMeasure {
  const text = Array.isArray(raw) ? raw[0] : raw;
  return HEADLINE_MEASURES.find((m) => m === text) ?? "total";
}

/** ?page= as a page number (1 up to 999,999); 1 when absent or not a number. */
export function pageParam(raw: string | string[] | undefined | null): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  return text && /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : 1;
}
