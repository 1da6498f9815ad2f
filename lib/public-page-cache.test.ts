import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { acceptsGzip, answerFromKeptPages, fillHeaders, FILL_HEADER, fillsPending, forgetPublicPages, isKeepable, pageKey, STATUS_HEADER } from "./public-page-cache";

const PAGE = "<!DOCTYPE html><html lang=zh-CN><body><h1>正定县财政局 2018年部门预算信息公开</h1></body></html>".repeat(50);
const SHARED = "s-maxage=300, stale-while-revalidate=31535700";

/**
 * A real HTTP server with the kept pages in front of a stand-in for Next: it answers every path
 * with PAGE (shared-cacheable), except /departments/999 (404) and /compare?private (not
 * shareable), /departments/slow after 100 ms, and records what it was asked.
 */
let server: Server;
let origin = "";
const asked: { url: string; headers: IncomingHttpHeaders }[] = [];
let version = 1;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    if (answerFromKeptPages(req, res, origin)) return;
    asked.push({ url: req.url ?? "", headers: req.headers });
    if (req.url === "/departments/slow") await new Promise((resolve) => setTimeout(resolve, 100));
    if (req.url === "/departments/999") return void res.writeHead(404, { "cache-control": SHARED }).end("没有");
    const shared = req.url !== "/compare?private";
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": shared ? SHARED : "private, no-cache, no-store, max-age=0, must-revalidate",
      etag: `"v${version}"`,
      vary: "rsc, next-router-state-tree",
      "x-nextjs-cache": "MISS",
    });
    res.end(`${PAGE}<!-- v${version} -->`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  forgetPublicPages(Date.now() - 60_000);
  asked.length = 0;
  version = 1;
});

/** One request, as a browser makes it; the body as sent (not decompressed). */
function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${origin}${path}`, { method, headers: { "accept-encoding": "gzip, deflate, br", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

async function filled() {
  for (let i = 0; i < 200 && fillsPending() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(fillsPending()).toBe(0);
}

describe("the public pages kept compressed (lib/public-page-cache.ts)", () => {
  it("lets Next answer the first visitor, keeps the page, then answers it gzipped with Next's headers", async () => {
    const first = await get("/departments/434/2018");
    expect(first.headers[STATUS_HEADER]).toBeUndefined();
    await filled();
    expect(asked.map((a) => a.url)).toEqual(["/departments/434/2018", "/departments/434/2018"]);
    const second = await get("/departments/434/2018");
    expect(asked).toHaveLength(2);
    expect(second.headers[STATUS_HEADER]).toBe("HIT");
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(second.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(second.headers["cache-control"]).toBe(SHARED);
    expect(second.headers.etag).toBe('"v1"');
    expect(second.headers["x-nextjs-cache"]).toBeUndefined();
    expect(Number(second.headers["content-length"])).toBe(second.body.byteLength);
    expect(second.body.byteLength).toBeLessThan(Buffer.byteLength(PAGE) / 20);
    expect(gunzipSync(second.body).toString("utf8")).toBe(`${PAGE}<!-- v1 -->`);
  });

  it("asks Next with the visitor's headers, for the whole page, uncompressed, marked as its own request", async () => {
    await get("/departments/434", { cookie: "a=1", "accept-language": "zh-CN", "if-none-match": '"v0"' });
    await filled();
    const own = asked[1]!.headers;
    expect(own[FILL_HEADER]).toBe("1");
    expect(own["accept-encoding"]).toBe("identity");
    expect(own.cookie).toBe("a=1");
    expect(own["accept-language"]).toBe("zh-CN");
    expect(own["if-none-match"]).toBeUndefined();
    expect(fillHeaders({ host: "evil.example", range: "bytes=0-1" }).has("host")).toBe(false);
  });

  it("keeps each address apart, query included", async () => {
    await get("/compare?departments=434,401&years=2018");
    await filled();
    expect((await get("/compare?departments=434,401&years=2018")).headers[STATUS_HEADER]).toBe("HIT");
    expect((await get("/compare?departments=434&years=2018")).headers[STATUS_HEADER]).toBeUndefined();
  });

  it("answers 304 to a visitor who has the page, and no body to HEAD", async () => {
    await get("/departments/434/2018");
    await filled();
    const notModified = await get("/departments/434/2018", { "if-none-match": 'W/"x", "v1"' });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.etag).toBe('"v1"');
    expect(notModified.headers["content-encoding"]).toBeUndefined();
    const head = await get("/departments/434/2018", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers[STATUS_HEADER]).toBe("HIT");
    expect(head.body.byteLength).toBe(0);
  });

  it("keeps nothing Next does not let shared caches keep, and then leaves that address to Next", async () => {
    for (const path of ["/departments/999", "/compare?private"]) {
      await get(path);
      await filled();
      const again = await get(path);
      expect(again.headers[STATUS_HEADER]).toBeUndefined();
      expect(again.headers["content-encoding"]).toBeUndefined();
      expect(asked.filter((a) => a.url === path)).toHaveLength(3); // the visitor, the fill, the visitor again: no second fill
    }
  });

  it("leaves to Next other pages, searches, React's navigation requests and visitors who do not accept gzip", async () => {
    for (const [path, headers] of [
      ["/about", {}],
      ["/open-data", {}],
      ["/api/auth/session", {}],
      ["/review", {}],
      ["/?q=财政", {}],
      ["/en?q=434", {}],
      ["/departments/434/2018", { rsc: "1" }],
      ["/departments/434/2018", { "next-router-prefetch": "1" }],
      ["/departments/434/2018", { "accept-encoding": "identity" }],
      ["/departments/434/2018", { "accept-encoding": "gzip;q=0, br" }],
    ] as const) {
      await get(path, headers);
      await get(path, headers);
    }
    await filled();
    expect(asked).toHaveLength(20);
    expect(asked.some((a) => a.headers[FILL_HEADER])).toBe(false);
  });

  it("forgets every page after a publication, and keeps nothing read just after it", async () => {
    await get("/departments/434/2018");
    await filled();
    version = 2;
    forgetPublicPages();
    const during = await get("/departments/434/2018");
    expect(during.headers[STATUS_HEADER]).toBeUndefined();
    expect(during.body.toString("utf8")).toContain("<!-- v2 -->");
    await filled();
    expect((await get("/departments/434/2018")).headers[STATUS_HEADER]).toBeUndefined(); // still quiet: not kept
    await filled();
    forgetPublicPages(Date.now() - 60_000);
    await get("/departments/434/2018");
    await filled();
    const after = await get("/departments/434/2018");
    expect(after.headers[STATUS_HEADER]).toBe("HIT");
    expect(gunzipSync(after.body).toString("utf8")).toContain("<!-- v2 -->");
  });

  it("does not keep a page asked for before a publication and read after it", async () => {
    const visit = get("/departments/slow");
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fillsPending()).toBe(1);
    forgetPublicPages(Date.now() - 60_000); // a publication, its quiet time already over
    await visit;
    await filled();
    expect((await get("/departments/slow")).headers[STATUS_HEADER]).toBeUndefined();
  });

  it("knows the public data pages by their address", () => {
    const gzip = { "accept-encoding": "gzip" };
    for (const path of ["/", "/?page=2", "/en", "/en/", "/departments/434", "/departments/434/2018", "/en/departments/434/2018", "/compare", "/compare?departments=434&years=2018", "/en/compare?measure=total", "/years", "/en/years", "/years/2018", "/years/2018?measure=basic&page=2", "/en/years/2019", "/api/v1", "/api/v1/figures?departments=434&years=2018", "/api/v1/bulk/2018/budget.csv"]) {
      expect(pageKey("GET", path, gzip), path).toBe(path);
    }
    for (const path of ["/about", "/open-data", "/years/", "/years/2018/ranking.csv", "/years/18", "/departments/434/2018/versions/1", "/departments/434/trend.csv/x", "/api/auth/session", "/api/v2/x", "/login", "/admin", "/_next/static/x.js", "/english", "/?q=x", "/years/2018?measure=total&q=434", "/en/years/2018?q=", "/?county=130123", "/en/years/2018?county=130123&measure=basic", "/years?county=130123"]) {
      expect(pageKey("GET", path, gzip), path).toBeNull();
    }
    expect(pageKey("POST", "/", gzip)).toBeNull();
    expect(pageKey("HEAD", "/", gzip)).toBe("/");
  });

  it("reads Accept-Encoding as HTTP does", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("keeps only what a shared cache may keep", () => {
    const headers = (h: Record<string, string>) => new Headers({ "content-type": "text/html; charset=utf-8", ...h });
    expect(isKeepable(200, headers({ "cache-control": SHARED }))).toBe(true);
    expect(isKeepable(200, headers({ "cache-control": "public, max-age=60", "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isKeepable(200, headers({ "cache-control": "public, max-age=60", "content-type": "text/csv; charset=utf-8" }))).toBe(true);
    expect(isKeepable(200, headers({ "cache-control": "public, max-age=60", "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": SHARED, "content-length": String(9 * 1024 * 1024) }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": "max-age=60" }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": "no-store" }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": "s-maxage=0" }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": "private, s-maxage=300" }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": SHARED, "set-cookie": "a=1" }))).toBe(false);
    expect(isKeepable(200, headers({ "cache-control": SHARED, "content-encoding": "gzip" }))).toBe(false);
    expect(isKeepable(307, headers({ "cache-control": SHARED }))).toBe(false);
  });
});
