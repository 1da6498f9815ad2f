/**
 * One `db` module, two engines: PostgreSQL through the `postgres` driver when DATABASE_URL is set,
 * the embedded PGlite (data on disk, git-ignored) when it is not. Both are migrated on open.
 *
 * PostgreSQL migrates over a short connection of its own, under an advisory lock so that
 * instances starting together never race (db/migrate.ts). With two roles (db/roles.ts) that
 * connection is the owner's (`ownerUrl`) and the portal's connection runs no DDL at all. drizzle's
 * migrator always starts with CREATE SCHEMA/TABLE IF NOT EXISTS, which a role without CREATE is
 * refused even when nothing is pending — so it runs only when a migration is actually pending.
 */
import fs from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { migratePostgres, MIGRATIONS_FOLDER } from "./migrate";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A database or an open transaction on it: what every query function takes. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

export interface Connection {
  db: Database;
  engine: "postgres" | "pglite";
  close(): Promise<void>;
}

export type OpenOptions =
  | { engine: "postgres"; url: string; maxConnections?: number; ownerUrl?: string }
  /** dataDir undefined: in memory (tests). */
  | { engine: "pglite"; dataDir?: string };

export async function openDatabase(options: OpenOptions): Promise<Connection> {
  if (options.engine === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    try {
      // As the owner when given; otherwise this role is the owner, or must find nothing to do.
      await migratePostgres(options.ownerUrl ?? options.url);
    } catch (error) {
      if (!isPermissionDenied(error)) throw error;
      throw new MigrationRefusedError(
        "门户所用的数据库角色无权迁移数据库。请设置 DATABASE_OWNER_URL（表的所有者），或先以所有者运行 " +
          "npm run db:migrate 与 npm run db:grant -- <门户角色>（见 README）。",
        { cause: error },
      );
    }
    const client = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    return { db: drizzle(client, { schema }) as unknown as Database, engine: "postgres", close: () => client.end() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const client = new PGlite(options.dataDir);
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    return {
      db: db as unknown as Database,
      engine: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** The role cannot apply a pending migration: the database answers, but is not current. */
export class MigrationRefusedError extends Error {}

function isPermissionDenied(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  return e?.code === "42501" || e?.cause?.code === "42501";
}

/**
 * PGlite has no lock between processes: two on one folder silently lose committed rows. So one
 * process per folder, enforced by a lock file naming the owner's pid.
 */
function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent folders
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => fs.rmSync(lockFile, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `嵌入式数据库 ${dataDir} 正由进程 ${owner} 使用（例如正在运行的 npm start）。` +
            `请先停止该进程，或设置 PGLITE_DIR 使用另一个目录。`,
        );
      }
      fs.rmSync(lockFile, { force: true }); // left by a process that has ended
    }
  }
  throw new Error(`无法锁定嵌入式数据库目录 ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
