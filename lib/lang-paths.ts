/**
 * Every public page answers in two languages: Chinese at its own path, English under /en (one route
 * file each, under app/[locale]/; the routing: lib/i18n/routing.ts). The language is in the path
 * only (never a cookie or header), so both versions are cached alike.
 */
/** The portal's two languages: Chinese first. */
export type Lang = "zh" | "en";

export const EN_PREFIX = "/en";

/** The language of a public path: "/en" and "/en/…" are English, everything else Chinese. */
export function langOfPath(pathname: string): Lang {
  return pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`) || /^\/en[?#]/.test(pathname) ? "en" : "zh";
}

/** Splits "/a/b?x=1#y" into "/a/b" and "?x=1#y". */
function splitPath(href: string): [string, string] {
  const i = href.search(/[?#]/);
  return i === -1 ? [href, ""] : [href.slice(0, i), href.slice(i)];
}

/** The Chinese (unprefixed) form of a public path, query and fragment kept. */
function unprefixed(href: string): string {
  const [path, rest] = splitPath(href);
  if (langOfPath(path) === "zh") return href;
  return `${path.slice(EN_PREFIX.length) || "/"}${rest}`;
}

/**
 * A page link of the portal in `lang`: "/departments/434" → "/en/departments/434", "/?q=x" →
 * "/en?q=x". Only for pages; downloads and the API stay unprefixed.
 */
export function localePath(href: string, lang: Lang): string {
  const plain = unprefixed(href);
  if (lang === "zh") return plain;
  const [path, rest] = splitPath(plain);
  return `${EN_PREFIX}${path === "/" ? "" : path}${rest}`;
}

/** The same page (path and query) in the other language: what the language switch links to. */
export function switchedPath(href: string): string {
  const [path] = splitPath(href);
  return localePath(href, langOfPath(path) === "en" ? "zh" : "en");
}

/**
 * "?a=1&b=x,y" from parsed search params, or "" when there are none. Commas stay commas, as the
 * portal writes them (departments=434,401), so the switched address reads like the original.
 */
export function queryString(params: Iterable<[string, string]>): string {
  const parts = [...params].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/gi, ",")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}
