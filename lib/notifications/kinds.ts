/**
 * What the portal tells its users, and who is told. Notifications are rows in the database
 * (db/queries/notifications.ts), written in the transaction of the action that caused them:
 *
 * - submit   → the reviewers of the department's county
 * - return   → the department's editors
 * - approve  → the department's editors
 * - deadline → the department's editors, when the 20-day publication deadline (lib/deadline.ts)
 *   is near (due-soon) or past (late) and nothing is published yet; and the county's reviewers,
 *   as one digest of every such department (not one notice each): which are late, which are due
 *   soon, and where each stands (not yet drafted, not submitted, returned, waiting for review).
 *   A reviewer gets at most one digest a day, and only when the list differs from the last one.
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
  if (role === "reviewer") return ["submit", "deadline"];
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

/** One department in a reviewer's deadline digest. */
export interface DigestItem {
  disclosureId: number;
  code: string;
  departmentName: string;
  year: number;
  deadline: Deadline;
  /** The latest open version's status; null when nothing has been drafted for the year. */
  status: "draft" | "submitted" | "returned" | null;
}

const DIGEST_STATUS: Record<NonNullable<DigestItem["status"]> | "none", string> = {
  none: "尚未起草",
  draft: "未提交",
  returned: "已退回修改",
  submitted: "已提交待审核",
};

/** Longest list of departments named per group; the board lists them all. */
const DIGEST_NAMES = 50;

/** The items a digest names: late first (most overdue first), then due soon (nearest first). */
export function digestItems(items: readonly DigestItem[]): DigestItem[] {
  return items
    .filter((item) => deadlineThreshold(item.deadline) !== null)
    .sort((a, b) => (a.deadline.daysLeft ?? 0) - (b.deadline.daysLeft ?? 0) || a.code.localeCompare(b.code) || a.year - b.year);
}

/** What identifies a digest's content: the same departments at the same thresholds and deadlines. */
export function digestSignature(items: readonly DigestItem[]): string {
  return items
    .map((item) => `${item.disclosureId}:${deadlineThreshold(item.deadline)}:${item.deadline.deadline}`)
    .sort()
    .join(",");
}

/**
 * The reviewer's digest, e.g. "截至2019-03-22，本县有2个部门的预算已批复但尚未公开。已逾期1个：
 * 434 正定县人民政府办公室2019年（期限2019-03-21，已逾期1天，已提交待审核）。即将到期1个：…"
 */
export function deadlineDigestText(items: readonly DigestItem[], today: string): string {
  const line = (item: DigestItem) => {
    const days = item.deadline.daysLeft ?? 0;
    const when = days < 0 ? `已逾期${-days}天` : days === 0 ? "今日到期" : `还剩${days}天`;
    return `${item.code} ${item.departmentName}${item.year}年（期限${item.deadline.deadline}，${when}，${DIGEST_STATUS[item.status ?? "none"]}）`;
  };
  const group = (label: string, members: DigestItem[]) => {
    if (members.length === 0) return "";
    const named = members.slice(0, DIGEST_NAMES).map(line).join("；");
    const more = members.length > DIGEST_NAMES ? `；等，共${members.length}个，详见审核工作台` : "";
    return `${label}${members.length}个：${named}${more}。`;
  };
  const late = items.filter((item) => item.deadline.state === "late");
  const soon = items.filter((item) => item.deadline.state !== "late");
  const departments = new Set(items.map((item) => item.code)).size;
  return `截至${today}，本县有${departments}个部门的预算已批复但尚未公开。${group("已逾期", late)}${group("即将到期", soon)}`;
}

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
