/**
 * A submission of the comparison form (marked `form`; its years arrive as repeated parameters) is
 * answered with a redirect to its canonical address — the one the portal's links use and visitors
 * share — so that one comparison has one address, and one entry in nginx's cache.
 */
import { compareHref, parseCompareQuery } from "./state";

/** The hidden field of the comparison form (components/compare/compare-form.tsx). */
export const FORM_MARKER = "form";

/**
 * Where the page sends a submission of the comparison form (or any address that repeats a
 * parameter): its canonical address. Null when the page must answer itself: a department search,
 * or values it corrects with a notice.
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
