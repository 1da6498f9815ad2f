/** Small helpers for route handlers' responses. */
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The kinds of file the portal hands out; the saved file always ends in one of these. */
export type DownloadExtension = "xlsx" | "csv" | "json";

// Control characters and the path separators are never part of a saved name, in either form.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f/\\]/g;
// The quoted ASCII fallback: nothing that could end the quoted string or the parameter (" ; \),
// start a second parameter's value (' %), or that is not printable ASCII.
const UNSAFE_IN_FALLBACK = /[^\x20-\x7e]|["'%;\\/]/g;

/**
 * The Content-Disposition of every download (RFC 6266). Names are built from department names,
 * which editors and admins type: a name such as `x.html"; filename="'` must neither end the
 * parameter nor change the saved file's type. So the UTF-8 name goes in `filename*`, with every
 * byte but letters, digits and `. _ -` percent-encoded (encodeURIComponent leaves ' ( ) * ! alone,
 * and ' ends the charset part of RFC 5987), and the quoted `filename` fallback for old clients is
 * ASCII without quotes, backslashes, slashes, control characters or `;`. Both end in `.extension`.
 */
export function contentDisposition(filename: string, extension: DownloadExtension, asciiFallback?: string): string {
  const suffix = `.${extension}`;
  const stem = (filename.endsWith(suffix) ? filename.slice(0, -suffix.length) : filename).replace(UNSAFE_IN_NAME, "_");
  const full = `${stem}${suffix}`;
  const encoded = Array.from(new TextEncoder().encode(full), (byte) =>
    /[A-Za-z0-9._-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
  ).join("");
  const fallbackStem = (asciiFallback ?? stem).replace(UNSAFE_IN_NAME, "_").replace(UNSAFE_IN_FALLBACK, "_");
  return `attachment; filename="${fallbackStem}${suffix}"; filename*=UTF-8''${encoded}`;
}

/** A workbook download; the Chinese file name survives through RFC 5987 encoding. */
export function workbookResponse(buffer: Buffer, filename: string, cacheControl = "private, no-store"): Response {
  return new Response(new Uint8Array(buffer), {
    headers: {
      "Content-Type": XLSX,
      "Content-Disposition": contentDisposition(filename, "xlsx"),
      "Cache-Control": cacheControl,
    },
  });
}

export function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * Whether the address's path holds percent-encoding that does not decode (`/departments/%E0%A4%A`):
 * Next would fail on it with a 500; the portal's request hook (lib/server-hooks.ts) answers BAD_ADDRESS_PAGE, 400.
 */
export function hasMalformedPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/** The page for an address that cannot be read, in Chinese first. */
export const BAD_ADDRESS_PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>地址有误 — 部门预算公开平台</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1f2937}a{color:#1d4ed8}</style>
</head><body><main>
<h1>地址有误</h1>
<p>这个网址中的百分号编码（%…）不完整或无效，无法打开。请检查链接是否完整，或回到<a href="/">首页</a>查找。</p>
<p lang="en">Bad request: the address contains malformed percent-encoding. <a href="/en">English home page</a></p>
</main></body></html>
`;

/**
 * A public page as an anonymous visitor gets it: the same bytes for everyone, so a shared cache in
 * front (nginx, a CDN) may keep it for a second — the staleness bound after a publication
 * (deploy/nginx.conf) — and a browser asks again each time. Set by proxy.ts before Next renders
 * (Next keeps a Cache-Control already set), so pages rendered per request are cacheable too,
 * and a page Next keeps for minutes is not kept that long by a CDN.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1";

const SESSION_COOKIE = /^(?:__Secure-)?next-auth\.session-token(?:\.\d+)?$/;

/** Whether a request carries a sign-in session cookie (its pages may differ from an anonymous visitor's). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
