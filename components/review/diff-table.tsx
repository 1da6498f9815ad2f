/** Cell-by-cell differences between two versions, grouped by section: field, old → new, change. */
import type { FieldChange } from "@/lib/disclosure/diff";
import { groupBySection } from "./compare";
import { fieldName } from "@/lib/disclosure/field-names";
import { changeKind, formatDelta, formatValue } from "./format";
import { ScrollTable, tableClass } from "./form-parts";

export function DiffTable({ changes, label }: { changes: readonly FieldChange[]; label: string }) {
  if (changes.length === 0) return <p className="text-sm">两个版本内容完全相同。</p>;
  const groups = groupBySection(changes);
  return (
    <>
      <p className="mb-2 text-sm text-stone-700">
        共 {changes.length} 处改动，涉及 {groups.length} 个部分。金额单位：万元。
      </p>
      {groups.map((group) => (
        <details key={group.section} open className="mb-3">
          <summary className="cursor-pointer font-semibold">
            {group.title}（{group.changes.length} 处）
          </summary>
          <ScrollTable label={`${label}：${group.title}`}>
            <table className={`${tableClass} mt-1 min-w-[36rem]`}>
              <thead>
                <tr>
                  <th scope="col">项目</th>
                  <th scope="col">原值</th>
                  <th scope="col">新值</th>
                  <th scope="col">变化</th>
                </tr>
              </thead>
              <tbody>
                {group.changes.map((c) => (
                  <tr key={c.field} data-testid="diff-row" data-field={c.field}>
                    <th scope="row">
                      {fieldName(c.field)}
                    </th>
                    <td className="whitespace-pre-wrap break-words">{formatValue(c.field, c.old)}</td>
                    <td className="whitespace-pre-wrap break-words">{formatValue(c.field, c.new)}</td>
                    <td className="whitespace-nowrap tabular-nums">{formatDelta(c.field, c.old, c.new) ?? changeKind(c.old, c.new)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </details>
      ))}
    </>
  );
}
