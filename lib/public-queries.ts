/**
 * The reads of the public pages that list departments or years — the home page, the years, a
 * year's view, the comparison — kept in Next's data cache (`unstable_cache`) by their arguments and
 * tagged by what they read (lib/public-tags.ts). The portal's own addresses of these pages are kept
 * whole by Next (rewritten to cached routes, lib/cached-routes.ts), and these reads give those
 * entries their tags; a search (?q=) or a chosen county (?county=) is rendered per request, from
 * these reads rather than the database. With REDIS_URL the entries live in Redis, so an approval's
 * tag expiry (lib/public-refresh.ts) holds on every instance at once; otherwise in this process's
 * memory. An entry is also renewed after KEEP_SECONDS, as a safety net.
 *
 * Why the pages are kept whole and not only their reads: rendering one of them per request costs
 * 10–35 ms of CPU with 2,000 departments (docs/benchmarks.md), against about 2 ms for a page Next
 * keeps. Next keeps a page by its path only, hence the rewrites of the query addresses.
 *
 * What is kept must be plain JSON (numbers, strings, arrays, objects): no Map, Date or bigint.
 */
import { unstable_cache } from "next/cache";
import { getDb, type Executor } from "../db";
import { countyTotalsByYear, departmentSummaryPage, findInRanking, publishedCounties, yearRankingPage } from "../db/queries/public-stats";
import { countySpending } from "../db/queries/spending-tree";
import { ALL_YEARS_TAG, COUNTIES_TAG, LISTS_TAG, yearTag } from "./public-tags";

const KEEP_SECONDS = 300;

/** Rendered outside Next (the page tests call pages directly): there is no cache to keep in. */
export function outsideNext(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith("Invariant: incrementalCache missing");
}

/**
 * `load` kept by its name and arguments, under the tags `tagsOf` gives for them. A call during a
 * page's render also gives the page these tags, so a page Next keeps whole (ISR) expires with them.
 */
export function kept<A extends unknown[], R>(name: string, tagsOf: (...args: NoInfer<A>) => string[], load: (db: Executor, ...args: A) => Promise<R>) {
  const read = async (...args: A): Promise<R> => {
    const fresh = async () => load(await getDb(), ...args);
    try {
      return await unstable_cache(fresh, ["public", name, JSON.stringify(args)], { tags: tagsOf(...args), revalidate: KEEP_SECONDS })();
    } catch (error) {
      if (outsideNext(error)) return fresh();
      throw error;
    }
  };
  // The tags, for the test that an approval expires what it changed and nothing else.
  return Object.assign(read, { tagsOf });
}

type Arg<F extends (db: Executor, ...args: never[]) => unknown, I extends number> = Parameters<F>[I];

/** The counties with published disclosures: changes only when a county publishes its first. */
export const keptCounties = kept("counties", () => [COUNTIES_TAG], (db: Executor) => publishedCounties(db));

/** The totals per year, of all counties or one: every publication changes them. */
export const keptCountyTotals = kept("county-totals", () => [LISTS_TAG], (db: Executor, regionId: number | null) => countyTotalsByYear(db, regionId));

/** A page of the home page's department list (or a search in it). */
export const keptDepartmentPage = kept("department-page", () => [LISTS_TAG], (db: Executor, options: Arg<typeof departmentSummaryPage, 1>) =>
  departmentSummaryPage(db, options),
);

/** A page of a year's ranking: its year's tag (the next year's publication compares with it) and every year's (a rename). */
const yearTags = ({ year }: { year: number }) => [yearTag(year), ALL_YEARS_TAG];
export const keptRankingPage = kept("ranking-page", yearTags, (db: Executor, options: Arg<typeof yearRankingPage, 1>) => yearRankingPage(db, options));
export const keptRankingSearch = kept("ranking-search", yearTags, (db: Executor, options: Arg<typeof findInRanking, 1>) => findInRanking(db, options));

/**
 * A year's 支出去向 over every published disclosure (db/queries/spending-tree.ts): changed by a
 * publication of that year only (its year's tag); names of codes come from the year's list, not
 * from departments, so a rename leaves it alone.
 */
export const keptCountySpending = kept("county-spending", (year: number) => [yearTag(year)], (db: Executor, year: number) => countySpending(db, year));
