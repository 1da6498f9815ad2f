/**
 * The comparison form's typeahead (components/compare/department-search-field.tsx):
 * /api/department-search?q=教育 → the departments with published budgets whose name or code
 * matches, as db/queries/compare.ts searchDepartments finds them for the page's own search.
 * Public data only, the same for everyone: cacheable, and kept a minute (response-cache.ts).
 */
import { connection } from "next/server";
import { getDb } from "@/db";
import { searchDepartments } from "@/db/queries/compare";
import { cachedApiResponse } from "@/lib/open-data/response-cache";
import { jsonResponse } from "@/lib/open-data/responses";

/** As many as the list can show at once; the page's full search lists more. */
const SUGGESTIONS = 8;

export async function GET(request: Request) {
  await connection(); // request time only: the build has no database
  return cachedApiResponse(request, async (copy) => {
    const q = (new URL(copy.url).searchParams.get("q") ?? "").trim().slice(0, 50);
    const matches = q === "" ? [] : await searchDepartments(await getDb(), q, SUGGESTIONS);
    return jsonResponse({ data: matches.map(({ ref, code, name, isDemo }) => ({ ref, code, name, isDemo })) });
  });
}
