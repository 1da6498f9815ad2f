/**
 * Keeps the classification_codes table equal to the data files of lib/classification. Runs when
 * the server opens its database (db/index.ts) and in `npm run db:migrate` / `db:seed` (db/cli.ts),
 * after the migrations, so a release that adds a year's list or corrects a name updates every
 * database it is deployed on, with no migration to write. Idempotent: when the table already
 * matches (the usual start) it only reads it. Not run by openDatabase itself: test databases that
 * need the codes call it, the others are spared the second it costs on a fresh PGlite.
 * Several instances may start at once: every write tolerates the same write by another instance.
 */
import { and, eq, sql } from "drizzle-orm";
import { classificationRows, type ClassificationRow } from "../lib/classification/rows";
import type { Executor } from "./client";
import { classificationCodes } from "./schema";

const keyOf = (r: { scheme: string; code: string; validFrom: number }) => `${r.scheme}:${r.code}:${r.validFrom}`;

function same(a: ClassificationRow, b: ClassificationRow): boolean {
  return a.name === b.name && a.level === b.level && a.parent === b.parent && a.validTo === b.validTo && a.source === b.source;
}

export interface SyncResult {
  inserted: number;
  updated: number;
  deleted: number;
}

export async function syncClassificationCodes(db: Executor): Promise<SyncResult> {
  const wanted = new Map(classificationRows().map((row) => [keyOf(row), row]));
  const present = new Map((await db.select().from(classificationCodes)).map((row) => [keyOf(row), row]));
  const stale = [...present.entries()].filter(([key]) => !wanted.has(key)).map(([, row]) => row);
  const missing = [...wanted.entries()].filter(([key]) => !present.has(key)).map(([, row]) => row);
  const changed = [...wanted.entries()].filter(([key, row]) => present.has(key) && !same(present.get(key)!, row)).map(([, row]) => row);
  if (stale.length + missing.length + changed.length === 0) return { inserted: 0, updated: 0, deleted: 0 };

  await db.transaction(async (tx) => {
    for (const row of stale) {
      await tx
        .delete(classificationCodes)
        .where(and(eq(classificationCodes.scheme, row.scheme), eq(classificationCodes.code, row.code), eq(classificationCodes.validFrom, row.validFrom)));
    }
    for (let i = 0; i < missing.length; i += 500) {
      await tx.insert(classificationCodes).values(missing.slice(i, i + 500)).onConflictDoNothing();
    }
    for (const row of changed) {
      await tx
        .insert(classificationCodes)
        .values(row)
        .onConflictDoUpdate({
          target: [classificationCodes.scheme, classificationCodes.code, classificationCodes.validFrom],
          set: { name: row.name, level: row.level, parent: row.parent, validTo: row.validTo, source: row.source },
        });
    }
  });
  return { inserted: missing.length, updated: changed.length, deleted: stale.length };
}

/** The codes of a scheme valid in `year`, in official order, as the database holds them. */
export async function classificationCodesOfYear(db: Executor, scheme: ClassificationRow["scheme"], year: number) {
  return db
    .select({ code: classificationCodes.code, name: classificationCodes.name, level: classificationCodes.level, parent: classificationCodes.parent })
    .from(classificationCodes)
    .where(
      and(
        eq(classificationCodes.scheme, scheme),
        sql`${classificationCodes.validFrom} <= ${year}`,
        sql`(${classificationCodes.validTo} is null or ${classificationCodes.validTo} >= ${year})`,
      ),
    )
    .orderBy(classificationCodes.code);
}
