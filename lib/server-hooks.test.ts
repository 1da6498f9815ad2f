import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { SCRIPT_HASHES_HEADER } from "./csp-cache-handler.mjs";
import { installServerHooks } from "./server-hooks";
import { contentSecurityPolicy, nonceSource } from "./security-headers";

installServerHooks();

function response() {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  res.setHeader("content-security-policy", contentSecurityPolicy({ development: false, scriptSources: [nonceSource("requestNonce")] }));
  return res;
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

});

describe("the request as Next receives it", () => {
  async function serve(headers: Record<string, string>, path = "/departments/434/2018") {
    const { createServer, request } = await import("node:http");
    const seen: { forwardedFor?: string } = {};
    const server = createServer((req, res) => {
      seen.forwardedFor = req.headers["x-forwarded-for"] as string | undefined;
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });
    server.close();
    return { ...answer, ...seen };
  }

  it("carries the connecting socket's address last in X-Forwarded-For, whatever the client wrote", async () => {
    expect((await serve({})).forwardedFor).toBe("127.0.0.1");
    expect((await serve({ "x-forwarded-for": "203.0.113.9" })).forwardedFor).toBe("203.0.113.9, 127.0.0.1");
  });

  it("answers an address that cannot be decoded with the 400 page, before Next sees it", async () => {
    const answer = await serve({}, "/departments/%E0%A4%A/2018");
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("地址有误");
    expect(answer.forwardedFor).toBeUndefined();
  });
});
