import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { CROSS_SITE, MALFORMED, TOO_LARGE, refuseMalformedAction } from "./action-request";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./excel/limits";

const require = createRequire(import.meta.url);
// React's own encoder for action arguments, as the browser runs it.
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply(value: unknown[]): Promise<string | FormData>;
};

const HOST = "portal.example:3000";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`http://${HOST}/edit/1`, {
    method: "POST",
    body,
    headers: { host: HOST, "next-action": "7f00aa", origin: `http://${HOST}`, ...headers },
  });
}

async function encoded(args: unknown[], headers: Record<string, string> = {}): Promise<Request> {
  const body = await encodeReply(args);
  return typeof body === "string" ? post(body, { "content-type": "text/plain;charset=UTF-8", ...headers }) : post(body, headers);
}

async function refusal(request: Request): Promise<[number, string] | null> {
  const response = await refuseMalformedAction(request);
  return response ? [response.status, await response.text()] : null;
}

describe("server-action requests Next would answer with a 500", () => {
  it("lets through what React's encoder sends: the editor's objects, forms with files, shared objects, odd values", async () => {
    const form = new FormData();
    form.set("versionId", "1");
    form.set("file", new File([new Uint8Array([1, 2, 3])], "a.xlsx"));
    const shared = { a: 1 };
    const cases: unknown[][] = [
      [{ versionId: 1, revision: 2, document: { preamble: "正文", rows: [[1, 2], ["$x", "$$"]] } }],
      [null, form],
      [{ x: shared, y: shared, z: [shared] }],
      [new Map([["k", new Set([1n, new Date(0)])]]), undefined, NaN, -0, Infinity, -Infinity],
      ["x".repeat(500_000)],
      [],
    ];
    for (const args of cases) expect(await refusal(await encoded(args))).toBeNull();
  });

  it("refuses a cross-site origin, a bad origin and 'null' with 403, but not a missing one", async () => {
    expect(await refusal(await encoded([1], { origin: "http://evil.example" }))).toEqual([403, CROSS_SITE]);
    expect(await refusal(await encoded([1], { origin: "not a url" }))).toEqual([403, CROSS_SITE]);
    expect(await refusal(await encoded([1], { origin: "null" }))).toEqual([403, CROSS_SITE]);
    const noOrigin = new Request(`http://${HOST}/`, { method: "POST", body: "[1]", headers: { host: HOST, "next-action": "x" } });
    expect(await refusal(noOrigin)).toBeNull();
  });

  it("refuses a body over the limit with 413, by its declared and its actual length", async () => {
    const big = "x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES + 1);
    expect(await refusal(post(JSON.stringify([big]), { "content-type": "text/plain" }))).toEqual([413, TOO_LARGE]);
  });

  it("refuses bodies React cannot decode with 400", async () => {
    const bad: [BodyInit, Record<string, string>][] = [
      ["garbage", { "content-type": "text/plain" }],
      ["{\"not\":\"a list\"}", { "content-type": "text/plain" }],
      ['["$1"]', { "content-type": "text/plain" }],
      ['["$Q1"]', { "content-type": "text/plain" }],
      ['["$zz"]', { "content-type": "text/plain" }],
      ['["$h1"]', { "content-type": "text/plain" }],
      ['["$B1"]', { "content-type": "text/plain" }],
      [`["$n${"9".repeat(301)}"]`, { "content-type": "text/plain" }],
      [`[${"[".repeat(300)}${"]".repeat(300)}]`, { "content-type": "application/json" }],
      [JSON.stringify([Array.from({ length: 2 }, () => "x".repeat(600_000))]), { "content-type": "text/plain" }],
      ["--b\r\nnot a part", { "content-type": "multipart/form-data; boundary=b" }],
      ["--b\r\nContent-Disposition: form-data; name=\"1\"\r\n\r\n[]\r\n--b--\r\n", { "content-type": "multipart/form-data; boundary=b" }],
    ];
    for (const [body, headers] of bad) expect(await refusal(post(body, headers))).toEqual([400, MALFORMED]);
  });

  it("checks a form posted without JavaScript the way decodeAction reads it", async () => {
    const form = new FormData();
    form.set("$ACTION_REF_1", "");
    form.set("$ACTION_1:0", "{not json");
    const broken = new Request(`http://${HOST}/admin`, { method: "POST", body: form, headers: { host: HOST, origin: `http://${HOST}` } });
    expect(await refusal(broken)).toEqual([400, MALFORMED]);
    const plain = new FormData();
    plain.set("name", "x");
    const mpa = new Request(`http://${HOST}/admin`, { method: "POST", body: plain, headers: { host: HOST, origin: `http://${HOST}` } });
    expect(await refusal(mpa)).toBeNull();
  });

  it("leaves GETs and ordinary posts alone", async () => {
    expect(await refusal(new Request(`http://${HOST}/`))).toBeNull();
    const login = new Request(`http://${HOST}/api/auth/callback/credentials`, {
      method: "POST",
      body: "username=a",
      headers: { host: HOST, origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await refusal(login)).toBeNull();
  });
});
