/**
 * How one recorded change reads, whatever wrote it: an administrator's field (lib/audit/
 * admin-fields.ts) or a path into the disclosure document (lib/disclosure/field-names.ts). Every view of the
 * trail — the review pages, the admin page, the CSV — goes through here.
 */
import { ADMIN_FIELDS, formatAdminValue, isAdminField } from "@/lib/audit/admin-fields";
import type { AuditChange } from "@/db/schema";
import { fieldName } from "../../lib/disclosure/field-names";
import { formatValue } from "../review/format";

export function changeFieldName(field: string): string {
  return isAdminField(field) ? ADMIN_FIELDS[field] : fieldName(field);
}

export function changeValue(field: string, value: unknown): string {
  return isAdminField(field) ? formatAdminValue(field, value) : formatValue(field, value);
}

/** "部门名称：旧名 → 新名" */
export function changeText(change: AuditChange): string {
  return `${changeFieldName(change.field)}：${changeValue(change.field, change.old)} → ${changeValue(change.field, change.new)}`;
}
