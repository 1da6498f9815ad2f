/**
 * The inbox and the mail outbox (lib/notifications/kinds.ts says who is told what). Events are
 * written with the transaction of the action that caused them, so a notice exists exactly when
 * its change does; mail is only queued here and sent after the commit (lib/notifications/mailer.ts).
 * Every read takes the user whose inbox it is: nobody reads another's.
 */
import { createHash } from "node:crypto";
import { and, count, desc, eq, inArray, isNotNull, isNull, like, notInArray } from "drizzle-orm";
import { chinaToday, deadlineStatus } from "../../lib/deadline";
import { env } from "../../lib/env";
import {
  deadlineDigestText,
  deadlineThreshold,
  digestItems,
  digestSignature,
  kindsForRole,
  mailOf,
  notificationText,
  preferenceOf,
  type NotificationKind,
  type Preference,
} from "../../lib/notifications/kinds";
import type { SessionUser } from "../../lib/auth/permissions";
import type { Executor } from "../client";
import {
  departments,
  disclosureVersions,
  disclosures,
  emailOutbox,
  notificationPreferences,
  notifications,
  userDepartments,
  users,
} from "../schema";

export interface NotificationEvent {
  kind: NotificationKind;
  /** Null for a notice about many departments (a reviewer's deadline digest). */
  departmentId: number | null;
  versionId: number | null;
  message: string;
  href: string;
  dedupeKey?: string;
}

/** Active reviewers of a county. */
export async function reviewersOfRegion(db: Executor, regionId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "reviewer"), eq(users.regionId, regionId), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

/** Active editors of a department. */
export async function editorsOfDepartment(db: Executor, departmentId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(userDepartments)
    .innerJoin(users, eq(users.id, userDepartments.userId))
    .where(and(eq(userDepartments.departmentId, departmentId), eq(users.role, "editor"), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}

export async function preferencesOf(db: Executor, userId: number): Promise<Preference[]> {
  return db
    .select({ kind: notificationPreferences.kind, inApp: notificationPreferences.inApp, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
}

/**
 * Writes the event to each recipient's inbox and queues its mail for those who want it and gave an
 * address (only when SMTP_URL is set). Call inside the action's transaction. The in-app choice is
 * applied when the inbox is read, so the row also serves as the deadline notices' "already told".
 */
export async function notify(tx: Executor, event: NotificationEvent, recipientIds: readonly number[]) {
  const ids = [...new Set(recipientIds)];
  if (ids.length === 0) return;
  const inserted = await tx
    .insert(notifications)
    .values(ids.map((userId) => ({ userId, ...event, dedupeKey: event.dedupeKey ?? null })))
    .onConflictDoNothing()
    .returning({ userId: notifications.userId });
  if (!env.smtpUrl || inserted.length === 0) return;
  const told = inserted.map((r) => r.userId);
  const [recipients, stored] = await Promise.all([
    tx.select({ id: users.id, email: users.email }).from(users).where(and(inArray(users.id, told), isNotNull(users.email))),
    tx.select().from(notificationPreferences).where(and(inArray(notificationPreferences.userId, told), eq(notificationPreferences.kind, event.kind))),
  ]);
  const mail = mailOf(event.kind, event.message, event.href, env.publicUrl);
  const rows = recipients
    .filter((r) => r.email && preferenceOf(stored.filter((p) => p.userId === r.id), event.kind).email)
    .map((r) => ({ toAddress: r.email!, subject: mail.subject, body: mail.body }));
  if (rows.length > 0) await tx.insert(emailOutbox).values(rows);
}

/** The kinds the user reads in-app: their role's kinds, less those switched off. */
async function inAppKinds(db: Executor, user: SessionUser): Promise<NotificationKind[]> {
  const stored = await preferencesOf(db, user.id);
  return kindsForRole(user.role).filter((kind) => preferenceOf(stored, kind).inApp);
}

/**
 * Deadline notices, written when the user's workspace is read (no cron; lib/notifications/kinds.ts):
 * an editor's, one per disclosure and threshold; a reviewer's digest of the county.
 */
export async function ensureDeadlineNotices(db: Executor, user: SessionUser, today = chinaToday()) {
  if (user.role === "reviewer") return ensureDeadlineDigest(db, user, today);
  if (user.role !== "editor" || user.departmentIds.length === 0) return;
  const published = db
    .select({ id: disclosureVersions.disclosureId })
    .from(disclosureVersions)
    .where(inArray(disclosureVersions.status, ["published", "superseded"]));
  const due = await db
    .select({ id: disclosures.id, departmentId: disclosures.departmentId, year: disclosures.year, approvalDate: disclosures.approvalDate, name: departments.name })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .where(and(inArray(disclosures.departmentId, user.departmentIds), isNotNull(disclosures.approvalDate), notInArray(disclosures.id, published)));
  if (due.length === 0) return;
  // Every workspace page asks: skip what was written before without attempting the insert again.
  const told = new Set(
    (
      await db
        .select({ key: notifications.dedupeKey })
        .from(notifications)
        .where(and(eq(notifications.userId, user.id), eq(notifications.kind, "deadline")))
    ).map((r) => r.key),
  );
  for (const row of due) {
    const deadline = deadlineStatus(row.approvalDate, null, today);
    const threshold = deadlineThreshold(deadline);
    const dedupeKey = `deadline:${row.id}:${threshold}:${deadline.deadline}`;
    if (!threshold || told.has(dedupeKey)) continue;
    await notify(
      db,
      {
        kind: "deadline",
        departmentId: row.departmentId,
        versionId: null,
        message: notificationText.deadline({ departmentName: row.name, year: row.year, deadline }),
        href: "/edit",
        dedupeKey,
      },
      [user.id],
    );
  }
}

const DIGEST_PREFIX = "deadline-digest:";

/**
 * A reviewer's deadline digest: every disclosure of the county's active departments that has a
 * 批复 date, nothing published, and a deadline near or past, in one notice. Written at most once
 * per reviewer and day (dedupe key deadline-digest:<day>:<signature>), and only when its list
 * differs from the reviewer's previous digest, so an unchanged backlog is not announced daily.
 */
export async function ensureDeadlineDigest(db: Executor, user: SessionUser, today = chinaToday()) {
  if (user.role !== "reviewer" || user.regionId === null) return;
  const [last] = await db
    .select({ key: notifications.dedupeKey })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), eq(notifications.kind, "deadline"), like(notifications.dedupeKey, `${DIGEST_PREFIX}%`)))
    .orderBy(desc(notifications.id))
    .limit(1);
  const lastKey = last?.key ?? "";
  if (lastKey.startsWith(`${DIGEST_PREFIX}${today}:`)) return;

  const published = db
    .select({ id: disclosureVersions.disclosureId })
    .from(disclosureVersions)
    .where(inArray(disclosureVersions.status, ["published", "superseded"]));
  const open = await db
    .select({
      disclosureId: disclosures.id,
      code: departments.code,
      departmentName: departments.name,
      year: disclosures.year,
      approvalDate: disclosures.approvalDate,
      status: disclosureVersions.status,
    })
    .from(disclosures)
    .innerJoin(departments, eq(departments.id, disclosures.departmentId))
    .leftJoin(
      disclosureVersions,
      and(eq(disclosureVersions.disclosureId, disclosures.id), inArray(disclosureVersions.status, ["draft", "submitted", "returned"])),
    )
    .where(
      and(
        eq(departments.regionId, user.regionId),
        eq(departments.active, true),
        isNotNull(disclosures.approvalDate),
        notInArray(disclosures.id, published),
      ),
    );
  const items = digestItems(
    open.map((row) => ({
      disclosureId: row.disclosureId,
      code: row.code,
      departmentName: row.departmentName,
      year: row.year,
      deadline: deadlineStatus(row.approvalDate, null, today),
      status: row.status === "draft" || row.status === "submitted" || row.status === "returned" ? row.status : null,
    })),
  );
  if (items.length === 0) return;
  const signature = createHash("sha256").update(digestSignature(items)).digest("hex").slice(0, 16);
  if (lastKey.endsWith(`:${signature}`)) return;
  await notify(
    db,
    {
      kind: "deadline",
      departmentId: null,
      versionId: null,
      message: deadlineDigestText(items, today),
      href: items.some((item) => item.deadline.state === "late") ? "/review?status=late" : "/review",
      dedupeKey: `${DIGEST_PREFIX}${today}:${signature}`,
    },
    [user.id],
  );
}

/** The user's unread count, after writing any deadline notice that is due. */
export async function unreadCount(db: Executor, user: SessionUser): Promise<number> {
  await ensureDeadlineNotices(db, user);
  const kinds = await inAppKinds(db, user);
  if (kinds.length === 0) return 0;
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt), inArray(notifications.kind, kinds)));
  return row?.n ?? 0;
}

/** The user's own notices, newest first. */
export async function inboxOf(db: Executor, user: SessionUser, limit = 100) {
  await ensureDeadlineNotices(db, user);
  const kinds = await inAppKinds(db, user);
  if (kinds.length === 0) return [];
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, user.id), inArray(notifications.kind, kinds)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks the user's notices read: all of them, or the listed ones (others' ids are ignored). */
export async function markRead(db: Executor, userId: number, ids: readonly number[] | "all"): Promise<number> {
  const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(ids === "all" ? mine : and(mine, inArray(notifications.id, [...ids])))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function savePreferences(db: Executor, userId: number, choices: readonly Preference[]) {
  for (const choice of choices) {
    await db
      .insert(notificationPreferences)
      .values({ userId, ...choice })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { inApp: choice.inApp, email: choice.email },
      });
  }
}

/**
 * The notice of a workflow step, to whom it concerns (not the one who acted): a submission to the
 * county's reviewers, a return or an approval to the department's editors.
 */
export async function notifyWorkflowStep(
  tx: Executor,
  step: { kind: "submit" | "return" | "approve"; actorId: number; reason?: string },
  version: { id: number; departmentId: number; year: number; versionNo: number },
) {
  const [department] = await tx.select().from(departments).where(eq(departments.id, version.departmentId));
  if (!department) return;
  const subject = { departmentName: department.name, year: version.year, versionNo: version.versionNo };
  const recipients =
    step.kind === "submit" ? await reviewersOfRegion(tx, department.regionId) : await editorsOfDepartment(tx, department.id);
  const message =
    step.kind === "return"
      ? notificationText.return({ ...subject, reason: step.reason ?? "" })
      : notificationText[step.kind](subject);
  await notify(
    tx,
    {
      kind: step.kind,
      departmentId: department.id,
      versionId: version.id,
      message,
      href: step.kind === "submit" ? `/review/${version.id}` : `/edit/${version.id}`,
    },
    recipients.filter((id) => id !== step.actorId),
  );
}
