/** Types of lib/csp-cache-handler.mjs (plain JavaScript: Next loads it by path at run time). */
export const SCRIPT_HASHES_HEADER: string;
export function nonceFromPolicy(header: string | string[] | undefined): string | undefined;
export function inlineScriptHashes(html: string, nonce: string | undefined): string[];
export function withScriptHashes<Base extends new (...args: any[]) => any>(Base: Base): Base;
declare const CspCacheHandler: new (...args: any[]) => any;
export default CspCacheHandler;
