/**
 * Writing and reading the audit trail. appendAudit is called with the transaction of the change
 * it records, so an entry exists exactly when the change does.
 */
import { and, desc, eq } from "drizzle-orm";
import type { FieldChange } from "../../lib/disclosure/diff";
import type { Executor } from "../client";
import { auditEntries, users } from "../schema";

/** Longest list of changed cells kept per entry; the note says when more changed. */
const MAX_CHANGES = 500;

export interface NewAuditEntry {
  userId: number | null;
  action: string;
  departmentId?: number | null;
  disclosureId?: number | null;
  versionId?: number | null;
  changes?: FieldChange[];
  note?: string | null;
  /** Security events: the client's address, and the account concerned when it is not the actor. */
  ip?: string | null;
  subjectUserId?: number | null;
  subjectUsername?: string | null;
}

export async function appendAudit(db: Executor, entry: NewAuditEntry) {
  const changes = (entry.changes ?? []).map((c) => ({ field: c.field, old: c.old ?? null, new: c.new ?? null }));
  const truncated = changes.length > MAX_CHANGES ? `（共${changes.length}处改动，仅记录前${MAX_CHANGES}处）` : "";
  await db.insert(auditEntries).values({
    userId: entry.userId,
    action: entry.action,
    departmentId: entry.departmentId ?? null,
    disclosureId: entry.disclosureId ?? null,
    versionId: entry.versionId ?? null,
    changes: changes.slice(0, MAX_CHANGES),
    note: [entry.note, truncated].filter(Boolean).join(" ") || null,
    ip: entry.ip ?? null,
    subjectUserId: entry.subjectUserId ?? null,
    subjectUsername: entry.subjectUsername ?? null,
  });
}

const entryColumns = {
  id: auditEntries.id,
  at: auditEntries.at,
  action: auditEntries.action,
  versionId: auditEntries.versionId,
  disclosureId: auditEntries.disclosureId,
  changes: auditEntries.changes,
  note: auditEntries.note,
  userName: users.displayName,
  username: users.username,
};

export async function auditOfDisclosure(db: Executor, disclosureId: number) {
  return db
    .select(entryColumns)
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(eq(auditEntries.disclosureId, disclosureId))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id));
}

export async function auditOfDepartment(db: Executor, departmentId: number, limit = 500) {
  return db
    .select(entryColumns)
    .from(auditEntries)
    .leftJoin(users, eq(users.id, auditEntries.userId))
    .where(and(eq(auditEntries.departmentId, departmentId)))
    .orderBy(desc(auditEntries.at), desc(auditEntries.id))
    .limit(limit);
}
