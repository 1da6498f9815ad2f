/** Types of lib/csp-cache-handler.mjs (plain JavaScript: Next loads it by path at run time). */
export function nonceFromPolicy(header: string | string[] | undefined): string | undefined;
export function storedNonce(html: string): string | undefined;
export function withNonce(html: string, nonce: string, fromBuild: boolean): string;
export function withRequestNonces<Base extends new (...args: any[]) => any>(Base: Base): Base;
declare const CspCacheHandler: new (...args: any[]) => any;
export default CspCacheHandler;
