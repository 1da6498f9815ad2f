/**
 * The finance bureau's side: the board of a region's departments for a year, returning and
 * approving submissions, comments, and the 批复 date. Every transition runs in one transaction
 * with its audit entry, and re-reads the version under a lock so two reviewers acting at once
 * produce one decision and one refusal.
 */
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database, Executor } from "../client";
import { departments, disclosureVersions, disclosures, reviewComments, users } from "../schema";
import { appendAudit } from "./audit";
import { notifyWorkflowStep } from "./notifications";
import { storeClassTotals } from "./versions";

export type DecisionResult = { ok: true } | { ok: false; reason: "not-found" | "already-decided" | "own-submission" };

/** Locks the disclosure of a version (serialising decisions on it) and returns the fresh version. */
async function lockVersion(tx: Executor, versionId: number) {
  const [version] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.id, versionId));
  if (!version) return null;
  await tx.select({ id: disclosures.id }).from(disclosures).where(eq(disclosures.id, version.disclosureId)).for("update");
  const [fresh] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.id, versionId));
  return fresh ?? null;
}

/** submitted → returned, with the reason kept as a comment the editor answers. */
export async function returnVersion(
  db: Database,
  input: { versionId: number; reviewerId: number; reason: string; section: number },
): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const version = await lockVersion(tx, input.versionId);
    if (!version) return { ok: false, reason: "not-found" };
    if (version.status !== "submitted") return { ok: false, reason: "already-decided" };
    await tx
      .update(disclosureVersions)
      // The document as returned: the reviewer of the resubmission sees what changed since.
      .set({
        status: "returned",
        returnedDocument: version.document,
        decidedBy: input.reviewerId,
        decidedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(eq(disclosureVersions.id, version.id));
    await tx.insert(reviewComments).values({
      disclosureId: version.disclosureId,
      versionId: version.id,
      section: input.section,
      authorId: input.reviewerId,
      body: input.reason,
    });
    await appendAudit(tx, {
      userId: input.reviewerId,
      action: "version.return",
      departmentId: version.departmentId,
      disclosureId: version.disclosureId,
      versionId: version.id,
      changes: [{ field: "status", old: "submitted", new: "returned" }],
      note: input.reason,
    });
    await notifyWorkflowStep(tx, { kind: "return", actorId: input.reviewerId, reason: input.reason }, version);
    return { ok: true };
  });
}

/**
 * submitted → published. The version it corrects (if any) becomes superseded and stays
 * retrievable; the public sees the new one at once. Its class totals are stored in the same
 * transaction (the corrected version's removed), so a ranking by a class never reads a mix.
 */
export async function approveVersion(db: Database, input: { versionId: number; reviewerId: number }): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const version = await lockVersion(tx, input.versionId);
    if (!version) return { ok: false, reason: "not-found" };
    if (version.status !== "submitted") return { ok: false, reason: "already-decided" };
    if (version.submittedBy === input.reviewerId) return { ok: false, reason: "own-submission" };
    const superseded = await tx
      .update(disclosureVersions)
      .set({ status: "superseded", updatedAt: sql`now()` })
      .where(and(eq(disclosureVersions.disclosureId, version.disclosureId), eq(disclosureVersions.status, "published")))
      .returning({ id: disclosureVersions.id, versionNo: disclosureVersions.versionNo });
    await tx
      .update(disclosureVersions)
      .set({
        status: "published",
        decidedBy: input.reviewerId,
        decidedAt: sql`now()`,
        publishedAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(eq(disclosureVersions.id, version.id));
    // The amounts the comparison and the year ranking by a class read, replacing the corrected version's.
    await storeClassTotals(tx, version, superseded.map((s) => s.id));
    await appendAudit(tx, {
      userId: input.reviewerId,
      action: "version.approve",
      departmentId: version.departmentId,
      disclosureId: version.disclosureId,
      versionId: version.id,
      changes: [{ field: "status", old: "submitted", new: "published" }],
      note: superseded.length ? `更正并替代第${superseded.map((s) => s.versionNo).join("、")}版` : "审核通过并公开",
    });
    await notifyWorkflowStep(tx, { kind: "approve", actorId: input.reviewerId }, version);
    return { ok: true };
  });
}

export async function addComment(
  db: Database,
  input: { versionId: number; authorId: number; section: number; body: string; replyTo: number | null },
): Promise<{ ok: true; id: number } | { ok: false; reason: "not-found" }> {
  return db.transaction(async (tx) => {
    const [version] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.id, input.versionId));
    if (!version) return { ok: false, reason: "not-found" };
    if (input.replyTo !== null) {
      const [parent] = await tx.select().from(reviewComments).where(eq(reviewComments.id, input.replyTo));
      if (!parent || parent.disclosureId !== version.disclosureId) return { ok: false, reason: "not-found" };
    }
    const [comment] = await tx
      .insert(reviewComments)
      .values({
        disclosureId: version.disclosureId,
        versionId: version.id,
        section: input.section,
        authorId: input.authorId,
        body: input.body,
        replyTo: input.replyTo,
      })
      .returning({ id: reviewComments.id });
    await appendAudit(tx, {
      userId: input.authorId,
      action: "comment.add",
      departmentId: version.departmentId,
      disclosureId: version.disclosureId,
      versionId: version.id,
      note: input.body,
    });
    return { ok: true, id: comment!.id };
  });
}

export type CommentChange = { ok: true } | { ok: false; reason: "not-found" | "not-author" };

/**
 * The author edits or deletes their own comment (anyone else is refused), audited with the text
 * it had. A deleted comment keeps its row, so replies keep their place; its text is no longer shown.
 */
export async function changeOwnComment(
  db: Database,
  input: { commentId: number; authorId: number; body: string | null },
): Promise<CommentChange> {
  return db.transaction(async (tx) => {
    const [comment] = await tx.select().from(reviewComments).where(eq(reviewComments.id, input.commentId)).for("update");
    if (!comment || comment.deletedAt) return { ok: false, reason: "not-found" };
    if (comment.authorId !== input.authorId) return { ok: false, reason: "not-author" };
    const [version] = await tx.select().from(disclosureVersions).where(eq(disclosureVersions.id, comment.versionId));
    const deleting = input.body === null;
    await tx
      .update(reviewComments)
      .set(deleting ? { deletedAt: sql`now()` } : { body: input.body!, editedAt: sql`now()` })
      .where(eq(reviewComments.id, comment.id));
    await appendAudit(tx, {
      userId: input.authorId,
      action: deleting ? "comment.delete" : "comment.edit",
      departmentId: version?.departmentId ?? null,
      disclosureId: comment.disclosureId,
      versionId: comment.versionId,
      changes: [{ field: `comment.${comment.id}.body`, old: comment.body, new: input.body }],
    });
    return { ok: true };
  });
}

/** A comment with its version's department, for the permission check before changing it. */
export async function commentWithDepartment(db: Executor, commentId: number) {
  const [row] = await db
    .select({ comment: reviewComments, department: departments })
    .from(reviewComments)
    .innerJoin(disclosures, eq(disclosures.id, reviewComments.disclosureId))
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(eq(reviewComments.id, commentId));
  return row ?? null;
}

export async function commentsOfDisclosure(db: Executor, disclosureId: number) {
  return db
    .select({
      id: reviewComments.id,
      versionId: reviewComments.versionId,
      section: reviewComments.section,
      body: reviewComments.body,
      authorId: reviewComments.authorId,
      editedAt: reviewComments.editedAt,
      deletedAt: reviewComments.deletedAt,
      replyTo: reviewComments.replyTo,
      createdAt: reviewComments.createdAt,
      authorName: users.displayName,
      authorRole: users.role,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.disclosureId, disclosureId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

/** Sets the finance bureau's 批复 date of a department's budget for a year. */
export async function setApprovalDate(
  db: Database,
  input: { departmentId: number; year: number; date: string | null; userId: number },
) {
  return db.transaction(async (tx) => {
    await tx.insert(disclosures).values({ departmentId: input.departmentId, year: input.year }).onConflictDoNothing();
    const [before] = await tx
      .select()
      .from(disclosures)
      .where(and(eq(disclosures.departmentId, input.departmentId), eq(disclosures.year, input.year)))
      .for("update");
    if (!before) throw new Error("disclosure missing");
    await tx.update(disclosures).set({ approvalDate: input.date }).where(eq(disclosures.id, before.id));
    await appendAudit(tx, {
      userId: input.userId,
      action: "approval-date.set",
      departmentId: input.departmentId,
      disclosureId: before.id,
      changes: [{ field: "approvalDate", old: before.approvalDate, new: input.date }],
    });
  });
}

export interface BoardRow {
  departmentId: number;
  code: string;
  name: string;
  isDemo: boolean;
  disclosureId: number | null;
  approvalDate: string | null;
  /** The latest version of the year (open or published), if any. */
  versionId: number | null;
  versionNo: number | null;
  status: (typeof disclosureVersions.$inferSelect)["status"] | null;
  submittedAt: Date | null;
  publishedAt: Date | null;
}

/** Every department of a region for a year, with its latest version. */
export async function boardOfRegion(db: Executor, regionId: number, year: number): Promise<BoardRow[]> {
  const depts = await db
    .select()
    .from(departments)
    .where(eq(departments.regionId, regionId))
    .orderBy(asc(departments.code));
  if (depts.length === 0) return [];
  const ids = depts.map((d) => d.id);
  const [discs, versions] = await Promise.all([
    db.select().from(disclosures).where(and(inArray(disclosures.departmentId, ids), eq(disclosures.year, year))),
    db
      .select({
        id: disclosureVersions.id,
        departmentId: disclosureVersions.departmentId,
        versionNo: disclosureVersions.versionNo,
        status: disclosureVersions.status,
        submittedAt: disclosureVersions.submittedAt,
        publishedAt: disclosureVersions.publishedAt,
      })
      .from(disclosureVersions)
      .where(and(inArray(disclosureVersions.departmentId, ids), eq(disclosureVersions.year, year)))
      .orderBy(desc(disclosureVersions.versionNo)),
  ]);
  return depts.map((d) => {
    const disclosure = discs.find((x) => x.departmentId === d.id) ?? null;
    const latest = versions.find((v) => v.departmentId === d.id) ?? null;
    const firstPublished = versions.filter((v) => v.departmentId === d.id && v.publishedAt).at(-1);
    return {
      departmentId: d.id,
      code: d.code,
      name: d.name,
      isDemo: d.isDemo,
      disclosureId: disclosure?.id ?? null,
      approvalDate: disclosure?.approvalDate ?? null,
      versionId: latest?.id ?? null,
      versionNo: latest?.versionNo ?? null,
      status: latest?.status ?? null,
      submittedAt: latest?.submittedAt ?? null,
      // The deadline is met by the first publication; later corrections do not reset it.
      publishedAt: firstPublished?.publishedAt ?? null,
    };
  });
}

/** All versions of a disclosure, newest first (the reviewer's and the public 更正记录's history). */
export async function versionsOfDisclosure(db: Executor, disclosureId: number) {
  return db
    .select()
    .from(disclosureVersions)
    .where(eq(disclosureVersions.disclosureId, disclosureId))
    .orderBy(desc(disclosureVersions.versionNo));
}

/** The version a reviewer compares a submission with: the disclosure's last approved one. */
export async function lastApprovedBefore(db: Executor, disclosureId: number, versionNo: number) {
  const [row] = await db
    .select()
    .from(disclosureVersions)
    .where(
      and(
        eq(disclosureVersions.disclosureId, disclosureId),
        inArray(disclosureVersions.status, ["published", "superseded"]),
        sql`${disclosureVersions.versionNo} < ${versionNo}`,
      ),
    )
    .orderBy(desc(disclosureVersions.versionNo))
    .limit(1);
  return row ?? null;
}
