/**
 * The public data pages and the open-data API's answers, kept compressed in the server's memory
 * and answered by the portal's server (server.ts) before Next is involved: what a caching proxy
 * or CDN in front of the portal would do, inside the portal so that `npm start` alone has it.
 *
 * Why: Next serves a cached page by compressing the whole page again on every request, hashing it
 * for its ETag and encoding the text into bytes — three quarters of the disclosure page's server
 * time under load (docs/benchmarks.md). Kept here, each is done once per page, not per request.
 *
 * Which requests: GET or HEAD of a public data page or of the API (KEPT_PATH: home, department,
 * disclosure, comparison, years, year view, in both languages, not a search or a chosen county of
 * the home page or of a year view; /api/v1/…), accepting gzip, and not one of React's navigation requests (`RSC`
 * and `Next-Router-*` headers, which ask for another representation).
 *
 * What is kept: only what the answer itself lets a shared cache keep — status 200, `Cache-Control`
 * with `s-maxage` (Next's cached pages) or `public` and `max-age` (the API), no `Set-Cookie` —
 * and only text (HTML, JSON, CSV) of at most MAX_ENTRY_BYTES. Next answers the first visitor as usual; in
 * the background this module asks Next for the same page once (FILL_HEADER, with the visitor's
 * headers, uncompressed) and keeps it gzipped. An answer that may not be kept (a missing page) is
 * remembered as such for a while, and those requests go on to Next.
 *
 * Freshness: an approval, or a change to departments or years, forgets every kept page on this
 * instance at once (lib/public-refresh.ts). A page is kept at most KEEP_SECONDS, so another
 * instance is at most that much staler than Next's own cache (revalidate = 300).
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";

/** The header of this module's own request for a page; such a request goes to Next. */
export const FILL_HEADER = "x-portal-page-fill";
/** On answers from here: HIT. */
export const STATUS_HEADER = "x-portal-page-cache";

const KEEP_SECONDS = 60;
const gzipAsync = promisify(gzip);
const MAX_BYTES = 64 * 1024 * 1024;
/** Larger answers (a province's bulk CSV) are served by Next rather than evict everything else. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;
/** After a publication, nothing is kept for this long: a request already under way may have read the old data. */
const QUIET_MS = 5_000;

/** Home (not a search), department, disclosure and comparison pages, Chinese and English; the API. */
export const KEPT_PATH = /^(?:(?:\/en)?(?:\/|\/departments\/[^/?]+(?:\/[^/?]+)?\/?|\/compare|\/years(?:\/\d{4})?)?|\/api\/v1(?:\/[^?]*)?)(?:\?(.*))?$/;
/** Requests for another representation than the HTML page, or for part of it. */
const OTHER_REPRESENTATION = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "range", FILL_HEADER];

export interface KeptPage {
  kept: true;
  headers: OutgoingHttpHeaders;
  etag: string | null;
  gzip: Buffer;
}
type Entry = KeptPage | { kept: false };

interface Store {
  entries: LRUCache<string, Entry>;
  pending: Set<string>;
  /** Counts the publications; a fill begun before the last one is not kept. */
  generation: number;
  quietUntil: number;
}

// One store per server process: server.ts and the server actions that forget pages (bundled by
// Next separately from server.ts) run in the same Node process.
const holder = globalThis as typeof globalThis & { portalPageCache?: Store };
function store(): Store {
  holder.portalPageCache ??= {
    entries: new LRUCache<string, Entry>({
      maxSize: MAX_BYTES,
      sizeCalculation: (entry) => (entry.kept ? entry.gzip.byteLength : 0) + 512,
      ttl: KEEP_SECONDS * 1000,
    }),
    pending: new Set(),
    generation: 0,
    quietUntil: 0,
  };
  return holder.portalPageCache;
}

/** After a publication (or a change to departments or years): every kept page may be stale. */
export function forgetPublicPages(now = Date.now()): void {
  const kept = store();
  kept.entries.clear();
  kept.generation += 1;
  kept.quietUntil = now + QUIET_MS;
}

/** Whether `Accept-Encoding` allows gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Whether this request may be answered from the kept pages: its key, or null. */
export function pageKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url) return null;
  const match = KEPT_PATH.exec(url);
  if (!match) return null;
  const query = new URLSearchParams(match[1] ?? "");
  // Searches and chosen counties of the home page and of a year view: rendered per request, never kept.
  if ((query.has("q") || query.has("county")) && /^(?:\/en)?(?:\/|\/years(?:\/\d{4})?)?(?:\?|$)/.test(url)) return null;
  if (OTHER_REPRESENTATION.some((name) => headers[name] !== undefined)) return null;
  if (!acceptsGzip(headers["accept-encoding"])) return null;
  return url;
}

/** Text worth compressing: what Next's own compression would compress. */
const TEXT = /^(text\/|application\/(json|javascript|xml|[\w.+-]+\+(json|xml))\b)/i;

/** Whether a shared cache may keep this answer, by its own headers. */
export function isKeepable(status: number, headers: Headers): boolean {
  if (status !== 200 || headers.has("set-cookie") || headers.has("content-encoding")) return false;
  if (!TEXT.test(headers.get("content-type") ?? "")) return false;
  if (Number(headers.get("content-length") ?? 0) > MAX_ENTRY_BYTES) return false;
  // A nonce is for one response only; Next's cached pages carry their scripts' hashes instead
  // (lib/security-headers.ts), so this refuses only what was never meant to be shared.
  if ((headers.get("content-security-policy") ?? "").includes("'nonce-")) return false;
  const cacheControl = (headers.get("cache-control") ?? "").toLowerCase();
  if (/\b(private|no-store|no-cache)\b/.test(cacheControl)) return false;
  return /\bs-maxage=\d*[1-9]/.test(cacheControl) || (/\bpublic\b/.test(cacheControl) && /\bmax-age=\d*[1-9]/.test(cacheControl));
}

/**
 * Headers that belong to one connection or one encoding of the body, not to the page; and Next's
 * X-Nextjs-Cache, which told how Next answered the fill (STATUS_HEADER tells how this answer came).
 */
const NOT_KEPT_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-nextjs-cache"]);

export async function keepPage(headers: Headers, body: Uint8Array): Promise<KeptPage> {
  const kept: OutgoingHttpHeaders = {};
  for (const [name, value] of headers) if (!NOT_KEPT_HEADERS.has(name)) kept[name] = value;
  const vary = typeof kept.vary === "string" ? kept.vary : "";
  if (!/\baccept-encoding\b/i.test(vary)) kept.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  kept["content-encoding"] = "gzip";
  kept[STATUS_HEADER] = "HIT";
  // Off the main thread: a large answer would otherwise hold up every other request meanwhile.
  const gzip = await gzipAsync(body, { level: 9 });
  kept["content-length"] = String(gzip.byteLength);
  return { kept: true, headers: kept, etag: headers.get("etag"), gzip };
}

/** Request headers that belong to the visitor's connection or ask for a partial or encoded answer. */
const NOT_FORWARDED = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length", "upgrade", "accept-encoding", "if-none-match", "if-modified-since", "range"]);

/** The headers of this module's own request for the page: the visitor's, for the whole page, uncompressed. */
export function fillHeaders(visitor: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(visitor)) {
    if (value === undefined || NOT_FORWARDED.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  headers.set("accept-encoding", "identity");
  headers.set(FILL_HEADER, "1");
  return headers;
}

/** Answers the request from the kept page: 304 when the visitor has it, no body for HEAD. */
function answer(page: KeptPage, request: IncomingMessage, response: ServerResponse): void {
  const ifNoneMatch = request.headers["if-none-match"];
  if (page.etag && ifNoneMatch?.split(",").some((tag) => tag.trim() === page.etag)) {
    const headers = { ...page.headers };
    delete headers["content-encoding"];
    delete headers["content-length"];
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, page.headers);
  response.end(request.method === "HEAD" ? undefined : page.gzip);
}

/** Asks Next for the page and keeps it, unless a publication came during or just before. */
async function fill(key: string, origin: string, visitor: IncomingHttpHeaders): Promise<void> {
  const { entries, pending } = store();
  const generation = store().generation;
  const startedQuiet = Date.now() < store().quietUntil;
  try {
    const response = await fetch(origin + key, { headers: fillHeaders(visitor), redirect: "manual", signal: AbortSignal.timeout(30_000) });
    let entry: Entry = { kept: false };
    if (isKeepable(response.status, response.headers)) {
      const body = new Uint8Array(await response.arrayBuffer());
      if (body.byteLength <= MAX_ENTRY_BYTES) entry = await keepPage(response.headers, body);
    } else await response.body?.cancel();
    if (!startedQuiet && store().generation === generation) entries.set(key, entry);
  } catch {
    // Next answers the visitors itself meanwhile; the next request tries again.
  } finally {
    pending.delete(key);
  }
}

/**
 * Answers the request from the kept pages and returns true, or returns false for Next to answer
 * (starting, when the page may be kept, one background request to keep it). `origin`: this
 * server's own address, e.g. http://127.0.0.1:3000.
 */
export function answerFromKeptPages(request: IncomingMessage, response: ServerResponse, origin: string): boolean {
  const key = pageKey(request.method, request.url, request.headers);
  if (key === null) return false;
  const { entries, pending } = store();
  const entry = entries.get(key);
  if (entry) {
    if (!entry.kept) return false;
    answer(entry, request, response);
    return true;
  }
  if (!pending.has(key)) {
    pending.add(key);
    void fill(key, origin, request.headers);
  }
  return false;
}

/** For tests: how many fills are under way. */
export function fillsPending(): number {
  return store().pending.size;
}
