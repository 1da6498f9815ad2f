/**
 * The life of a disclosure version, as a pure state machine. Actions ask `transition()`; nothing
 * else compares status strings.
 *
 *   draft ──submit──▶ submitted ──approve──▶ published ──(a later version published)──▶ superseded
 *     ▲  ◀──withdraw──── │
 *     └──── returned ◀─return (with a reason)
 *
 * 撤回 (withdraw) takes a submission back to draft while nobody has reviewed it yet: a reviewer
 * who has decided (the status moved on) or started (commented on this submission) wins.
 *
 * A returned version is edited and submitted again. After publication a department opens a
 * revision: a new draft version of the same disclosure (the published one stays public until the
 * revision is approved).
 */
import type { Role } from "./auth/permissions";
import type { ActionResult } from "./action-result";

export type VersionStatus = "draft" | "submitted" | "returned" | "published" | "superseded";
export type WorkflowAction = "save" | "submit" | "withdraw" | "return" | "approve";

export const STATUS_LABELS: Record<VersionStatus, string> = {
  draft: "草稿",
  submitted: "已提交待审核",
  returned: "已退回修改",
  published: "已公开",
  superseded: "已被更正版本替代",
};

interface Rule {
  from: readonly VersionStatus[];
  to: VersionStatus;
  role: Role;
}

const RULES: Record<WorkflowAction, Rule> = {
  save: { from: ["draft", "returned"], to: "draft", role: "editor" },
  submit: { from: ["draft", "returned"], to: "submitted", role: "editor" },
  withdraw: { from: ["submitted"], to: "draft", role: "editor" },
  return: { from: ["submitted"], to: "returned", role: "reviewer" },
  approve: { from: ["submitted"], to: "published", role: "reviewer" },
};

/** Allowed, and to which status; or refused, with the Chinese message the action answers. */
export type TransitionResult = ActionResult<{ to: VersionStatus }>;

export function transition(
  action: WorkflowAction,
  from: VersionStatus,
  actor: { role: Role; userId: number },
  version: { submittedBy: number | null; reviewStarted?: boolean },
): TransitionResult {
  const rule = RULES[action];
  if (actor.role !== rule.role) return { ok: false, message: "您的角色不能执行此操作" };
  if (!rule.from.includes(from)) {
    return { ok: false, message: `当前状态为“${STATUS_LABELS[from]}”，不能执行此操作` };
  }
  if (action === "withdraw" && version.reviewStarted) {
    return { ok: false, message: "审核人已开始审核（已有审核意见），不能撤回；如需修改，请联系审核人退回" };
  }
  if (action === "approve" && version.submittedBy === actor.userId) {
    return { ok: false, message: "不能审核通过自己提交的公开文件" };
  }
  // "save" keeps a returned version returned until it is submitted again.
  return { ok: true, to: action === "save" ? from : rule.to };
}

/** Statuses whose document an editor may change. */
export function isEditable(status: VersionStatus): boolean {
  return RULES.save.from.includes(status);
}

export function isOpen(status: VersionStatus): boolean {
  return status === "draft" || status === "submitted" || status === "returned";
}
