/**
 * Runs once when the portal's server starts (Node runtime only, never during `next build`):
 * installs the portal's request and response hooks around Next's server (lib/server-hooks.ts),
 * then opens (and on first start migrates and seeds) the database, so the first visitor does not
 * wait for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // set by Next itself, not configuration
  const { env } = await import("./lib/env");
  if (env.isBuild) return;
  const { installServerHooks } = await import("./lib/server-hooks");
  installServerHooks();
  const { getDb } = await import("./db");
  await getDb();
}
