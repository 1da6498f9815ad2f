/**
 * The address the visitor used, for the share link: behind a proxy its forwarded host and scheme.
 * It is only echoed back to the same visitor, so a forged Host header harms nobody else.
 */
export function requestOrigin(headers: Headers): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost:3000";
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  const safeHost = /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : "localhost:3000";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}
