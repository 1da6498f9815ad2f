/**
 * The portal's database, opened once per server process from lib/env: PostgreSQL when
 * DATABASE_URL is set, the embedded PGlite otherwise. Migrated on open (as DATABASE_OWNER_URL's
 * role when it is set, db/client.ts); its classification codes brought up to lib/classification's
 * data files (db/classification-codes.ts); seeded with the 434/2018
 * disclosure and the demo data when empty and SEED_DEMO is on (the default for PGlite).
 */
import { env } from "../lib/env";
import { syncClassificationCodes } from "./classification-codes";
import { openDatabase, type Connection, type Database } from "./client";
import { seedIfEmpty } from "./seed";

const holder = globalThis as typeof globalThis & { __portalDb?: Promise<Connection> };

async function open(): Promise<Connection> {
  if (env.isBuild) throw new Error("next build must not open the database: make the page dynamic");
  const connection = env.databaseUrl
    ? await openDatabase({ engine: "postgres", url: env.databaseUrl, ownerUrl: env.databaseOwnerUrl })
    : await openDatabase({ engine: "pglite", dataDir: env.pgliteDir });
  await syncClassificationCodes(connection.db); // reference data, in every deployment
  if (env.seedDemoOnStart) await seedIfEmpty(connection.db);
  return connection;
}

export async function getDb(): Promise<Database> {
  holder.__portalDb ??= open().catch((error: unknown) => {
    holder.__portalDb = undefined; // let the next request try again
    throw error;
  });
  return (await holder.__portalDb).db;
}

export type { Database, Executor } from "./client";
