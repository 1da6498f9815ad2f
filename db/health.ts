/**
 * Readiness for a load balancer (`/api/health`): does the database answer, and is every migration
 * of this release applied? One small query, bounded in time, and an answer that names which check
 * failed but nothing else (no versions, addresses or error text).
 */
import { sql } from "drizzle-orm";
import { MigrationRefusedError, type Executor } from "./client";
import { newestMigration } from "./migrate";

export interface Readiness {
  status: "ok" | "unavailable";
  database: "ok" | "unreachable";
  migrations: "current" | "pending" | "unknown";
}

/** Longer than this and the instance is not ready: a load balancer's own check times out soon after. */
export const READINESS_TIMEOUT_MS = 2_000;

const UNREACHABLE: Readiness = { status: "unavailable", database: "unreachable", migrations: "unknown" };
const PENDING: Readiness = { status: "unavailable", database: "ok", migrations: "pending" };

/** SQLSTATE of a refusal, whichever driver (and drizzle) wrapped it; undefined for a network error. */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}

/**
 * Opens the database as the server does (`open`: getDb, which migrates on first use) and asks it
 * for the newest applied migration. The answer within `timeoutMs`, else unreachable.
 */
export async function checkReadiness(open: () => Promise<Executor>, timeoutMs = READINESS_TIMEOUT_MS): Promise<Readiness> {
  const newest = await newestMigration();
  const check = open()
    .then((db) => db.execute(sql`select max(created_at) as created_at from drizzle.__drizzle_migrations`))
    .then((result): Readiness => {
      const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { created_at: unknown }[];
      return Number(row?.created_at ?? 0) < newest ? PENDING : { status: "ok", database: "ok", migrations: "current" };
    })
    .catch((error: unknown): Readiness => {
      // The database answered, but this role may not apply what is pending, or it was never migrated.
      if (error instanceof MigrationRefusedError) return PENDING;
      const code = sqlState(error);
      return code === "42P01" || code === "3F000" ? PENDING : UNREACHABLE;
    });
  return withTimeout(check, timeoutMs, UNREACHABLE);
}

/** `work`'s answer, or `fallback` once `ms` have passed (the work itself is left to finish). */
export async function withTimeout<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
