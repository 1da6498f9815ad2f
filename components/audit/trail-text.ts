/** The audit trail as text: the rows of the admin's CSV. */
import type { AuditTrailRow } from "@/db/queries/audit-trail";
import { auditActionKind, auditActionLabel, AUDIT_KIND_LABELS } from "@/lib/audit/actions";
import type { CsvCell } from "@/lib/csv";
import { formatDateTimeSeconds } from "../review/format";
import { changeText } from "./change-text";

function person(name: string | null, username: string | null): string {
  if (!username) return name ?? "";
  return name && name !== username ? `${name}（${username}）` : username;
}

export const TRAIL_CSV_HEADER: readonly string[] = [
  "编号",
  "时间（UTC）",
  "时间（北京时间）",
  "操作人",
  "操作类别",
  "操作",
  "操作代码",
  "对象",
  "部门编码",
  "部门名称",
  "年度",
  "版本",
  "地址",
  "改动内容",
  "备注",
];

/**
 * One CSV row per entry. Every cell is text a spreadsheet could run as a formula (names and notes
 * are typed by users, a failed sign-in's name by anyone): lib/csv.ts defuses them when writing.
 */
export function trailCsvRow(row: AuditTrailRow): CsvCell[] {
  const kind = auditActionKind(row.action);
  return [
    row.id,
    row.at.toISOString(),
    formatDateTimeSeconds(row.at),
    person(row.actorName, row.actorUsername),
    kind ? AUDIT_KIND_LABELS[kind] : "",
    auditActionLabel(row.action),
    row.action,
    person(row.subjectName, row.subjectUsername),
    row.departmentCode,
    row.departmentName,
    row.year,
    row.versionNo,
    row.ip,
    row.changes.map(changeText).join("\n"),
    row.note,
  ];
}
