/**
 * The portal's server, run by `npm start`: Next's own request handler, with the public data
 * pages and the open-data API answered from their compressed copies when kept
 * (lib/public-page-cache.ts). Everything else — static files, the workspace, sign-in — is Next's,
 * exactly as under `next start` (which still works, without the copies).
 *
 *     node --import tsx server.ts [-H hostname] [-p port]   # defaults: every interface, $PORT or 3000
 *
 * An address whose path cannot be decoded gets a 400 page here (Next would answer 500).
 * The socket's address is appended to X-Forwarded-For before anything else reads the request, so
 * the portal can tell the connecting address from what the client wrote (lib/auth/client-ip.ts).
 * Stops cleanly on SIGTERM and SIGINT.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { appendForwardedFor } from "./lib/auth/client-ip";
import { BAD_ADDRESS_PAGE, hasMalformedPath } from "./lib/http";
import { withKeptPagePolicy } from "./lib/kept-page-policy";
import { answerFromKeptPages } from "./lib/public-page-cache";
import { securityHeaders } from "./lib/security-headers";

// The server's own settings, read here as `next start` reads them; the portal's configuration is
// lib/env.ts. NODE_ENV is set before Next loads, as `next start` does.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? "production" });
const { values } = parseArgs({
  options: { hostname: { type: "string", short: "H" }, port: { type: "string", short: "p" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;

/** Where this server reaches itself to fill the kept pages. */
function ownOrigin(): string {
  const local = !hostname || ["0.0.0.0", "::", "localhost", "127.0.0.1", "::1"].includes(hostname);
  const host = local ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  return `http://${host}:${port}`;
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`端口无效 (invalid port): ${values.port ?? process.env.PORT}`);
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const origin = ownOrigin();
  const headers = Object.fromEntries(securityHeaders({ development: false }).map(({ key, value }) => [key, value]));
  const server = createServer((request, response) => {
    request.headers["x-forwarded-for"] = appendForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    if (hasMalformedPath(request.url ?? "/")) {
      response.writeHead(400, { ...headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : BAD_ADDRESS_PAGE);
      return;
    }
    if (answerFromKeptPages(request, response, origin)) return;
    // A page from Next's cache: its Content-Security-Policy by its scripts' hashes (lib/security-headers.ts).
    handle(request, withKeptPagePolicy(response)).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.listen(port, hostname, () => console.log(`部门预算公开平台 http://${hostname ?? "localhost"}:${port}`));
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
