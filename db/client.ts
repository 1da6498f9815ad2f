/**
 * One `db` module, two engines: PostgreSQL through the `postgres` driver when DATABASE_URL is set,
 * the embedded PGlite (data on disk, git-ignored) when it is not. Both are migrated on open.
 */
import fs from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
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
  | { engine: "postgres"; url: string; maxConnections?: number }
  /** dataDir undefined: in memory (tests). */
  | { engine: "pglite"; dataDir?: string };

const MIGRATIONS = path.join(process.cwd(), "db", "migrations");

export async function openDatabase(options: OpenOptions): Promise<Connection> {
  if (options.engine === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return { db: db as unknown as Database, engine: "postgres", close: () => client.end() };
  }

  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const client = new PGlite(options.dataDir);
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
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
