/**
 * The open-data API's answers, kept in Next's data cache (`unstable_cache`): in memory for one
 * process, in Redis shared by every instance when REDIS_URL is set (lib/csp-cache-handler.mjs).
 * Keyed by path and query (parameters sorted), so a popular request is read from the database and
 * serialised once. Tagged PUBLIC_DATA_TAG: a publication, or a change to departments or years,
 * forgets them on every instance at once (lib/public-refresh.ts). Otherwise an answer is kept at
 * most KEEP_SECONDS; shared caches in front may add the minute CACHE_CONTROL allows.
 */
import { unstable_cache } from "next/cache";
import { PUBLIC_DATA_TAG } from "../public-tags";

const KEEP_SECONDS = 300;

/** An answer as the data cache keeps it: plain JSON; a binary body (a workbook) in base64. */
export interface KeptAnswer {
  status: number;
  headers: [string, string][];
  body: string;
  encoding?: "base64";
}

/** Bodies kept as text: JSON and CSV. Anything else (an .xlsx) is kept as base64. */
const TEXT_TYPE = /^(text\/|application\/json)/;
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

export function cacheKey(url: URL): string {
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

export async function keptAnswer(response: Response): Promise<KeptAnswer> {
  const answer = { status: response.status, headers: [...response.headers] };
  // Not response.text(): it drops a byte-order mark, which the yearly CSV needs for Excel.
  if (TEXT_TYPE.test(response.headers.get("content-type") ?? "text/")) return { ...answer, body: UTF8.decode(await response.arrayBuffer()) };
  return { ...answer, body: Buffer.from(await response.arrayBuffer()).toString("base64"), encoding: "base64" };
}

export function rebuild(kept: KeptAnswer): Response {
  const body = kept.encoding === "base64" ? new Uint8Array(Buffer.from(kept.body, "base64")) : kept.body;
  return new Response(body, { status: kept.status, headers: kept.headers });
}

/**
 * The kept answer to this request, or `produce`'s, then kept. `produce` gets a plain copy of the
 * request's address: Next refuses reads of the incoming request inside `unstable_cache`, and the
 * address (with its query) is all an answer may depend on — it is the cache key.
 */
export async function cachedApiResponse(request: Request, produce: (request: Request) => Promise<Response> | Response): Promise<Response> {
  const url = request.url;
  const key = cacheKey(new URL(url));
  const answer = unstable_cache(async () => keptAnswer(await produce(new Request(url))), ["open-data", key], { tags: [PUBLIC_DATA_TAG], revalidate: KEEP_SECONDS });
  return rebuild(await answer());
}
