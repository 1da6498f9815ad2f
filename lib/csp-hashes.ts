/**
 * The CSP hash sources of a page's inline scripts, for a copy of the page that goes to many
 * visitors (lib/public-page-cache.ts): each `'sha256-…'` allows exactly one script text, so a
 * script injected into the page — with or without a copied nonce — does not run.
 */
import { createHash } from "node:crypto";

/**
 * Each <script> element without `src`, its text as the browser reads it: script is a raw-text
 * element, so the text runs unchanged up to the first `</script`, whatever it contains.
 */
const INLINE_SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", text = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (SRC_ATTRIBUTE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
