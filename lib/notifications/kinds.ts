/**
 * What the portal tells its users, and who is told. Notifications are rows in the database
 * (db/queries/notifications.ts), written in the transaction of the action that caused them:
 *
 * - submit   → the reviewers of the department's county
 * - return   → the department's editors
 * - approve  → the department's editors
 * - deadline → the department's editors, when the 20-day publication deadline (lib/deadline.ts)
 *   is near (due-soon) or past (late) and nothing is published yet.
 *
 * Deadline notices have no action to ride on and the portal runs no cron: they are written when
 * an editor's workspace is read (the header's unread count, the inbox), once per user, disclosure
 * and threshold — a unique (user, dedupe key) index makes a second insert a no-op, however many
 * server instances read at once. A deadline nobody looks at is not announced, which is the same
 * moment a cron's notice would first be seen.
 */
import { DUE_SOON_DAYS, type Deadline } from "../deadline";

export const NOTIFICATION_KINDS = ["submit", "return", "approve", "deadline"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  submit: "有公开文件提交待审核",
  return: "公开文件被退回修改",
  approve: "公开文件审核通过并公开",
  deadline: "公开期限临近或已逾期",
};

/** The kinds a role can receive: reviewers are told of submissions, editors of the rest. */
export function kindsForRole(role: "editor" | "reviewer" | "admin"): NotificationKind[] {
  if (role === "reviewer") return ["submit"];
  if (role === "editor") return ["return", "approve", "deadline"];
  return [];
}

export interface Preference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

/** A kind without a stored choice is received both ways. */
export function preferenceOf(stored: readonly Preference[], kind: NotificationKind): Preference {
  return stored.find((p) => p.kind === kind) ?? { kind, inApp: true, email: true };
}

interface Subject {
  departmentName: string;
  year: number;
  versionNo: number;
}

const title = (s: Subject) => `${s.departmentName}${s.year}年部门预算公开文件（第${s.versionNo}版）`;

function clip(text: string, length = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

export const notificationText = {
  submit: (s: Subject) => `${title(s)}已提交，等待审核。`,
  return: (s: Subject & { reason: string }) => `${title(s)}被退回修改：${clip(s.reason)}`,
  approve: (s: Subject) => `${title(s)}已审核通过并向社会公开。`,
  deadline: (s: { departmentName: string; year: number; deadline: Deadline }) =>
    s.deadline.state === "late"
      ? `${s.departmentName}${s.year}年部门预算已超过公开期限（${s.deadline.deadline}），尚未公开。`
      : `${s.departmentName}${s.year}年部门预算须在${s.deadline.deadline}前公开，还剩${s.deadline.daysLeft}天。`,
};

/** The thresholds a deadline notice is written at, once each (lib/deadline.ts's states). */
export function deadlineThreshold(deadline: Deadline): "due-soon" | "late" | null {
  if (deadline.state === "late") return "late";
  if (deadline.state === "due-soon" && deadline.daysLeft !== null && deadline.daysLeft <= DUE_SOON_DAYS) return "due-soon";
  return null;
}

/** The mail of a notification: a subject naming the kind, the text and a link into the workspace. */
export function mailOf(kind: NotificationKind, message: string, href: string, publicUrl: string) {
  return {
    subject: `【部门预算公开平台】${NOTIFICATION_KIND_LABELS[kind]}`,
    body: `${message}\n\n查看：${publicUrl}${href}\n\n（如不再需要此类邮件，请在“账号与安全”页面的通知设置中关闭。）`,
  };
}
