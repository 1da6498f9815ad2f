/**
 * The client's address, for the sign-in limits and the audit trail: the one place it is read.
 *
 * How the address reaches us. A route handler, a server action or next-auth's authorize() sees
 * only headers, never the socket. Next's own server (next/dist/server/base-server.js, 16.4) sets
 * `x-forwarded-for` to the socket's address only when the request has none (`??=`): a header the
 * client sent is passed on untouched and the socket's address is lost. So the portal's request
 * hook (lib/server-hooks.ts, installed by instrumentation.ts) appends the socket's address to
 * `x-forwarded-for` before Next sees the request, as a proxy does; the last entry is then always
 * the address that connected to us, and each trusted proxy in front of us adds one more entry to
 * its left (nginx: deploy/nginx.conf, TRUSTED_PROXIES=1).
 *
 * TRUSTED_PROXIES (lib/env.ts) says how many of those proxies there are: the address is the entry
 * that many places from the right. 0 (the default) is the socket's address; anything the client
 * wrote into the header sits further left and is ignored, so rotating or forging it changes
 * nothing.
 */
import { isIP } from "node:net";
import { env } from "../env";

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function headerValues(headers: HeaderSource, name: string): string[] {
  if (!headers) return [];
  if (headers instanceof Headers) {
    const value = headers.get(name);
    return value === null ? [] : [value];
  }
  const value = headers[name];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === "string");
}

/** The text form of an address, or null when `entry` is none (a forged or garbled entry). */
export function normalizeAddress(entry: string): string | null {
  let address = entry.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:443": some proxies keep the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/** `x-forwarded-for` with the socket's address appended: what the request hook hands to Next. */
export function appendForwardedFor(existing: string | string[] | undefined, socketAddress: string | undefined): string {
  const earlier = (Array.isArray(existing) ? existing.join(",") : existing ?? "").trim();
  const own = socketAddress ?? "unknown";
  return earlier ? `${earlier}, ${own}` : own;
}

/**
 * The address `trustedProxies` hops from the right of `x-forwarded-for`; "unknown" when that
 * entry is not an address. A chain shorter than the hops (a request that bypassed a proxy)
 * gives its leftmost entry: the farthest address anyone vouches for.
 */
export function clientIp(headers: HeaderSource, trustedProxies: number = env.trustedProxies): string {
  const chain = headerValues(headers, "x-forwarded-for")
    .join(",")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  const entry = chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
  return normalizeAddress(entry) ?? "unknown";
}
