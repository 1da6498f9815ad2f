// @ts-check
/**
 * Next's own incremental cache (memory, as configured in next.config.ts), with one change: a kept
 * page's HTML goes out with the nonce of the request it answers, not the one of the render that
 * made it. Why: lib/security-headers.ts. Plain JavaScript because Next loads `cacheHandler` by
 * path at run time, outside its compiled bundles (Node 20 cannot load TypeScript).
 *
 * - Pages rendered at run time carry the nonce of the request that rendered them (proxy.ts puts
 *   one on every page request): that value, random and seen by no one but that one visitor, is
 *   replaced wherever it occurs in the kept HTML (on each <script> tag, and in the inline payload
 *   if Next ever copies it there). A page rendered without one is not kept: it could not be served
 *   safely (see storedNonce).
 * - Pages prerendered by `next build` have no nonce: the build has no request and no database, so
 *   every <script> in them is the portal's own; they get the nonce on each <script> tag.
 *
 * The replacement is a string operation on the kept HTML, a fraction of a millisecond for the
 * largest disclosure page; the page is not rendered again. A future shared handler (Redis, issue
 * 14) gets the same behaviour by extending its class with `withRequestNonces`.
 */
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** @type {any} */
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule;

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

/** The nonce Next wrote on the page's <script> tags when it rendered it, if any. */
const SCRIPT_NONCE = /<script\b[^>]*?\snonce="([A-Za-z0-9+/_-]+={0,2})"/i;
const SCRIPT_TAG = /<script(?=[\s>])/gi;

/** @param {string} html */
export function storedNonce(html) {
  return SCRIPT_NONCE.exec(html)?.[1];
}

/**
 * The kept HTML for a request with `nonce`. `fromBuild`: prerendered by `next build`, so every
 * <script> in it is the portal's own and may be given the nonce. Otherwise a page without a nonce
 * is left as it is: its inline scripts will not run (closed, not open).
 * @param {string} html @param {string} nonce @param {boolean} fromBuild
 */
export function withNonce(html, nonce, fromBuild) {
  const old = storedNonce(html);
  if (old) return old === nonce ? html : html.split(old).join(nonce);
  return fromBuild ? html.replace(SCRIPT_TAG, `<script nonce="${nonce}"`) : html;
}

/**
 * @template {new (...args: any[]) => any} Base
 * @param {Base} Base a Next incremental cache handler class
 */
export function withRequestNonces(Base) {
  /** Keys of entries read from the build output (bounded by the number of prerendered pages). */
  const fromBuild = new Set();
  return class extends Base {
    /** @param {any[]} args */
    constructor(...args) {
      super(...args);
      /** @type {Record<string, string | string[] | undefined>} */
      const headers = args[0]?._requestHeaders ?? {};
      this.requestNonce = nonceFromPolicy(headers["content-security-policy"]);
      /** A request for the RSC payload, not the HTML. */
      this.rscRequest = headers.rsc === "1";
      /** `next build` has no request; a request always has a Host header. */
      this.atRunTime = Boolean(headers.host);
    }

    /** @param {string} key @param {any[]} rest */
    async get(key, ...rest) {
      const inMemory = FileSystemCache.memoryCache?.get(key) !== undefined;
      const data = await super.get(key, ...rest);
      const value = data?.value;
      if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return data;
      if (!inMemory) fromBuild.add(key);
      if (!this.requestNonce || this.rscRequest) return data;
      const html = withNonce(value.html, this.requestNonce, fromBuild.has(key));
      return html === value.html ? data : { ...data, value: { ...value, html } };
    }

    /** @param {string} key @param {any} data @param {any[]} rest */
    async set(key, data, ...rest) {
      if (data?.kind === "APP_PAGE" && typeof data.html === "string") {
        // Rendered at run time without a nonce (a request proxy.ts did not see): not kept.
        if (this.atRunTime && !storedNonce(data.html)) return;
        if (this.atRunTime) fromBuild.delete(key);
      }
      return super.set(key, data, ...rest);
    }
  };
}

export default withRequestNonces(FileSystemCache);
