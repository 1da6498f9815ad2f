"use client";
/** A list of name + amount rows (项目支出, 机关运行经费 items): add, reorder, remove. */
import type { NamedAmount } from "@/lib/disclosure/schema";
import { AmountInput } from "./amount-input";
import { TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, type Updater } from "./list-helpers";

export function NamedAmountList(props: {
  path: string;
  /** Row label prefix: "项目" → "项目1 名称", "项目1 金额（万元）". */
  rowPrefix: string;
  listLabel: string;
  empty: string;
  addLabel: string;
  addTestId: string;
  rowTestId?: string;
  rows: NamedAmount[];
  update: Updater<NamedAmount[]>;
}) {
  const { path, rows, update, rowPrefix } = props;
  return (
    <>
      <ListBox path={path} label={props.listLabel} empty={props.empty} count={rows.length}>
        <ol className="space-y-3">
          {rows.map((row, i) => {
            const rowUpdate = focusIndex(update, i);
            const label = `${rowPrefix}${i + 1}`;
            return (
              <li key={i} className="grid gap-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end" data-testid={props.rowTestId}>
                <TextField path={`${path}.${i}.name`} label={`${label} 名称`} value={row.name} onChange={(v) => focusKey(rowUpdate, "name")(() => v)} />
                <AmountInput path={`${path}.${i}.amount`} label={`${label} 金额（万元）`} value={row.amount} onChange={(v) => focusKey(rowUpdate, "amount")(() => v)} />
                <ListControls listPath={path} index={i} count={rows.length} rowLabel={label} update={update} />
              </li>
            );
          })}
        </ol>
      </ListBox>
      <AddButton listPath={path} testId={props.addTestId} focusPath={`${path}.${rows.length}.name`} onAdd={() => update((list) => append(list, { name: "", amount: 0 }))}>
        {props.addLabel}
      </AddButton>
    </>
  );
}
