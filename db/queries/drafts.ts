/**
 * Drafting: creating a year's draft, loading a version for the workspace, saving it without lost
 * updates (optimistic locking on `revision`), submitting it. Scope (department, user) comes in as
 * arguments; permission checks happen in the actions before these are called.
 */
import { and, asc, desc, eq, inArray, max, sql } from "drizzle-orm";
import { draftDocumentSchema, type DisclosureDocument } from "../../lib/disclosure/schema";
import type { Executor, Database } from "../client";
import { departments, disclosureVersions, disclosures, fiscalYears, reviewComments, users } from "../schema";
import { diffDocuments } from "../../lib/disclosure/diff";
import { transition } from "../../lib/workflow";
import type { Role } from "../../lib/auth/permissions";
import { appendAudit } from "./audit";
import { notifyWorkflowStep } from "./notifications";
import { figureColumns, insertVersion } from "./versions";

export async function getDepartment(db: Executor, departmentId: number) {
  const [row] = await db.select().from(departments).where(eq(departments.id, departmentId));
  return row ?? null;
}

/** Every department of that code: one per county at most (codes are unique within a county). */
export async function departmentsByCode(db: Executor, code: string) {
  return db.select().from(departments).where(eq(departments.code, code)).orderBy(asc(departments.id));
}

export async function listFiscalYears(db: Executor): Promise<number[]> {
  const rows = await db.select({ year: fiscalYears.year }).from(fiscalYears).orderBy(asc(fiscalYears.year));
  return rows.map((r) => r.year);
}

/** Every version of the given departments' disclosures, newest first, for the workspace list. */
export async function listVersionsOfDepartments(db: Executor, departmentIds: number[]) {
  if (departmentIds.length === 0) return [];
  return db
    .select({
      versionId: disclosureVersions.id,
      departmentId: disclosureVersions.departmentId,
      year: disclosureVersions.year,
      versionNo: disclosureVersions.versionNo,
      status: disclosureVersions.status,
      updatedAt: disclosureVersions.updatedAt,
    })
    .from(disclosureVersions)
    .where(inArray(disclosureVersions.departmentId, departmentIds))
    .orderBy(desc(disclosureVersions.year), desc(disclosureVersions.versionNo));
}

export async function getVersion(db: Executor, versionId: number) {
  const [row] = await db
    .select({ version: disclosureVersions, department: departments })
    .from(disclosureVersions)
    .innerJoin(departments, eq(departments.id, disclosureVersions.departmentId))
    .where(eq(disclosureVersions.id, versionId));
  return row ?? null;
}

export async function getPublishedDocument(db: Executor, departmentId: number, year: number) {
  const [row] = await db
    .select({ document: disclosureVersions.document })
    .from(disclosureVersions)
    .where(
      and(
        eq(disclosureVersions.departmentId, departmentId),
        eq(disclosureVersions.year, year),
        eq(disclosureVersions.status, "published"),
      ),
    );
  return row?.document ?? null;
}

export type CreateDraftResult =
  | { ok: true; versionId: number }
  | { ok: false; reason: "unknown-year" | "open-version-exists"; versionId?: number };

/** A new draft version of a department's disclosure for a year (the disclosure made if needed). */
export async function createDraft(
  db: Database,
  input: { departmentId: number; year: number; document: DisclosureDocument; userId: number },
): Promise<CreateDraftResult> {
  return db.transaction(async (tx) => {
    const [year] = await tx.select().from(fiscalYears).where(eq(fiscalYears.year, input.year));
    if (!year) return { ok: false, reason: "unknown-year" };
    await tx.insert(disclosures).values({ departmentId: input.departmentId, year: input.year }).onConflictDoNothing();
    const [disclosure] = await tx
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.departmentId, input.departmentId), eq(disclosures.year, input.year)))
      .for("update");
    if (!disclosure) throw new Error("disclosure vanished");
    const [open] = await tx
      .select({ id: disclosureVersions.id })
      .from(disclosureVersions)
      .where(
        and(
          eq(disclosureVersions.disclosureId, disclosure.id),
          inArray(disclosureVersions.status, ["draft", "submitted", "returned"]),
        ),
      );
    if (open) return { ok: false, reason: "open-version-exists", versionId: open.id };
    const [last] = await tx
      .select({ n: max(disclosureVersions.versionNo) })
      .from(disclosureVersions)
      .where(eq(disclosureVersions.disclosureId, disclosure.id));
    const version = await insertVersion(tx, {
      disclosureId: disclosure.id,
      departmentId: input.departmentId,
      year: input.year,
      versionNo: (last?.n ?? 0) + 1,
      status: "draft",
      document: input.document,
      createdBy: input.userId,
    });
    await appendAudit(tx, {
      userId: input.userId,
      action: "draft.create",
      departmentId: input.departmentId,
      disclosureId: disclosure.id,
      versionId: version.id,
      note: `新建第${version.versionNo}版草稿`,
    });
    return { ok: true, versionId: version.id };
  });
}

export type SaveResult =
  | { ok: true; revision: number; updatedAt: Date }
  | { ok: false; reason: "conflict"; revision: number; updatedAt: Date }
  | { ok: false; reason: "not-editable" | "not-found" };

/**
 * Saves a draft's document if nobody saved it since `revision` was read: one conditional UPDATE,
 * so two simultaneous saves cannot both succeed and a later save never silently overwrites. The
 * audit entry (every changed cell, old → new) is written in the same transaction. A draft may be
 * incomplete (draftDocumentSchema); submitting and approving require the complete document.
 */
export async function saveDraft(
  db: Database,
  input: { versionId: number; revision: number; document: DisclosureDocument; userId: number; action?: "draft.save" | "draft.import" },
): Promise<SaveResult> {
  const document = draftDocumentSchema.parse(input.document);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        document: disclosureVersions.document,
        departmentId: disclosureVersions.departmentId,
        disclosureId: disclosureVersions.disclosureId,
      })
      .from(disclosureVersions)
      .where(and(eq(disclosureVersions.id, input.versionId), eq(disclosureVersions.revision, input.revision)));
    const [saved] = await tx
      .update(disclosureVersions)
      .set({
        document,
        ...figureColumns(document),
        revision: sql`${disclosureVersions.revision} + 1`,
        updatedAt: sql`now()`,
      })
      .where(
        and(
          eq(disclosureVersions.id, input.versionId),
          eq(disclosureVersions.revision, input.revision),
          inArray(disclosureVersions.status, ["draft", "returned"]),
        ),
      )
      .returning({ revision: disclosureVersions.revision, updatedAt: disclosureVersions.updatedAt });
    if (saved && before) {
      await appendAudit(tx, {
        userId: input.userId,
        action: input.action ?? "draft.save",
        departmentId: before.departmentId,
        disclosureId: before.disclosureId,
        versionId: input.versionId,
        changes: diffDocuments(before.document, document),
      });
      return { ok: true, ...saved };
    }
    const [current] = await tx
      .select({ status: disclosureVersions.status, revision: disclosureVersions.revision, updatedAt: disclosureVersions.updatedAt })
      .from(disclosureVersions)
      .where(eq(disclosureVersions.id, input.versionId));
    if (!current) return { ok: false, reason: "not-found" };
    if (current.status !== "draft" && current.status !== "returned") return { ok: false, reason: "not-editable" };
    return { ok: false, reason: "conflict", revision: current.revision, updatedAt: current.updatedAt };
  });
}

/** draft/returned → submitted, only from the revision the editor saw; audited in the same transaction. */
export async function markSubmitted(
  db: Database,
  input: { versionId: number; revision: number; userId: number; from: "draft" | "returned" },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(disclosureVersions)
      .set({ status: "submitted", submittedBy: input.userId, submittedAt: sql`now()`, updatedAt: sql`now()` })
      .where(
        and(
          eq(disclosureVersions.id, input.versionId),
          eq(disclosureVersions.revision, input.revision),
          inArray(disclosureVersions.status, ["draft", "returned"]),
        ),
      )
      .returning({
        id: disclosureVersions.id,
        departmentId: disclosureVersions.departmentId,
        disclosureId: disclosureVersions.disclosureId,
        year: disclosureVersions.year,
        versionNo: disclosureVersions.versionNo,
      });
    if (!row) return false;
    await appendAudit(tx, {
      userId: input.userId,
      action: "version.submit",
      departmentId: row.departmentId,
      disclosureId: row.disclosureId,
      versionId: row.id,
      changes: [{ field: "status", old: input.from, new: "submitted" }],
    });
    await notifyWorkflowStep(tx, { kind: "submit", actorId: input.userId }, row);
    return true;
  });
}

export type WithdrawResult = { ok: true } | { ok: false; reason: "not-found" | "refused"; message?: string };

/**
 * submitted → draft (撤回), asked of the state machine inside the transaction that writes it, under
 * the same lock on the disclosure as the reviewer's decisions (db/queries/review.ts): whichever
 * comes first wins, and a reviewer's comment on this submission counts as having started.
 */
export async function withdrawSubmission(
  db: Database,
  input: { versionId: number; actor: { id: number; role: Role } },
): Promise<WithdrawResult> {
  return db.transaction(async (tx) => {
    const [first] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.id, input.versionId));
    if (!first) return { ok: false, reason: "not-found" };
    await tx.select({ id: disclosures.id }).from(disclosures).where(eq(disclosures.id, first.disclosureId)).for("update");
    const [version] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.id, input.versionId));
    if (!version) return { ok: false, reason: "not-found" };
    const [reviewed] = await tx
      .select({ id: reviewComments.id })
      .from(reviewComments)
      .innerJoin(users, eq(users.id, reviewComments.authorId))
      .where(
        and(
          eq(reviewComments.versionId, version.id),
          eq(users.role, "reviewer"),
          version.submittedAt ? sql`${reviewComments.createdAt} >= ${version.submittedAt.toISOString()}::timestamptz` : sql`true`,
        ),
      )
      .limit(1);
    const allowed = transition("withdraw", version.status, { role: input.actor.role, userId: input.actor.id }, {
      submittedBy: version.submittedBy,
      reviewStarted: reviewed !== undefined,
    });
    if (!allowed.ok) return { ok: false, reason: "refused", message: allowed.message };
    await tx
      .update(disclosureVersions)
      .set({ status: allowed.to, submittedBy: null, submittedAt: null, revision: sql`${disclosureVersions.revision} + 1`, updatedAt: sql`now()` })
      .where(eq(disclosureVersions.id, version.id));
    await appendAudit(tx, {
      userId: input.actor.id,
      action: "version.withdraw",
      departmentId: version.departmentId,
      disclosureId: version.disclosureId,
      versionId: version.id,
      changes: [{ field: "status", old: "submitted", new: allowed.to }],
    });
    return { ok: true };
  });
}
