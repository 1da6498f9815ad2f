/** Types of lib/csp-cache-handler.mjs (plain JavaScript: Next loads it by path at run time). */
export const SCRIPT_HASHES_HEADER: string;
export function nonceFromPolicy(header: string | string[] | undefined): string | undefined;
export function inlineScriptHashes(html: string, nonce: string | undefined): string[];
// A mixin over Next's cache handler class, whose constructor Next calls with its own options:
// TypeScript's mixin pattern needs a constructor type of any[].
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withScriptHashes<Base extends new (...args: any[]) => any>(Base: Base): Base;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const CspCacheHandler: new (...args: any[]) => any;
export default CspCacheHandler;
