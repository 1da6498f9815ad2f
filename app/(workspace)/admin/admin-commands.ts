/**
 * The administrator's mutations. Free of Next's request APIs: actions.ts adds the session and
 * revalidation, and tests call these directly against a real database.
 */
import type { PublicChange } from "@/lib/public-tags";
import type { z } from "zod";
import type { Database } from "@/db";
import * as admin from "@/db/queries/admin";
import type { AuditActor } from "@/db/queries/admin";
import { firstIssue, refused, SIGNED_OUT, type ActionResult, type FormResult } from "@/lib/action-result";
import { hashPassword } from "@/lib/auth/password";
import { ROLE_LABELS, canAdminister, type SessionUser } from "@/lib/auth/permissions";
import {
  createDepartmentInput,
  createUserInput,
  departmentStatusInput,
  fiscalYearInput,
  formInput,
  renameDepartmentInput,
  resetPasswordInput,
  scopeOf,
  updateScopeInput,
  userStatusInput,
} from "./admin-input";

/** `publicChange`: what the command changed for the public (lib/public-tags.ts), for the action to refresh. */
export type AdminResult = FormResult<{ publicChange?: PublicChange }>;
/** `request.ip`: the caller's address, recorded in the audit entry (null when not known). */
export type AdminCommand = (
  db: Database,
  user: SessionUser | null,
  formData: FormData,
  request?: { ip: string | null },
) => Promise<AdminResult>;

const USER_REFUSALS: Record<Exclude<admin.UserWriteResult, { ok: true }>["reason"], string> = {
  "duplicate-username": "用户名已存在。",
  "unknown-region": "所选地区不存在。",
  "unknown-department": "所选部门不存在。",
  "not-found": "未找到该用户。",
};

type Checked<T> = ActionResult<{ caller: SessionUser; actor: AuditActor; input: T }>;

/**
 * The role is checked before the input is parsed: it needs nothing from the input, and a caller
 * who may not administer learns nothing about what a valid submission would look like.
 */
function check<T extends z.ZodType>(
  user: SessionUser | null,
  schema: T,
  formData: FormData,
  request?: { ip: string | null },
): Checked<z.output<T>> {
  if (!user) return refused(SIGNED_OUT);
  if (!canAdminister(user)) return refused("无权执行此操作。");
  const parsed = schema.safeParse(formInput(formData));
  if (!parsed.success) return refused(firstIssue(parsed.error));
  return { ok: true, caller: user, actor: { userId: user.id, ip: request?.ip ?? null }, input: parsed.data };
}

export const createUserCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, createUserInput, formData, request);
  if (!c.ok) return c;
  const { username, displayName, password } = c.input;
  const scope = scopeOf(c.input);
  const created = await admin.createUser(db, { username, displayName, passwordHash: await hashPassword(password), ...scope }, c.actor);
  if (!created.ok) return { ok: false, message: USER_REFUSALS[created.reason] };
  return { ok: true, message: `已创建用户 ${username}（${ROLE_LABELS[scope.role]}）。` };
};

export const updateUserScopeCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, updateScopeInput, formData, request);
  if (!c.ok) return c;
  const scope = scopeOf(c.input);
  // Keeps at least one administrator: nobody can demote the account they are using.
  if (c.input.userId === c.caller.id && scope.role !== "admin") return { ok: false, message: "不能更改自己的角色。" };
  const updated = await admin.updateUserScope(db, c.input.userId, scope, c.actor);
  if (!updated.ok) return { ok: false, message: USER_REFUSALS[updated.reason] };
  return { ok: true, message: `已更新用户 ${updated.username} 的角色和权限范围。` };
};

export const setUserStatusCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, userStatusInput, formData, request);
  if (!c.ok) return c;
  const { userId, disabled } = c.input;
  if (disabled && userId === c.caller.id) return { ok: false, message: "不能停用自己的账号。" };
  const username = await admin.setUserDisabled(db, userId, disabled, c.actor);
  if (!username) return { ok: false, message: USER_REFUSALS["not-found"] };
  return { ok: true, message: disabled ? `已停用用户 ${username}。` : `已启用用户 ${username}。` };
};

export const setDepartmentStatusCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, departmentStatusInput, formData, request);
  if (!c.ok) return c;
  const changed = await admin.setDepartmentActive(db, c.input.departmentId, c.input.active, c.actor);
  if (!changed) return { ok: false, message: "未找到该部门。" };
  return {
    ok: true,
    message: c.input.active
      ? `已启用部门 ${changed.name}，其填报人可再次填报。`
      : `已停用部门 ${changed.name}：其填报人不能再填报，已公开的信息仍然公开。`,
  };
};

export const resetPasswordCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, resetPasswordInput, formData, request);
  if (!c.ok) return c;
  const username = await admin.setUserPasswordHash(db, c.input.userId, await hashPassword(c.input.password), c.actor);
  if (!username) return { ok: false, message: USER_REFUSALS["not-found"] };
  return { ok: true, message: `已重置用户 ${username} 的密码。` };
};

export const createDepartmentCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, createDepartmentInput, formData, request);
  if (!c.ok) return c;
  const { code, name } = c.input;
  const created = await admin.createDepartment(db, c.input, c.actor);
  if (created.ok) return { ok: true, message: `已添加部门 ${code} ${name}。`, publicChange: { kind: "department", code } };
  return {
    ok: false,
    message: created.reason === "duplicate-code" ? `该地区已有编码为${code}的部门。` : "所选地区不存在。",
  };
};

export const renameDepartmentCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, renameDepartmentInput, formData, request);
  if (!c.ok) return c;
  const renamed = await admin.renameDepartment(db, c.input.departmentId, c.input.name, c.actor);
  if (!renamed.ok) return { ok: false, message: "未找到该部门。" };
  return { ok: true, message: `已将部门更名为 ${c.input.name}。`, publicChange: { kind: "department", code: renamed.code } };
};

export const createFiscalYearCommand: AdminCommand = async (db, user, formData, request) => {
  const c = check(user, fiscalYearInput, formData, request);
  if (!c.ok) return c;
  if (!(await admin.createFiscalYear(db, c.input.year, c.actor))) return { ok: false, message: "该年度已存在。" };
  return { ok: true, message: `已添加 ${c.input.year} 年度。`, publicChange: { kind: "years" } };
};
