"use client";
/**
 * 部门预算公开表明细 (part of 二, the registry's `lines`): the expenditure lines by 支出功能分类 项 ×
 * 人员经费 / 公用经费 / 项目支出 × funding source (× project), the 一般公共预算 basic spending by
 * 支出经济分类 款, and 结转下年 — the lines every national table is derived from. Codes are chosen
 * with the code picker from the draft year's lists only. The totals of the tables are shown as the
 * lines are typed, computed by lib/disclosure/line-sums.ts (lineTotals), as the tables compute them.
 */
import { useMemo } from "react";
import { pickerEntries, type PickerCode, type PickerCodeLists } from "@/lib/classification/search";
import { economicKind, lineTotals } from "@/lib/disclosure/line-sums";
import { FUNDING_SOURCE_KEYS, SPENDING_KIND_LABELS, SPENDING_KINDS, type BudgetLines, type EconomicLine, type ExpenditureLine, type FundingSource, type SpendingKind } from "@/lib/disclosure/schema-lines";
import { REVENUE_KEY_NAMES } from "@/lib/excel/layout";
import { formatWan, type Yuan } from "@/lib/money";
import { AmountInput } from "./amount-input";
import { CodePicker } from "./code-picker";
import { useEditor } from "./editor-context";
import { fieldId } from "./field-target";
import { SelectField, SubGroup, TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, type Updater } from "./list-helpers";

const NEW_EXPENDITURE: ExpenditureLine = { functionCode: "", kind: "personnel", source: "general", project: "", amount: 0 };
const NEW_ECONOMIC: EconomicLine = { economicCode: "", amount: 0 };
const EMPTY_LINES: BudgetLines = { expenditure: [], economic: [], carryForward: 0 };

/** The pickers' entries: function 项 and economic 款 of the year, with their paths. */
interface Entries {
  function: readonly PickerCode[];
  economic: readonly PickerCode[];
}

export function SectionLines(props: { lines: BudgetLines | null; update: Updater<BudgetLines | null>; year: number; codes: PickerCodeLists | null }) {
  const { readOnly } = useEditor();
  const { lines, update, year } = props;
  const lists = props.codes;
  const codes: Entries = useMemo(
    () => ({ function: lists ? pickerEntries(lists.function, 7) : [], economic: lists ? pickerEntries(lists.economic, 5) : [] }),
    [lists],
  );
  if (lines === null) {
    return (
      <SubGroup title="部门预算公开表明细（按分类科目）" id={fieldId("lines")}>
        <p className="text-sm text-stone-800">本文件未填列部门预算公开表的明细（原文未随附公开表）。</p>
        {!readOnly && (
          <button
            type="button"
            data-testid="start-lines"
            className="rounded border border-brand bg-white px-3 py-1.5 text-sm font-medium text-brand hover:bg-red-50"
            onClick={() => update(() => structuredClone(EMPTY_LINES))}
          >
            开始填列明细
          </button>
        )}
      </SubGroup>
    );
  }
  const set: Updater<BudgetLines> = (change) => update((value) => change(value ?? structuredClone(EMPTY_LINES)));
  return (
    <SubGroup title="部门预算公开表明细（按分类科目）" id={fieldId("lines")} testId="editor-lines">
      <p className="text-sm text-stone-800">
        各公开表（收支总表、收入总表、支出总表、一般公共预算支出表、基本支出表等）由以下明细自动生成。科目只能从{year}年的分类科目中选择：输入编码或名称查找。
      </p>
      {codes.function.length === 0 && <p className="text-sm text-red-800">{year}年的分类科目目录未载入，暂不能选择科目。</p>}
      <ExpenditureLines lines={lines.expenditure} update={focusKey(set, "expenditure")} year={year} codes={codes} />
      <EconomicLines lines={lines.economic} update={focusKey(set, "economic")} year={year} codes={codes} />
      <AmountInput className="sm:max-w-xs" path="lines.carryForward" label="结转下年（万元）" value={lines.carryForward} onChange={(v) => focusKey(set, "carryForward")(() => v)} />
      <LineTotals lines={lines} />
    </SubGroup>
  );
}

function ExpenditureLines(props: { lines: ExpenditureLine[]; update: Updater<ExpenditureLine[]>; year: number; codes: Entries }) {
  const { lines, update, year, codes } = props;
  const path = "lines.expenditure";
  return (
    <>
      <h3 className="text-sm font-semibold text-stone-900">支出明细（支出功能分类，到项）</h3>
      <ListBox path={path} label="支出明细列表" empty="尚未列出支出明细。" count={lines.length}>
        <ol className="space-y-3">
          {lines.map((line, i) => {
            const row = focusIndex(update, i);
            const label = `支出明细${i + 1}`;
            const prefix = `${label} `;
            return (
              <li key={i} className="space-y-2 rounded border border-stone-300 p-2 sm:p-3" data-testid="editor-expenditure-line">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-sm font-medium text-stone-900" aria-hidden="true">
                    {label}
                  </span>
                  <ListControls listPath={path} index={i} count={lines.length} rowLabel={label} update={update} />
                </div>
                <CodePicker
                  path={`${path}.${i}.functionCode`}
                  label="功能分类科目"
                  labelPrefix={prefix}
                  value={line.functionCode}
                  codes={codes.function}
                  what={`${year}年支出功能分类的项级科目`}
                  digits={7}
                  onChange={(code) => focusKey(row, "functionCode")(() => code)}
                />
                <div className="grid gap-2 sm:grid-cols-3">
                  <SelectField
                    path={`${path}.${i}.kind`}
                    label="支出类别"
                    labelPrefix={prefix}
                    value={line.kind}
                    options={SPENDING_KINDS}
                    optionLabels={SPENDING_KIND_LABELS}
                    placeholder={false}
                    // A 基本支出 line names no project: switching away from 项目支出 clears it.
                    onChange={(v) => row((l) => ({ ...l, kind: v as SpendingKind, project: v === "project" ? l.project : "" }))}
                  />
                  <SelectField
                    path={`${path}.${i}.source`}
                    label="资金来源"
                    labelPrefix={prefix}
                    value={line.source}
                    options={FUNDING_SOURCE_KEYS}
                    optionLabels={REVENUE_KEY_NAMES}
                    placeholder={false}
                    onChange={(v) => focusKey(row, "source")(() => v as FundingSource)}
                  />
                  <AmountInput path={`${path}.${i}.amount`} label="金额（万元）" labelPrefix={prefix} value={line.amount} onChange={(v) => focusKey(row, "amount")(() => v)} />
                </div>
                {line.kind === "project" && (
                  <TextField path={`${path}.${i}.project`} label="项目名称" labelPrefix={prefix} value={line.project} onChange={(v) => focusKey(row, "project")(() => v)} />
                )}
              </li>
            );
          })}
        </ol>
      </ListBox>
      <AddButton listPath={path} testId="add-expenditure-line" focusPath={`${path}.${lines.length}.functionCode`} onAdd={() => update((list) => append(list, { ...NEW_EXPENDITURE }))}>
        添加支出明细
      </AddButton>
    </>
  );
}

function EconomicLines(props: { lines: EconomicLine[]; update: Updater<EconomicLine[]>; year: number; codes: Entries }) {
  const { lines, update, year, codes } = props;
  const path = "lines.economic";
  return (
    <>
      <h3 className="text-sm font-semibold text-stone-900">一般公共预算基本支出（支出经济分类，到款）</h3>
      <ListBox path={path} label="基本支出经济分类明细列表" empty="尚未列出经济分类明细。" count={lines.length}>
        <ol className="space-y-3">
          {lines.map((line, i) => {
            const row = focusIndex(update, i);
            const label = `经济分类明细${i + 1}`;
            const kind = economicKind(line.economicCode);
            return (
              <li key={i} className="grid gap-2 rounded border border-stone-300 p-2 sm:grid-cols-[1fr_10rem_auto] sm:items-start sm:p-3" data-testid="editor-economic-line">
                <CodePicker
                  path={`${path}.${i}.economicCode`}
                  label="经济分类科目"
                  labelPrefix={`${label} `}
                  value={line.economicCode}
                  codes={codes.economic}
                  what={`${year}年支出经济分类的款级科目`}
                  digits={5}
                  onChange={(code) => focusKey(row, "economicCode")(() => code)}
                />
                <div>
                  <AmountInput path={`${path}.${i}.amount`} label="金额（万元）" labelPrefix={`${label} `} value={line.amount} onChange={(v) => focusKey(row, "amount")(() => v)} />
                  {kind && <p className="mt-1 text-xs text-stone-700">计入{SPENDING_KIND_LABELS[kind]}</p>}
                </div>
                <div className="sm:pt-6">
                  <ListControls listPath={path} index={i} count={lines.length} rowLabel={label} update={update} />
                </div>
              </li>
            );
          })}
        </ol>
      </ListBox>
      <AddButton listPath={path} testId="add-economic-line" focusPath={`${path}.${lines.length}.economicCode`} onAdd={() => update((list) => append(list, { ...NEW_ECONOMIC }))}>
        添加经济分类明细
      </AddButton>
    </>
  );
}

/** One total of a table: a label and its 万元 figure; `testId` sits on the number alone. */
function Total(props: { label: string; yuan: Yuan; testId: string; strong?: boolean; indent?: boolean }) {
  return (
    <div className={`flex items-baseline justify-between gap-3 py-0.5 ${props.strong ? "font-semibold" : ""} ${props.indent ? "pl-3" : ""}`}>
      <dt>{props.label}</dt>
      <dd className="tabular-nums">
        <span data-testid={props.testId}>{formatWan(props.yuan)}</span> 万元
      </dd>
    </div>
  );
}

/** The running totals of the tables the lines make (lineTotals: the tables' own sums). */
export function LineTotals({ lines }: { lines: BudgetLines }) {
  const t = lineTotals(lines);
  const sources = FUNDING_SOURCE_KEYS.filter((key) => t.bySource[key] !== 0);
  const box = "rounded border border-stone-300 bg-stone-100 p-3 text-sm";
  const heading = "mb-1 font-semibold text-stone-900";
  return (
    <section aria-labelledby="line-totals-title" data-testid="line-totals" className="space-y-2">
      <h3 id="line-totals-title" className="text-sm font-semibold text-stone-900">
        明细合计<span className="ml-1 text-xs font-normal text-stone-700">（自动计算，随填随算）</span>
      </h3>
      <div className="grid gap-2 md:grid-cols-2">
        <div className={box}>
          <h4 className={heading}>部门支出总表</h4>
          <dl>
            <Total label="本年支出合计" yuan={t.total} testId="computed-lines-total" strong />
            <Total label="基本支出" yuan={t.basic} testId="computed-lines-basic" />
            <Total label="其中：人员经费" yuan={t.personnel} testId="computed-lines-personnel" indent />
            <Total label="其中：公用经费" yuan={t.publicFunds} testId="computed-lines-public" indent />
            <Total label="项目支出" yuan={t.project} testId="computed-lines-project" />
            <Total label="结转下年" yuan={t.carryForward} testId="computed-lines-carry-forward" />
            <Total label="支出总计" yuan={t.grandTotal} testId="computed-lines-grand-total" strong />
          </dl>
        </div>
        <div className={box}>
          <h4 className={heading}>按资金来源（部门收入总表）</h4>
          {sources.length === 0 ? (
            <p className="text-stone-700">尚无金额。</p>
          ) : (
            <dl>
              {sources.map((key) => (
                <Total key={key} label={REVENUE_KEY_NAMES[key]} yuan={t.bySource[key]} testId={`computed-lines-source-${key}`} />
              ))}
            </dl>
          )}
        </div>
        <div className={box}>
          <h4 className={heading}>一般公共预算支出表</h4>
          <dl>
            <Total label="合计" yuan={t.general.total} testId="computed-lines-general-total" strong />
            <Total label="基本支出" yuan={t.general.basic} testId="computed-lines-general-basic" />
            <Total label="项目支出" yuan={t.general.project} testId="computed-lines-general-project" />
          </dl>
        </div>
        <div className={box}>
          <h4 className={heading}>一般公共预算基本支出表（经济分类）</h4>
          <dl>
            <Total label="合计" yuan={t.economic.total} testId="computed-lines-economic-total" strong />
            <Total label="人员经费" yuan={t.economic.personnel} testId="computed-lines-economic-personnel" />
            <Total label="公用经费" yuan={t.economic.publicFunds} testId="computed-lines-economic-public" />
          </dl>
        </div>
      </div>
    </section>
  );
}
