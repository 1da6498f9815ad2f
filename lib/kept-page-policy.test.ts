import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { SCRIPT_HASHES_HEADER } from "./csp-cache-handler.mjs";
import { withKeptPagePolicy } from "./kept-page-policy";
import { isKeepable } from "./public-page-cache";
import { contentSecurityPolicy, nonceSource } from "./security-headers";

function response() {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  res.setHeader("content-security-policy", contentSecurityPolicy({ development: false, scriptSources: [nonceSource("requestNonce")] }));
  return withKeptPagePolicy(res);
}

describe("the policy of a page from Next's cache", () => {
  it("replaces the request's nonce by the kept page's hashes when the headers go out, and drops the record", () => {
    const hashes = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc='";
    const res = response();
    res.appendHeader(SCRIPT_HASHES_HEADER, hashes);
    res.writeHead(200);
    expect(res.getHeader("content-security-policy")).toBe(contentSecurityPolicy({ development: false, scriptSources: hashes.split(" ") }));
    expect(res.getHeader(SCRIPT_HASHES_HEADER)).toBeUndefined();
  });

  it("keeps the nonce policy of a page rendered for this request", () => {
    const res = response();
    res.writeHead(200);
    expect(res.getHeader("content-security-policy")).toContain("'nonce-requestNonce'");
  });

  it("a kept page with no inline script allows none", () => {
    const res = response();
    res.setHeader(SCRIPT_HASHES_HEADER, "");
    res.writeHead(200);
    expect(res.getHeader("content-security-policy")).toBe(contentSecurityPolicy({ development: false }));
  });

  it("the portal's server keeps no copy of an answer whose policy holds a nonce", () => {
    const base = { "cache-control": "s-maxage=300, stale-while-revalidate", "content-type": "text/html; charset=utf-8" };
    expect(isKeepable(200, new Headers(base))).toBe(true);
    expect(isKeepable(200, new Headers({ ...base, "content-security-policy": contentSecurityPolicy({ development: false, scriptSources: ["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"] }) }))).toBe(true);
    expect(isKeepable(200, new Headers({ ...base, "content-security-policy": contentSecurityPolicy({ development: false, scriptSources: [nonceSource("abc")] }) }))).toBe(false);
  });
});
