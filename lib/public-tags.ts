/**
 * The cache tags of public data: which kept pages and API answers a change makes stale, in one
 * place. A kept page carries the tags of what it shows (tagPage, called by each cached public
 * page); publicDataChanged (lib/public-refresh.ts) expires the tags a change touches, on every
 * instance (lib/csp-cache-handler.mjs), and everything else stays warm.
 *
 * - codeTag: the pages of the departments of one code — their disclosures and their years (a
 *   disclosure also shows the previous year's, for the changes 较上年), and the choice between
 *   counties' departments of the same code. On a one-county platform, one department's pages.
 * - yearTag: a year's view (ranking, totals); the next year's view compares with it.
 * - ALL_YEARS_TAG: every year view (a renamed department is in all of them).
 * - COUNTIES_TAG: the county choice, on pages that offer it — stale only when a county publishes
 *   for the first time.
 * - LISTS_TAG: whatever spans every department and year — the home page, the years, the
 *   comparisons, the not-found answers (a department may appear).
 * - PUBLIC_DATA_TAG: every open-data API answer (lib/open-data/response-cache.ts).
 */
import { unstable_cache } from "next/cache";

export const PUBLIC_DATA_TAG = "public-data";
export const LISTS_TAG = "public-lists";
export const COUNTIES_TAG = "public-counties";
/** Carried by every year view besides its own year's tag: a renamed department shows in all. */
export const ALL_YEARS_TAG = "public-years";
export const codeTag = (code: string) => `department-code:${code}`;
export const yearTag = (year: number) => `year:${year}`;

/** A change to what the public sees. */
export type PublicChange =
  | { kind: "publication"; code: string; year: number; firstInCounty: boolean }
  | { kind: "department"; code: string }
  | { kind: "years" };

export function staleTags(change: PublicChange): string[] {
  const shared = [LISTS_TAG, PUBLIC_DATA_TAG];
  switch (change.kind) {
    case "publication":
      return [
        codeTag(change.code),
        yearTag(change.year),
        yearTag(change.year + 1),
        ...(change.firstInCounty ? [COUNTIES_TAG] : []),
        ...shared,
      ];
    case "department":
      // A new or renamed department: its code's pages, and every year view (its name is there).
      return [codeTag(change.code), ALL_YEARS_TAG, ...shared];
    case "years":
      return shared;
  }
}

/**
 * Gives the kept page being rendered these tags (Next adds the tags of every `unstable_cache`
 * call during a render to the page's entry). The cached value is nothing; only the tags matter.
 */
export async function tagPage(...tags: string[]): Promise<void> {
  try {
    await unstable_cache(async () => true, ["page-tags", ...tags], { tags })();
  } catch (error) {
    // Rendered outside Next (the page tests call pages directly): there is no cache to tag.
    if (!(error instanceof Error && error.message.startsWith("Invariant: incrementalCache missing"))) throw error;
  }
}
