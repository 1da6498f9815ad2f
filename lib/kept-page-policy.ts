/**
 * The Content-Security-Policy of a page Next answers from its cache: proxy.ts gave the request a
 * nonce policy, but the kept HTML carries the nonce of the render that made it, so its inline
 * scripts are allowed by their hashes instead (recorded with the page by lib/csp-cache-handler.mjs;
 * why: lib/security-headers.ts). Applied by the portal's server (server.ts) to each of Next's
 * answers just before its headers go out.
 */
import type { ServerResponse } from "node:http";
import { SCRIPT_HASHES_HEADER } from "./csp-cache-handler.mjs";
import { contentSecurityPolicy } from "./security-headers";

export function useKeptPagePolicy(response: ServerResponse): void {
  const recorded = response.getHeader(SCRIPT_HASHES_HEADER);
  if (recorded === undefined) return;
  response.removeHeader(SCRIPT_HASHES_HEADER);
  const scriptSources = String(recorded).split(/[\s,]+/).filter(Boolean);
  response.setHeader("content-security-policy", contentSecurityPolicy({ development: false, scriptSources }));
}

/** Calls useKeptPagePolicy when the response's headers are written, whoever writes them. */
export function withKeptPagePolicy(response: ServerResponse): ServerResponse {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    useKeptPagePolicy(this);
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
  return response;
}
