/**
 * Every action the audit trail records, with its Chinese label and its kind — the one catalogue
 * that every view of the trail (the review pages, the admin page, the CSV) reads. An action
 * written somewhere but missing here is still shown, under its raw name, so nothing is hidden;
 * lib/audit/actions.test.ts checks that the code writes no action this catalogue lacks.
 */
export type AuditKind = "review" | "admin" | "auth";

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  review: "审核",
  admin: "管理",
  auth: "登录",
};

export const AUDIT_ACTIONS = {
  // Drafting and review (db/queries/drafts.ts, db/queries/review.ts).
  "draft.create": { label: "新建草稿", kind: "review" },
  "draft.save": { label: "保存", kind: "review" },
  "draft.import": { label: "从Excel导入", kind: "review" },
  "version.submit": { label: "提交审核", kind: "review" },
  "version.withdraw": { label: "撤回提交", kind: "review" },
  "version.return": { label: "退回", kind: "review" },
  "version.approve": { label: "审核通过并公开", kind: "review" },
  "comment.add": { label: "发表意见", kind: "review" },
  "comment.edit": { label: "修改意见", kind: "review" },
  "comment.delete": { label: "删除意见", kind: "review" },
  "approval-date.set": { label: "录入批复日期", kind: "review" },
  // The administrator (db/queries/admin.ts).
  "admin.user-create": { label: "新建用户", kind: "admin" },
  "admin.user-update": { label: "修改角色和权限范围", kind: "admin" },
  "admin.user-disable": { label: "停用账号", kind: "admin" },
  "admin.user-enable": { label: "启用账号", kind: "admin" },
  "admin.password-reset": { label: "重置密码", kind: "admin" },
  "admin.department-create": { label: "添加部门", kind: "admin" },
  "admin.department-rename": { label: "部门更名", kind: "admin" },
  "admin.department-deactivate": { label: "停用部门", kind: "admin" },
  "admin.department-activate": { label: "启用部门", kind: "admin" },
  "admin.year-create": { label: "添加年度", kind: "admin" },
  // Signing in and sessions (lib/auth/).
  "auth.sign-in": { label: "登录成功", kind: "auth" },
  "auth.sign-in-failed": { label: "登录失败", kind: "auth" },
  "auth.sign-in-throttled": { label: "登录被限流", kind: "auth" },
  "auth.sign-in-refusals": { label: "登录未成功（汇总）", kind: "auth" },
  "auth.sign-out": { label: "退出登录", kind: "auth" },
  "auth.session-revoke": { label: "结束会话", kind: "auth" },
  "auth.password-change": { label: "修改本人密码", kind: "auth" },
  // The user's own notifications (app/(workspace)/inbox/notification-commands.ts).
  "notification.read": { label: "通知标为已读", kind: "auth" },
  "notification.preferences": { label: "修改通知设置", kind: "auth" },
} as const satisfies Record<string, { label: string; kind: AuditKind }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** The Chinese label; an action the catalogue lacks is shown as it was written. */
export function auditActionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action].label : action;
}

export function auditActionKind(action: string): AuditKind | null {
  return isAuditAction(action) ? AUDIT_ACTIONS[action].kind : null;
}

export function actionsOfKind(kind: AuditKind): AuditAction[] {
  return (Object.keys(AUDIT_ACTIONS) as AuditAction[]).filter((a) => AUDIT_ACTIONS[a].kind === kind);
}
