/**
 * The reads of the pages that take a query string — the home page (?page, ?q, ?county), the years
 * (?county), the year view (?measure, ?page, ?q, ?county) and the comparison — kept in Next's data
 * cache (`unstable_cache`) by their arguments, and tagged by what they read (lib/public-tags.ts).
 * The pages render per request from these kept reads (no hidden routes, no rewrites); nginx keeps
 * the rendered bytes (deploy/nginx.conf). With REDIS_URL the entries live in Redis, so an approval's
 * tag expiry (lib/public-refresh.ts) holds on every instance at once; otherwise in this process's
 * memory. An entry is also renewed after KEEP_SECONDS, as a safety net.
 *
 * What is kept must be plain JSON (numbers, strings, arrays, objects): no Map, Date or bigint.
 */
import { unstable_cache } from "next/cache";
import { getDb, type Executor } from "../db";
import { countyTotalsByYear, departmentSummaryPage, findInRanking, publishedCounties, yearRankingPage } from "../db/queries/public-stats";
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
