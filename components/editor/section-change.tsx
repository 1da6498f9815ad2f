"use client";
/** 比上年增减: last year's amounts as stated, the computed changes, and the reasons. */
import { wanOrNotStated } from "@/lib/disclosure/figures";
import type { Yuan } from "@/lib/money";
import { OptionalAmountInput, YearInput } from "./amount-input";
import { SubGroup, TextField, formatPercent } from "./fields";
import { fieldId } from "./field-target";
import { focusKey, withoutKeys } from "./list-helpers";
import type { SectionProps } from "./section-props";
import { StatedFigures } from "./stated-figures";
import { ScrollTable } from "../ui/scroll-table";

interface ChangeRow {
  key: string;
  label: string;
  current: Yuan | null;
  prior: Yuan | null;
  change: Yuan | null;
  percent?: number | null;
  indent?: boolean;
}


export function SectionChange({ doc, update, figures }: SectionProps) {
  const change = focusKey(update, "change");
  const prior = focusKey(change, "prior");
  const reasons = focusKey(change, "reasons");
  const f = figures;
  const rows: ChangeRow[] = [
    { key: "total", label: "支出合计", current: f.expenditureTotal, prior: f.prior.total, change: f.change.total, percent: f.changePercent.total },
    { key: "basic", label: "基本支出", current: f.basic, prior: f.prior.basic, change: f.change.basic, percent: f.changePercent.basic },
    { key: "personnel", label: "其中：人员经费", current: f.personnel, prior: f.prior.personnel, change: f.change.personnel, indent: true },
    { key: "publicFunds", label: "日常公用经费", current: f.publicFunds, prior: f.prior.publicFunds, change: f.change.publicFunds, indent: true },
    { key: "project", label: "项目支出", current: f.project, prior: f.prior.project, change: f.change.project, percent: f.changePercent.project },
  ];
  const s = doc.change.stated;
  return (
    <SubGroup title="比上年增减" id={fieldId("change")}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <YearInput path="change.priorYear" label="对比年度（上年）" value={doc.change.priorYear} onChange={(v) => focusKey(change, "priorYear")(() => v)} />
        <OptionalAmountInput path="change.prior.personnel" label="上年人员经费（万元）" value={doc.change.prior.personnel} onChange={(v) => focusKey(prior, "personnel")(() => v)} />
        <OptionalAmountInput path="change.prior.publicFunds" label="上年日常公用经费（万元）" value={doc.change.prior.publicFunds} onChange={(v) => focusKey(prior, "publicFunds")(() => v)} />
        <OptionalAmountInput path="change.prior.project" label="上年项目支出（万元）" value={doc.change.prior.project} onChange={(v) => focusKey(prior, "project")(() => v)} />
      </div>

      <ScrollTable className="-mx-1 px-1 pb-1" sticky={false} label="比上年增减（自动计算），可横向滚动">
        <table className="w-full min-w-[32rem] border-collapse text-sm" data-testid="computed-change-table">
          <caption className="mb-1 text-left text-sm text-stone-800">与{doc.change.priorYear}年相比（单位：万元，自动计算）</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="p-1 text-left">项目</th>
              <th scope="col" className="p-1 text-right">本年</th>
              <th scope="col" className="p-1 text-right">上年</th>
              <th scope="col" className="p-1 text-right">增减</th>
              <th scope="col" className="p-1 text-right">增减率</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-stone-200">
                <th scope="row" className={`p-1 text-left font-normal ${row.indent ? "pl-5" : ""}`}>{row.label}</th>
                <td className="p-1 text-right tabular-nums">{wanOrNotStated(row.current)}</td>
                <td className="p-1 text-right tabular-nums">{wanOrNotStated(row.prior)}</td>
                <td className="p-1 text-right font-semibold tabular-nums" data-testid={`computed-change-${row.key}`}>
                  {wanOrNotStated(row.change)}
                </td>
                <td className="p-1 text-right tabular-nums" data-testid={`computed-change-${row.key}-percent`}>
                  {row.percent === undefined ? "" : formatPercent(row.percent)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <TextField path="change.reasons.personnel" label="人员经费变动原因" value={doc.change.reasons.personnel} multiline rows={2} placeholder="如：因人员变化" onChange={(v) => focusKey(reasons, "personnel")(() => v)} />
      <TextField path="change.reasons.publicFunds" label="日常公用经费变动原因" value={doc.change.reasons.publicFunds} multiline rows={2} placeholder="如：因工作实际" onChange={(v) => focusKey(reasons, "publicFunds")(() => v)} />
      <TextField path="change.reasons.project" label="项目支出变动原因" value={doc.change.reasons.project} multiline rows={2} onChange={(v) => focusKey(reasons, "project")(() => v)} />

      <StatedFigures
        boxPath="change.stated"
        items={[
          { path: "change.stated.total", label: "支出合计增减", stated: s.total, computed: f.change.total },
          { path: "change.stated.basic", label: "基本支出增减", stated: s.basic, computed: f.change.basic },
          { path: "change.stated.personnel", label: "人员经费增减", stated: s.personnel, computed: f.change.personnel },
          { path: "change.stated.publicFunds", label: "日常公用经费增减", stated: s.publicFunds, computed: f.change.publicFunds },
          { path: "change.stated.project", label: "项目支出增减", stated: s.project, computed: f.change.project },
          { path: "change.stated.totalPercent", label: "支出合计增减率", stated: s.totalPercent, computed: f.changePercent.total, kind: "percent" },
          { path: "change.stated.basicPercent", label: "基本支出增减率", stated: s.basicPercent, computed: f.changePercent.basic, kind: "percent" },
          { path: "change.stated.projectPercent", label: "项目支出增减率", stated: s.projectPercent, computed: f.changePercent.project, kind: "percent" },
        ]}
        onClear={() => change((c) => ({ ...c, stated: withoutKeys(c.stated, ["total", "basic", "personnel", "publicFunds", "project", "totalPercent", "basicPercent", "projectPercent"]) }))}
      />
    </SubGroup>
  );
}
