/**
 * The open-data API's answers, kept in this server's memory so that a popular request is read
 * from the database and serialised once, not on every call. Keyed by path and query (parameters
 * sorted); only successful answers are kept; the least recently used go first when the cache
 * reaches its size. An answer is kept for as long as the API lets shared caches keep it
 * (CACHE_CONTROL, a minute), so another server instance is never staler than a proxy may be; an
 * approval on this instance forgets everything at once (app/(workspace)/review/actions.ts).
 */
import { LRUCache } from "lru-cache";
import { CACHE_MAX_AGE_SECONDS } from "./responses";

interface Kept {
  status: number;
  headers: [string, string][];
  /** Encoded once, so that a hit costs no UTF-8 encoding. */
  body: Uint8Array;
}

const MAX_BYTES = 64 * 1024 * 1024;
/** Larger answers (a province's bulk CSV) are served fresh rather than evict everything else. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

// One cache per server process: route handlers and server actions may be bundled separately.
const store = globalThis as typeof globalThis & { portalApiCache?: LRUCache<string, Kept> };
function cache(): LRUCache<string, Kept> {
  store.portalApiCache ??= new LRUCache<string, Kept>({
    maxSize: MAX_BYTES,
    maxEntrySize: MAX_ENTRY_BYTES,
    sizeCalculation: (kept) => kept.body.byteLength + 256,
    ttl: CACHE_MAX_AGE_SECONDS * 1000,
  });
  return store.portalApiCache;
}

export function cacheKey(url: URL): string {
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

function rebuild(kept: Kept): Response {
  return new Response(kept.body as Uint8Array<ArrayBuffer>, { status: kept.status, headers: kept.headers });
}

/** The kept answer to this request, or `produce`'s, kept when it succeeded. */
export async function cachedApiResponse(request: Request, produce: () => Promise<Response> | Response): Promise<Response> {
  const key = cacheKey(new URL(request.url));
  const hit = cache().get(key);
  if (hit) return rebuild(hit);
  const response = await produce();
  if (response.status !== 200) return response;
  const kept: Kept = { status: response.status, headers: [...response.headers], body: new Uint8Array(await response.arrayBuffer()) };
  cache().set(key, kept);
  return rebuild(kept);
}

/** After a publication (or a change to departments or years): every kept answer may be stale. */
export function forgetApiResponses(): void {
  cache().clear();
}
