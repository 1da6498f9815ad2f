/**
 * The fields an administrator's audit entry records (old → new), their Chinese names and how
 * their values read. Values are stored as they were at the time — region and department names
 * included — so the entry still says what happened after a later rename.
 */
import { ROLE_LABELS, type Role } from "../auth/permissions";

export const ADMIN_FIELDS = {
  "user.username": "用户名",
  "user.displayName": "姓名",
  "user.role": "角色",
  "user.region": "地区",
  "user.departments": "部门",
  "user.disabled": "账号状态",
  "department.code": "部门编码",
  "department.name": "部门名称",
  "department.region": "所属地区",
  "fiscalYear.year": "年度",
} as const;

export type AdminField = keyof typeof ADMIN_FIELDS;

export function isAdminField(field: string): field is AdminField {
  return Object.hasOwn(ADMIN_FIELDS, field);
}

/** How one side of an admin change reads; "（空）" for nothing. */
export function formatAdminValue(field: AdminField, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "（空）";
  if (field === "user.role" && typeof value === "string" && Object.hasOwn(ROLE_LABELS, value)) return ROLE_LABELS[value as Role];
  if (field === "user.disabled" && typeof value === "boolean") return value ? "已停用" : "正常";
  if (Array.isArray(value)) return value.map(String).join("、");
  return String(value);
}
