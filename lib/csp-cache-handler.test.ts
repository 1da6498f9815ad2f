import { describe, expect, it } from "vitest";
import { nonceFromPolicy, storedNonce, withNonce } from "./csp-cache-handler.mjs";

const page = (nonce: string) =>
  `<html><head><script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script></head><body><p>nonce="${nonce}" is also in the text</p>` +
  `<script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></body></html>`;

describe("the kept pages' nonce", () => {
  it("reads the nonce of script-src (else default-src) as Next does", () => {
    expect(nonceFromPolicy("default-src 'self'; script-src 'self' 'nonce-AbC+/_-9=='")).toBe("AbC+/_-9==");
    expect(nonceFromPolicy("default-src 'nonce-fromDefault'")).toBe("fromDefault");
    expect(nonceFromPolicy("script-src 'self'; default-src 'nonce-x'")).toBeUndefined();
    expect(nonceFromPolicy(["script-src 'nonce-first'", "script-src 'nonce-second'"])).toBe("first");
    expect(nonceFromPolicy("script-src 'nonce-bad\"quote'")).toBeUndefined();
    expect(nonceFromPolicy(undefined)).toBeUndefined();
  });

  it("replaces the render's nonce everywhere by the request's", () => {
    const kept = page("RenderNonce1234567890ab");
    expect(storedNonce(kept)).toBe("RenderNonce1234567890ab");
    const served = withNonce(kept, "RequestNonce987654321xy", false);
    expect(served).toBe(page("RequestNonce987654321xy"));
    expect(served).not.toContain("RenderNonce");
    expect(withNonce(served, "RequestNonce987654321xy", false)).toBe(served);
  });

  it("gives every <script> of a build prerender the nonce, and leaves a run-time page without one closed", () => {
    const built = '<html><head><script src="/a.js" async=""></script></head><body><script>self.__next_f=[]</script><noscript>x</noscript></body></html>';
    expect(withNonce(built, "N0nce", true)).toBe('<html><head><script nonce="N0nce" src="/a.js" async=""></script></head><body><script nonce="N0nce">self.__next_f=[]</script><noscript>x</noscript></body></html>');
    expect(withNonce(built, "N0nce", false)).toBe(built);
  });
});
