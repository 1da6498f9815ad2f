/**
 * The whole audit trail for the administrator: every kind of entry, newest first, filtered by
 * lib/audit/filter.ts's AuditFilter. The page reads it a page at a time; the CSV reads every
 * matching row in batches (keyset on (at, id)), so an export of any size holds one batch in memory.
 */
import { and, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { actionsOfKind } from "../../lib/audit/actions";
import { chinaDayRange, type AuditFilter } from "../../lib/audit/filter";
import type { Executor } from "../client";
import { auditEntries, departments, disclosures, disclosureVersions, users } from "../schema";

const actor = alias(users, "actor");
const subject = alias(users, "subject");

const trailColumns = {
  id: auditEntries.id,
  at: auditEntries.at,
  action: auditEntries.action,
  changes: auditEntries.changes,
  note: auditEntries.note,
  ip: auditEntries.ip,
  actorName: actor.displayName,
  actorUsername: actor.username,
  subjectName: subject.displayName,
  /** The account's name, or the name a sign-in tried when there is no such account. */
  subjectUsername: sql<string | null>`coalesce(${subject.username}, ${auditEntries.subjectUsername})`,
  departmentId: auditEntries.departmentId,
  departmentCode: departments.code,
  departmentName: departments.name,
  disclosureId: auditEntries.disclosureId,
  year: disclosures.year,
  versionId: auditEntries.versionId,
  versionNo: disclosureVersions.versionNo,
};

export interface AuditTrailRow {
  id: number;
  /** `at` as the database prints it, to the microsecond: the CSV's batches continue from it. */
  cursorAt: string;
  at: Date;
  action: string;
  changes: { field: string; old: unknown; new: unknown }[];
  note: string | null;
  ip: string | null;
  actorName: string | null;
  actorUsername: string | null;
  subjectName: string | null;
  subjectUsername: string | null;
  departmentId: number | null;
  departmentCode: string | null;
  departmentName: string | null;
  disclosureId: number | null;
  year: number | null;
  versionId: number | null;
  versionNo: number | null;
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.kind) parts.push(inArray(auditEntries.action, actionsOfKind(filter.kind)));
  if (filter.action) parts.push(eq(auditEntries.action, filter.action));
  if (filter.user) {
    const name = filter.user.toLowerCase();
    const ids = sql`(select ${users.id} from ${users} where lower(${users.username}) = ${name})`;
    parts.push(
      or(
        sql`${auditEntries.userId} in ${ids}`,
        sql`${auditEntries.subjectUserId} in ${ids}`,
        sql`lower(${auditEntries.subjectUsername}) = ${name}`,
      ),
    );
  }
  if (filter.departmentId !== undefined) parts.push(eq(auditEntries.departmentId, filter.departmentId));
  const { since, before } = chinaDayRange(filter);
  if (since) parts.push(gte(auditEntries.at, since));
  if (before) parts.push(lt(auditEntries.at, before));
  if (filter.ip) parts.push(sql`starts_with(lower(${auditEntries.ip}), ${filter.ip.toLowerCase()})`);
  return and(...parts);
}

function trailQuery(db: Executor, where: SQL | undefined) {
  return db
    .select({ ...trailColumns, cursorAt: sql<string>`${auditEntries.at}::text` })
    .from(auditEntries)
    .leftJoin(actor, eq(actor.id, auditEntries.userId))
    .leftJoin(subject, eq(subject.id, auditEntries.subjectUserId))
    .leftJoin(departments, eq(departments.id, auditEntries.departmentId))
    .leftJoin(disclosures, eq(disclosures.id, auditEntries.disclosureId))
    .leftJoin(disclosureVersions, eq(disclosureVersions.id, auditEntries.versionId))
    .where(where);
}

/** One page of the trail, newest first; `page` counts from 1. */
export async function auditTrailPage(
  db: Executor,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ rows: AuditTrailRow[]; total: number }> {
  const where = conditions(filter);
  const [rows, [counted]] = await Promise.all([
    trailQuery(db, where)
      .orderBy(desc(auditEntries.at), desc(auditEntries.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditEntries).where(where),
  ]);
  return { rows, total: counted?.n ?? 0 };
}

/**
 * Every matching row, newest first, `batchSize` at a time. The cursor keeps `at` as the database
 * prints it: a JavaScript Date drops the microseconds, and rows would be skipped or repeated.
 */
export async function* auditTrailBatches(db: Executor, filter: AuditFilter, batchSize = 1000): AsyncGenerator<AuditTrailRow[]> {
  const where = conditions(filter);
  let cursor: { at: string; id: number } | null = null;
  for (;;) {
    const after: SQL | undefined = cursor
      ? sql`(${auditEntries.at}, ${auditEntries.id}) < (${cursor.at}::timestamptz, ${cursor.id})`
      : undefined;
    const batch: AuditTrailRow[] = await trailQuery(db, and(where, after))
      .orderBy(desc(auditEntries.at), desc(auditEntries.id))
      .limit(batchSize);
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < batchSize) return;
    const last: AuditTrailRow = batch[batch.length - 1]!;
    cursor = { at: last.cursorAt, id: last.id };
  }
}
