import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes } from "./csp-hashes";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inline script hashes", () => {
  it("hashes each inline script's text exactly as written, once per distinct text", () => {
    const payload = 'self.__next_f.push([1,"正定县 \\u003c/script\\u003e"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">(globalThis.T||[]).push(1)</script></head>
<body><script nonce="abc">${payload}</script><SCRIPT>(self.__next_f=self.__next_f||[]).push([0])</SCRIPT><script>(self.__next_f=self.__next_f||[]).push([0])</script><script type="module" src='/x.js'></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256("(globalThis.T||[]).push(1)"), sha256(payload), sha256("(self.__next_f=self.__next_f||[]).push([0])")]);
  });

  it("matches the well-known hash of an empty script and finds none in a page without inline scripts", () => {
    expect(inlineScriptHashes("<script></script>")).toEqual(["'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"]);
    expect(inlineScriptHashes('<p>no scripts</p><script src="/a.js"></script>')).toEqual([]);
  });

  it("reads an attribute holding '>' as part of the tag", () => {
    expect(inlineScriptHashes('<script data-x="a>b">run()</script>')).toEqual([sha256("run()")]);
  });
});
