"use client";
/** 六、政府采购预算: lines with every funding column (each line's total computed), or the empty-table statement. */
import { procurementLineTotal } from "@/lib/disclosure/figures";
import type { ProcurementLine } from "@/lib/disclosure/schema";
import { formatWan } from "@/lib/money";
import { AmountInput, OptionalAmountInput, OptionalDecimalInput } from "./amount-input";
import { ComputedFigure, EditorSection, TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, withoutKeys, type Updater } from "./list-helpers";
import type { SectionProps } from "./section-props";
import { StatedFigures } from "./stated-figures";

type FundingKey = "general" | "fund" | "specialAccount" | "other" | "otherChannels";

const FUNDING: readonly { key: FundingKey; label: string }[] = [
  { key: "general", label: "一般公共预算拨款（万元）" },
  { key: "fund", label: "基金预算拨款安排（万元）" },
  { key: "specialAccount", label: "财政专户核拨资金（万元）" },
  { key: "other", label: "其他来源收入安排（万元）" },
  { key: "otherChannels", label: "其他渠道资金（万元）" },
];

const NEW_LINE: ProcurementLine = {
  sourceProject: "",
  sourceBudget: null,
  catalogCode: "",
  item: "",
  unit: "",
  unitPrice: null,
  quantity: null,
  general: 0,
  fund: 0,
  specialAccount: 0,
  other: 0,
  otherChannels: 0,
};

export function SectionProcurement({ doc, update, figures }: SectionProps) {
  const procurement = focusKey(update, "procurement");
  const lines = focusKey(procurement, "lines");
  const { lines: list, emptyStatement } = doc.procurement;
  return (
    <EditorSection section="procurement">
      <ListBox path="procurement.lines" label="政府采购预算明细" empty="未列出政府采购项目（空表）。" count={list.length}>
        <ol className="space-y-4">
          {list.map((line, i) => (
            <LineCard key={i} line={line} index={i} count={list.length} lines={lines} />
          ))}
        </ol>
      </ListBox>
      <AddButton listPath="procurement.lines" testId="add-procurement-line" focusPath={`procurement.lines.${list.length}.item`} onAdd={() => lines((l) => append(l, { ...NEW_LINE }))}>
        添加采购项目
      </AddButton>
      <ComputedFigure label="采购合计" yuan={figures.procurementTotal} testId="computed-procurement-total" strong />
      <TextField
        path="procurement.emptyStatement"
        label="空表说明（未安排政府采购预算时填写）"
        value={emptyStatement}
        multiline
        rows={2}
        placeholder="如：本年度未安排政府采购预算，空表列示。"
        onChange={(v) => focusKey(procurement, "emptyStatement")(() => v)}
      />
      <StatedFigures
        boxPath="procurement.stated"
        items={[
          { path: "procurement.statedTotal", label: "采购合计", stated: doc.procurement.statedTotal, computed: figures.procurementTotal },
          ...list.map((line, i) => ({
            path: `procurement.lines.${i}.statedTotal`,
            label: `采购${i + 1} 合计`,
            stated: line.statedTotal,
            computed: procurementLineTotal(line),
          })),
        ]}
        onClear={() =>
          procurement((p) => ({ ...withoutKeys(p, ["statedTotal"]), lines: p.lines.map((l) => withoutKeys(l, ["statedTotal"])) }))
        }
      />
    </EditorSection>
  );
}

function LineCard(props: { line: ProcurementLine; index: number; count: number; lines: Updater<ProcurementLine[]> }) {
  const { line, index: i } = props;
  const path = `procurement.lines.${i}`;
  const label = `采购${i + 1}`;
  const prefix = `${label} `;
  const row = focusIndex(props.lines, i);
  const text = (key: "sourceProject" | "catalogCode" | "item" | "unit") => (value: string) => focusKey(row, key)(() => value);
  return (
    <li className="space-y-3 rounded border border-stone-400 p-3" data-testid="editor-procurement-line">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-stone-900">{label}</h3>
        <ListControls listPath="procurement.lines" index={i} count={props.count} rowLabel={label} update={props.lines} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <TextField className="sm:col-span-2" path={`${path}.item`} labelPrefix={prefix} label="采购项目名称" value={line.item} onChange={text("item")} />
        <TextField path={`${path}.catalogCode`} labelPrefix={prefix} label="政府采购目录序号" value={line.catalogCode} onChange={text("catalogCode")} />
        <TextField path={`${path}.unit`} labelPrefix={prefix} label="数量单位" value={line.unit} onChange={text("unit")} />
        <OptionalAmountInput path={`${path}.unitPrice`} labelPrefix={prefix} label="单价（万元）" value={line.unitPrice} onChange={(v) => focusKey(row, "unitPrice")(() => v)} />
        <OptionalDecimalInput path={`${path}.quantity`} labelPrefix={prefix} label="数量" value={line.quantity} onChange={(v) => focusKey(row, "quantity")(() => v)} />
        <TextField path={`${path}.sourceProject`} labelPrefix={prefix} label="项目来源：项目名称" value={line.sourceProject} onChange={text("sourceProject")} />
        <OptionalAmountInput path={`${path}.sourceBudget`} labelPrefix={prefix} label="项目来源：预算资金（万元）" value={line.sourceBudget} onChange={(v) => focusKey(row, "sourceBudget")(() => v)} />
        {FUNDING.map((f) => (
          <AmountInput key={f.key} path={`${path}.${f.key}`} labelPrefix={prefix} label={f.label} value={line[f.key]} onChange={(v) => focusKey(row, f.key)(() => v)} />
        ))}
      </div>
      <p className="rounded bg-stone-100 px-3 py-2 text-sm">
        {label} 计划金额合计（自动计算）：
        <span className="font-semibold tabular-nums" data-testid="computed-procurement-line-total">
          {formatWan(procurementLineTotal(line))}
        </span>{" "}
        万元
      </p>
    </li>
  );
}
