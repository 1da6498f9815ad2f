/**
 * Opens (and on first start migrates and seeds) the database when the server starts, so the first
 * visitor does not wait for it. Node runtime only, and never during `next build`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // set by Next itself, not configuration
  const { env } = await import("./lib/env");
  if (env.isBuild) return;
  const { getDb } = await import("./db");
  await getDb();
}
