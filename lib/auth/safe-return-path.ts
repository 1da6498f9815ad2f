/**
 * Where sign-in may send the browser back to: a path of this portal, never another site.
 *
 * A browser reads `/\evil.example` as `//evil.example` (backslash is a slash in http URLs) and
 * drops tabs and newlines anywhere in a URL, so `/%09/evil.example` is `//evil.example` too: a
 * prefix test on the text is not enough. The candidate is parsed the way a browser would parse it
 * against this portal's origin, and kept only when it stays on that origin; what is returned is
 * the parsed, normalised path, so the browser cannot read it differently afterwards.
 */
export const DEFAULT_RETURN_PATH = "/workspace";

/** Stands for this portal's origin while parsing; never shown or fetched. */
const ORIGIN = "http://portal.invalid";

export function safeReturnPath(value: string | string[] | null | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.length > 2000) return DEFAULT_RETURN_PATH;
  let url: URL;
  try {
    url = new URL(candidate, ORIGIN);
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  if (url.origin !== ORIGIN) return DEFAULT_RETURN_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Belt and braces: what we hand out must itself start with exactly one slash and no backslash.
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return DEFAULT_RETURN_PATH;
  return path;
}
