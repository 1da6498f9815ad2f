import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, nonceFromPolicy } from "./csp-cache-handler.mjs";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the CSP hashes of a kept page's inline scripts", () => {
  it("reads the nonce of script-src (else default-src) as Next does", () => {
    expect(nonceFromPolicy("default-src 'self'; script-src 'self' 'nonce-AbC+/_-9=='")).toBe("AbC+/_-9==");
    expect(nonceFromPolicy("default-src 'nonce-fromDefault'")).toBe("fromDefault");
    expect(nonceFromPolicy("script-src 'self'; default-src 'nonce-x'")).toBeUndefined();
    expect(nonceFromPolicy(["script-src 'nonce-first'", "script-src 'nonce-second'"])).toBe("first");
    expect(nonceFromPolicy("script-src 'nonce-bad\"quote'")).toBeUndefined();
    expect(nonceFromPolicy(undefined)).toBeUndefined();
  });

  it("hashes each inline script's text exactly as written, once per distinct text", () => {
    const payload = 'self.__next_f.push([1,"正定县 \\u003c/script\\u003e"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">(globalThis.T||[]).push(1)</script></head>
<body><script nonce="abc">${payload}</script><SCRIPT>(self.__next_f=self.__next_f||[]).push([0])</SCRIPT><script>(self.__next_f=self.__next_f||[]).push([0])</script><script type="module" src='/x.js'></script></body></html>`;
    expect(inlineScriptHashes(html, undefined)).toEqual([sha256("(globalThis.T||[]).push(1)"), sha256(payload), sha256("(self.__next_f=self.__next_f||[]).push([0])")]);
    expect(inlineScriptHashes("<script></script>", undefined)).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(inlineScriptHashes('<p>no scripts</p><script src="/a.js"></script>', undefined)).toEqual([]);
    expect(inlineScriptHashes('<script data-x="a>b">run()</script>', undefined)).toEqual([sha256("run()")]);
  });

  it("with the render's nonce, hashes only the scripts that carry it: an injected script is not blessed", () => {
    const html =
      '<script nonce="R3nder">self.__next_f.push([0])</script>' +
      "<p>comment: <script>steal()</script></p>" +
      '<script nonce="guessed">steal()</script><script nonce=R3nder>boot()</script><script data-nonce="R3nder">x()</script>';
    expect(inlineScriptHashes(html, "R3nder")).toEqual([sha256("self.__next_f.push([0])"), sha256("boot()")]);
  });
});
