/**
 * A user's own notifications: marking them read and choosing what to receive. Free of Next's
 * request APIs so integration tests run them as any user. Each reads and changes only the
 * caller's own rows (another user's notice id is ignored, as if it did not exist) and is one
 * transaction with its audit entry.
 */
import { z } from "zod";
import type { Database } from "@/db";
import { appendAudit } from "@/db/queries/audit";
import { markRead, preferencesOf, savePreferences } from "@/db/queries/notifications";
import { setUserEmail } from "@/db/queries/users";
import { INVALID_REQUEST } from "@/lib/action-input";
import { firstIssue, refused, SIGNED_OUT, type FormResult } from "@/lib/action-result";
import type { SessionUser } from "@/lib/auth/permissions";
import { kindsForRole, preferenceOf } from "@/lib/notifications/kinds";

const readInput = z.object({
  ids: z.union([z.literal("all"), z.array(z.coerce.number().int().positive()).min(1).max(200)]),
});

export async function markReadCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<FormResult> {
  if (!user) return refused(SIGNED_OUT);
  const raw = formData.getAll("id");
  const parsed = readInput.safeParse({ ids: raw.length === 0 ? "all" : raw });
  if (!parsed.success) return refused(INVALID_REQUEST);
  return db.transaction(async (tx) => {
    const marked = await markRead(tx, user.id, parsed.data.ids);
    if (marked === 0) return { ok: true, message: "没有未读通知。" };
    await appendAudit(tx, { userId: user.id, action: "notification.read", subjectUserId: user.id, note: `${marked}` });
    return { ok: true, message: `已将 ${marked} 条通知标为已读。` };
  });
}

const emailInput = z.union([z.literal(""), z.email("请填写有效的电子邮箱地址").max(200, "电子邮箱地址过长")]);

/** The mail address and, per kind the caller's role receives, in-app and mail on or off. */
export async function preferencesCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<FormResult> {
  if (!user) return refused(SIGNED_OUT);
  const email = emailInput.safeParse(String(formData.get("email") ?? "").trim());
  if (!email.success) return refused(firstIssue(email.error));
  const choices = kindsForRole(user.role).map((kind) => ({
    kind,
    inApp: formData.get(`${kind}:inApp`) === "on",
    email: formData.get(`${kind}:email`) === "on",
  }));
  return db.transaction(async (tx) => {
    const before = await preferencesOf(tx, user.id);
    const oldEmail = await setUserEmail(tx, user.id, email.data || null);
    await savePreferences(tx, user.id, choices);
    const changes = [
      ...(oldEmail !== (email.data || null) ? [{ field: "email", old: oldEmail, new: email.data || null }] : []),
      ...choices.flatMap((c) => {
        const was = preferenceOf(before, c.kind);
        return [
          ...(was.inApp !== c.inApp ? [{ field: `notifications.${c.kind}.inApp`, old: was.inApp, new: c.inApp }] : []),
          ...(was.email !== c.email ? [{ field: `notifications.${c.kind}.email`, old: was.email, new: c.email }] : []),
        ];
      }),
    ];
    await appendAudit(tx, { userId: user.id, action: "notification.preferences", subjectUserId: user.id, changes });
    return { ok: true, message: "通知设置已保存。" };
  });
}
