/**
 * The administrator's view of the whole audit trail: time (China, to the second), actor, action,
 * the account concerned, the department or disclosure (linked to its own trail), the client
 * address, what changed (old → new) and the note.
 */
import Link from "next/link";
import type { AuditTrailRow } from "@/db/queries/audit-trail";
import { auditActionKind, auditActionLabel, AUDIT_KIND_LABELS } from "@/lib/audit/actions";
import { Changes } from "../review/audit-table";
import { formatDateTimeSeconds, isoOf } from "../review/format";
import { linkClass, ScrollTable, tableClass } from "../review/form-parts";

function Person({ name, username }: { name: string | null; username: string | null }) {
  if (!username) return <span>{name ?? "—"}</span>;
  return (
    <span>
      {name && name !== username ? `${name} ` : ""}
      <span className="font-mono text-stone-700">{username}</span>
    </span>
  );
}

function Where({ row }: { row: AuditTrailRow }) {
  if (row.departmentId === null) return <span>—</span>;
  const department = `${row.departmentCode ?? ""} ${row.departmentName ?? ""}`.trim();
  return (
    <span className="flex flex-col">
      <Link href={`/review/departments/${row.departmentId}/audit`} className={linkClass}>
        {department}
      </Link>
      {row.versionId !== null && row.year !== null && (
        <Link href={`/review/${row.versionId}/audit`} className={linkClass}>
          {row.year}年{row.versionNo !== null ? ` 第${row.versionNo}版` : ""}
        </Link>
      )}
      {row.versionId === null && row.year !== null && <span>{row.year}年</span>}
    </span>
  );
}

export function AuditTrailTable({ rows }: { rows: readonly AuditTrailRow[] }) {
  if (rows.length === 0) return <p data-testid="audit-trail-empty">没有符合条件的记录。</p>;
  return (
    <ScrollTable label="审计记录">
      <table className={`${tableClass} min-w-[64rem]`} data-testid="audit-trail">
        <caption className="sr-only">审计记录，按时间从新到旧排列</caption>
        <thead>
          <tr>
            <th scope="col" className="w-40">
              时间
            </th>
            <th scope="col">操作人</th>
            <th scope="col">操作</th>
            <th scope="col">对象</th>
            <th scope="col">部门 / 公开文件</th>
            <th scope="col">地址</th>
            <th scope="col">改动内容</th>
            <th scope="col">备注</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const kind = auditActionKind(row.action);
            return (
              <tr key={row.id} data-testid="audit-trail-row" data-action={row.action}>
                <td className="whitespace-nowrap tabular-nums">
                  <time dateTime={isoOf(row.at)}>{formatDateTimeSeconds(row.at)}</time>
                </td>
                <td>
                  {row.actorUsername ? <Person name={row.actorName} username={row.actorUsername} /> : "—"}
                </td>
                <td className="whitespace-nowrap">
                  {auditActionLabel(row.action)}
                  {kind && <span className="block text-xs text-stone-700">{AUDIT_KIND_LABELS[kind]}</span>}
                </td>
                <td>
                  {row.subjectUsername ? <Person name={row.subjectName} username={row.subjectUsername} /> : "—"}
                </td>
                <td>
                  <Where row={row} />
                </td>
                <td className="whitespace-nowrap font-mono text-xs">{row.ip ?? "—"}</td>
                <td className="max-w-md">
                  <Changes changes={row.changes} />
                </td>
                <td className="max-w-xs whitespace-pre-wrap break-words">{row.note ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
