/** The audit trail as a table: time (China), who, action, what changed (old → new), note. */
import type { AuditChange } from "@/db/schema";
import { auditActionLabel } from "@/lib/audit/actions";
import { changeFieldName, changeValue } from "../audit/change-text";
import { formatDateTime, isoOf } from "./format";
import { ScrollTable, tableClass } from "./form-parts";

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  versionId: number | null;
  disclosureId: number | null;
  changes: AuditChange[];
  note: string | null;
  userName: string | null;
  username: string | null;
}

/** Shown open up to this many changes; more are folded into a <details>. */
const OPEN_CHANGES = 5;

export function Changes({ changes }: { changes: readonly AuditChange[] }) {
  if (changes.length === 0) return <span className="text-stone-600">—</span>;
  const list = (
    <ul className="list-none space-y-0.5">
      {changes.map((c, i) => (
        <li key={`${c.field}-${i}`} className="break-words">
          <span className="font-medium">{changeFieldName(c.field)}</span>：{changeValue(c.field, c.old)}
          <span aria-hidden="true"> → </span>
          <span className="sr-only">改为</span>
          {changeValue(c.field, c.new)}
        </li>
      ))}
    </ul>
  );
  if (changes.length <= OPEN_CHANGES) return list;
  return (
    <details>
      <summary className="cursor-pointer text-blue-800">共 {changes.length} 处改动，展开查看</summary>
      {list}
    </details>
  );
}

function versionCell(e: AuditRow, versions: ReadonlyMap<number, string>, disclosures?: ReadonlyMap<number, string>) {
  if (e.versionId !== null) return versions.get(e.versionId) ?? "—";
  if (e.disclosureId !== null) return disclosures?.get(e.disclosureId) ?? "—";
  return "—";
}

export function AuditTable(props: {
  entries: readonly AuditRow[];
  /** versionId → "2018年 第2版" */
  versionLabels: ReadonlyMap<number, string>;
  /** disclosureId → "2018年", for entries not tied to a version (e.g. the 批复 date). */
  disclosureLabels?: ReadonlyMap<number, string>;
  label: string;
}) {
  if (props.entries.length === 0) return <p>暂无操作记录。</p>;
  return (
    <ScrollTable label={props.label}>
      <table className={`${tableClass} min-w-[48rem]`} data-testid="audit-table">
        <caption className="sr-only">{props.label}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-36">
              时间
            </th>
            <th scope="col">操作人</th>
            <th scope="col">操作</th>
            <th scope="col">版本</th>
            <th scope="col">改动内容</th>
            <th scope="col">备注</th>
          </tr>
        </thead>
        <tbody>
          {props.entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-action={e.action}>
              <td className="whitespace-nowrap tabular-nums">
                <time dateTime={isoOf(e.at)}>{formatDateTime(e.at)}</time>
              </td>
              <td>{e.userName ?? e.username ?? "系统"}</td>
              <td className="whitespace-nowrap">{auditActionLabel(e.action)}</td>
              <td className="whitespace-nowrap">{versionCell(e, props.versionLabels, props.disclosureLabels)}</td>
              <td className="max-w-md">
                <Changes changes={e.changes} />
              </td>
              <td className="max-w-xs whitespace-pre-wrap break-words">{e.note ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
