/**
 * The administrator's writes to departments and fiscal years, each in one transaction with its
 * audit entry. Re-exported by admin.ts.
 */
import { eq } from "drizzle-orm";
import type { Database } from "../client";
import { departments, fiscalYears } from "../schema";
import { regionLabel, type AuditActor } from "./admin-audit";
import { appendAudit } from "./audit";

export type DepartmentWriteResult =
  | { ok: true; id: number; code: string }
  | { ok: false; reason: "duplicate-code" | "unknown-region" | "not-found" };

export async function createDepartment(
  db: Database,
  input: { regionId: number; code: string; name: string },
  actor: AuditActor,
): Promise<DepartmentWriteResult> {
  return db.transaction(async (tx) => {
    const region = await regionLabel(tx, input.regionId);
    if (region === null) return { ok: false, reason: "unknown-region" };
    const [created] = await tx
      .insert(departments)
      .values(input)
      .onConflictDoNothing({ target: [departments.regionId, departments.code] })
      .returning({ id: departments.id });
    if (!created) return { ok: false, reason: "duplicate-code" };
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "admin.department-create",
      departmentId: created.id,
      changes: [
        { field: "department.region", old: null, new: region },
        { field: "department.code", old: null, new: input.code },
        { field: "department.name", old: null, new: input.name },
      ],
    });
    return { ok: true, id: created.id, code: input.code };
  });
}

export async function renameDepartment(db: Database, departmentId: number, name: string, actor: AuditActor): Promise<DepartmentWriteResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ name: departments.name, code: departments.code }).from(departments).where(eq(departments.id, departmentId)).for("update");
    if (!before) return { ok: false, reason: "not-found" };
    await tx.update(departments).set({ name }).where(eq(departments.id, departmentId));
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "admin.department-rename",
      departmentId,
      changes: before.name === name ? [] : [{ field: "department.name", old: before.name, new: name }],
    });
    return { ok: true, id: departmentId, code: before.code };
  });
}

/**
 * Deactivates (or reactivates) a department: its editors' sessions list it as read-only, so they
 * can no longer draft for it but still read their past work there (db/queries/users.ts,
 * lib/auth/permissions.ts); what it published stays public. Null when missing.
 */
export async function setDepartmentActive(db: Database, departmentId: number, active: boolean, actor: AuditActor) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(departments).where(eq(departments.id, departmentId)).for("update");
    if (!before) return null;
    await tx.update(departments).set({ active }).where(eq(departments.id, departmentId));
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: active ? "admin.department-activate" : "admin.department-deactivate",
      departmentId,
      changes: before.active === active ? [] : [{ field: "department.active", old: before.active, new: active }],
    });
    return { code: before.code, name: before.name };
  });
}

/** False when the year already exists. */
export async function createFiscalYear(db: Database, year: number, actor: AuditActor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.insert(fiscalYears).values({ year }).onConflictDoNothing().returning({ year: fiscalYears.year });
    if (rows.length === 0) return false;
    await appendAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "admin.year-create",
      changes: [{ field: "fiscalYear.year", old: null, new: year }],
    });
    return true;
  });
}
