/** What the administrator's forms may submit, with the Chinese message for each refusal. */
import { z } from "zod";
import type { UserScope } from "@/db/queries/admin";
import { DEPARTMENT_CODE, DEPARTMENT_CODE_RULE } from "@/lib/department-ref";
import { newPassword, passwordProblem } from "@/lib/auth/password-policy";

/** FormData as a plain object; fields named `…Ids` keep every value (checkbox groups). */
export function formInput(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = key.endsWith("Ids") ? values : values[0];
  }
  return out;
}

const id = (message: string) => z.coerce.number(message).int(message).positive(message);
const optionalId = (message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), id(message).optional());

const username = z
  .string("请填写用户名")
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,40}$/, "用户名须为 3–40 个字符，只能包含英文字母、数字和 _ . -");

const displayName = z.string("请填写姓名").trim().min(1, "请填写姓名").max(50, "姓名不能超过 50 个字");

/** The portal's password policy (lib/auth/password-policy.ts): length, bcrypt's 72 bytes, common passwords. */
export const password = newPassword;

/** …and not built on the account's user name (the reset form sends it along for password managers). */
function passwordNotUsername(value: { password: string; username?: string }, ctx: z.RefinementCtx) {
  if (!value.username) return;
  const problem = passwordProblem(value.password, value.username);
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: ["password"] });
}

const scopeShape = {
  role: z.enum(["editor", "reviewer", "admin"], "请选择角色"),
  regionId: optionalId("请选择地区"),
  departmentIds: z.array(id("所选部门无效")).default([]),
};

type ScopeFields = { role: UserScope["role"]; regionId?: number; departmentIds: number[] };

function requireScope(value: ScopeFields, ctx: z.RefinementCtx) {
  if (value.role === "editor" && value.departmentIds.length === 0) {
    ctx.addIssue({ code: "custom", message: "部门填报人至少须关联一个部门", path: ["departmentIds"] });
  }
  if (value.role !== "editor" && value.regionId === undefined) {
    ctx.addIssue({ code: "custom", message: "审核人和管理员须选择所在地区", path: ["regionId"] });
  }
}

/** Editors are scoped by department only, reviewers and admins by region only. */
export function scopeOf(value: ScopeFields): UserScope {
  return value.role === "editor"
    ? { role: "editor", regionId: null, departmentIds: [...new Set(value.departmentIds)].sort((a, b) => a - b) }
    : { role: value.role, regionId: value.regionId ?? null, departmentIds: [] };
}

export const createUserInput = z
  .object({ username, displayName, password, ...scopeShape })
  .superRefine(passwordNotUsername)
  .superRefine(requireScope);

export const updateScopeInput = z.object({ userId: id("未找到该用户。"), ...scopeShape }).superRefine(requireScope);

export const userStatusInput = z.object({
  userId: id("未找到该用户。"),
  disabled: z.enum(["true", "false"], "操作无效").transform((v) => v === "true"),
});

export const resetPasswordInput = z
  .object({ userId: id("未找到该用户。"), password, username: z.string().optional() })
  .superRefine(passwordNotUsername);

const departmentName = z.string("请填写部门名称").trim().min(1, "请填写部门名称").max(100, "部门名称不能超过 100 个字");

export const createDepartmentInput = z.object({
  regionId: id("请选择地区"),
  code: z
    .string("请填写部门编码")
    .trim()
    .regex(DEPARTMENT_CODE, DEPARTMENT_CODE_RULE),
  name: departmentName,
});

export const renameDepartmentInput = z.object({ departmentId: id("未找到该部门。"), name: departmentName });

export const fiscalYearInput = z.object({
  year: z.coerce
    .number("请填写年度")
    .int("年度须为整数")
    .min(1990, "年度须在 1990–2100 之间")
    .max(2100, "年度须在 1990–2100 之间"),
});

export const departmentStatusInput = z.object({
  departmentId: id("未找到该部门。"),
  active: z.enum(["true", "false"], "操作无效").transform((v) => v === "true"),
});
