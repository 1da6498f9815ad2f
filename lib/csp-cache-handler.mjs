// @ts-check
/**
 * Next's incremental cache — kept pages, route answers and `unstable_cache` data — as the portal
 * configures it (next.config.ts `cacheHandler`), with one addition: each kept page records the
 * hashes of its own inline scripts (SCRIPT_HASHES_HEADER), from which its Content-Security-Policy
 * is sent (lib/server-hooks.ts). Plain JavaScript because Next loads `cacheHandler` by path at
 * run time, outside its compiled bundles (Node 20 runs no TypeScript).
 *
 * Where entries live:
 * - `REDIS_URL` set (several instances): in Redis, through @fortedigital/nextjs-cache-handler's
 *   redis-strings handler, so a publication's revalidatePath/revalidateTag on one instance holds
 *   on every instance at once (the handler records tag revalidations in Redis and checks them on
 *   every read). Keys are prefixed by the build's id: instances of another build (a rolling
 *   update) never serve each other's pages, whose scripts would not exist on them. Redis
 *   unreachable: every read misses and pages are rendered per request until it returns — slower,
 *   never stale.
 * - Otherwise (one process, the newcomer's `npm start`): Next's own memory cache, never written to
 *   disk (next.config.ts).
 *
 * Which scripts are hashed — only Next's own, never one injected into the page's content:
 * - a page rendered at run time: the inline scripts carrying the nonce of the request that
 *   rendered it (proxy.ts gave it one; Next wrote it on its own <script> tags, and no one else
 *   knew it then). A page rendered without a nonce is not kept.
 * - a page prerendered by `next build` (/about, /open-data): every inline script; the build has
 *   no request and no database (stack-notes §2), so they are all the portal's own code.
 * The hashes are computed once per kept page, not per request, and hold for every visitor the copy
 * goes to — also for requests Next answers together from one cache read, and on every instance.
 */
import { createHash } from "node:crypto";
import { CacheHandler as SharedCacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** @type {any} */
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule;

/** On a kept page's answer: its inline scripts' hash sources, space-separated. Not sent to visitors. */
export const SCRIPT_HASHES_HEADER = "x-portal-script-hashes";

/** As Next reads it (get-script-nonce-from-header.ts): the first nonce of script-src, else default-src. */
const NONCE_SOURCE = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/;

/** @param {string | string[] | undefined} header */
export function nonceFromPolicy(header) {
  const policy = Array.isArray(header) ? header[0] : header;
  if (typeof policy !== "string") return undefined;
  const directives = policy.split(";").map((directive) => directive.trim());
  const directive = directives.find((d) => d.startsWith("script-src")) ?? directives.find((d) => d.startsWith("default-src"));
  for (const source of directive?.split(/\s+/).slice(1) ?? []) {
    const match = NONCE_SOURCE.exec(source);
    if (match) return match[1];
  }
  return undefined;
}

/**
 * Each <script> element and its text as the browser reads it: script is a raw-text element, so
 * the text runs unchanged up to the first `</script`, whatever it contains.
 */
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const NONCE_ATTRIBUTE = /(?:^|\s)nonce\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/**
 * The CSP hash sources of the page's inline scripts; with `nonce`, only of those that carry it.
 * @param {string} html @param {string | undefined} nonce
 */
export function inlineScriptHashes(html, nonce) {
  const hashes = new Set();
  for (const [, attributes = "", text = ""] of html.matchAll(SCRIPT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    if (nonce !== undefined) {
      const match = NONCE_ATTRIBUTE.exec(attributes);
      if ((match?.[1] ?? match?.[2] ?? match?.[3]) !== nonce) continue;
    }
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * @template {new (...args: any[]) => any} Base
 * @param {Base} Base a Next incremental cache handler class (a shared one, e.g. Redis, as well)
 */
export function withScriptHashes(Base) {
  return class extends Base {
    /** @param {any[]} args */
    constructor(...args) {
      super(...args);
      /** @type {Record<string, string | string[] | undefined>} */
      const headers = args[0]?._requestHeaders ?? {};
      /** The nonce Next rendered with: the same request header it reads it from. */
      this.renderNonce = nonceFromPolicy(headers["content-security-policy"]);
      /** `next build` has no request; a request always has a Host header. */
      this.atRunTime = Boolean(headers.host);
    }

    /** @param {string} key @param {any[]} rest */
    async get(key, ...rest) {
      const data = await super.get(key, ...rest);
      const value = data?.value;
      // Every page kept at run time got its hashes in set(): one without them is the build's.
      if (value?.kind === "APP_PAGE" && typeof value.html === "string" && !value.headers?.[SCRIPT_HASHES_HEADER]) {
        value.headers = { ...value.headers, [SCRIPT_HASHES_HEADER]: inlineScriptHashes(value.html, undefined).join(" ") };
      }
      return data;
    }

    /** @param {string} key @param {any} data @param {any[]} rest */
    async set(key, data, ...rest) {
      if (data?.kind === "APP_PAGE" && typeof data.html === "string") {
        // Rendered at run time without a nonce (a request proxy.ts did not see): not kept.
        if (this.atRunTime && !this.renderNonce) return;
        // The same object Next then answers with: the first visitor's answer has them too.
        data.headers = { ...data.headers, [SCRIPT_HASHES_HEADER]: inlineScriptHashes(data.html, this.atRunTime ? this.renderNonce : undefined).join(" ") };
      }
      return super.set(key, data, ...rest);
    }
  };
}

/**
 * The shared cache in Redis (see above). The client reconnects by itself; while it is not ready
 * the handler's reads miss and its writes are dropped (the library catches and logs them).
 * @param {string} url
 */
function redisBackedHandler(url) {
  SharedCacheHandler.onCreation(({ buildId }) => {
    const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) } });
    client.on("error", (/** @type {unknown} */ error) => console.error("共享缓存（Redis）连接错误 (shared cache):", error instanceof Error ? error.message : error));
    void client.connect().catch(() => undefined);
    const handler = createRedisHandler({ client: /** @type {any} */ (client), keyPrefix: `portal:${buildId ?? "dev"}:`, timeoutMs: 1_000 });
    return { handlers: [handler] };
  });
  return SharedCacheHandler;
}

// The one read of process.env in this file, as in next.config.ts: this file is loaded by Next
// itself at run time, before lib/env.ts (TypeScript) could be; lib/env.ts validates the same
// variable for the rest of the portal.
const redisUrl = process.env.REDIS_URL;

export default withScriptHashes(redisUrl ? redisBackedHandler(redisUrl) : FileSystemCache);
