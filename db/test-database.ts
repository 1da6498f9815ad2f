/**
 * A real, empty, migrated database for one integration-test file: a fresh database on the
 * PostgreSQL server when DATABASE_URL is set (dropped afterwards), an in-memory PGlite otherwise.
 */
import { randomBytes } from "node:crypto";
import { env } from "../lib/env";
import { openDatabase, type Connection } from "./client";

export interface TestDatabase extends Connection {
  /** Runs raw SQL outside drizzle, to prove what the database itself refuses. */
  raw(query: string): Promise<unknown>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  if (!env.databaseUrl) {
    const connection = await openDatabase({ engine: "pglite" });
    return { ...connection, raw: (query) => connection.db.execute(query) };
  }
  const { default: postgres } = await import("postgres");
  const name = `portal_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(env.databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(env.databaseUrl);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ engine: "postgres", url: url.toString(), maxConnections: 4 });
  return {
    ...connection,
    raw: (query) => connection.db.execute(query),
    close: async () => {
      await connection.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
