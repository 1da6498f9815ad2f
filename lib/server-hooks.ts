/**
 * What the portal does to every request and response at the HTTP level, around Next's own server
 * (`next start`), installed once per process by instrumentation.ts. Three small jobs that no Next
 * API can do, because they need the socket or the headers as they finally go out; everything else
 * — caching, compression for the public, the reverse proxy — is nginx's or Next's
 * (docs/deploy.md).
 *
 * 1. The socket's address is appended to `x-forwarded-for` before Next sees the request, so the
 *    last entry is always the address that connected to this process (lib/auth/client-ip.ts). Next
 *    itself only sets the header when the client sent none, which would let a client forge it.
 * 2. An address whose path cannot be decoded (`/departments/%E0%A4%A`) gets a 400 page here; Next
 *    would answer 500.
 * 3. A page Next answers from its cache gets a Content-Security-Policy naming its own scripts by
 *    hash (useKeptPagePolicy): proxy.ts gave the request a nonce policy, but the kept HTML carries
 *    the nonce of the render that made it. Why hashes: lib/security-headers.ts.
 *
 * How: by wrapping `http.Server.prototype.emit` (requests) and `ServerResponse.prototype.writeHead`
 * (responses: Node calls it also for implicit headers). This changes nothing for a response that
 * does not carry SCRIPT_HASHES_HEADER, and nothing for other servers' requests but the appended
 * address. Requests that arrive while Next is still starting, before instrumentation runs, miss
 * job 1: behind a proxy (TRUSTED_PROXIES ≥ 1) that does not matter.
 */
import { Server, ServerResponse, type IncomingMessage } from "node:http";
import { appendForwardedFor } from "./auth/client-ip";
import { SCRIPT_HASHES_HEADER } from "./csp-cache-handler.mjs";
import { BAD_ADDRESS_PAGE, hasMalformedPath } from "./http";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const INSTALLED = Symbol.for("budget-portal.server-hooks");

/** Replaces the response's policy by its kept page's hashes, if it is one; drops the record. */
export function useKeptPagePolicy(response: ServerResponse): void {
  const recorded = response.getHeader(SCRIPT_HASHES_HEADER);
  if (recorded === undefined) return;
  response.removeHeader(SCRIPT_HASHES_HEADER);
  const scriptSources = String(recorded).split(/[\s,]+/).filter(Boolean);
  response.setHeader("content-security-policy", contentSecurityPolicy({ development: false, scriptSources }));
}

/** Prepares a request for Next; true when it was answered here (a malformed address). */
export function beforeNext(request: IncomingMessage, response: ServerResponse): boolean {
  request.headers["x-forwarded-for"] = appendForwardedFor(request.headers["x-forwarded-for"], request.socket.remoteAddress);
  if (!hasMalformedPath(request.url ?? "/")) return false;
  const headers = Object.fromEntries(securityHeaders({ development: false }).map(({ key, value }) => [key, value]));
  response.writeHead(400, { ...headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(request.method === "HEAD" ? undefined : BAD_ADDRESS_PAGE);
  return true;
}

export function installServerHooks(): void {
  const state = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (state[INSTALLED]) return;
  state[INSTALLED] = true;

  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && beforeNext(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];

  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    useKeptPagePolicy(this);
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
