"use client";
/** 四、财政拨款“三公”经费: current and prior amounts of the four items, the computed totals, reasons. */
import { wanOrNotStated, type MaybeSangongFigures } from "@/lib/disclosure/figures";
import { SANGONG_ITEMS } from "@/lib/disclosure/schema";
import { SANGONG_LABELS } from "@/lib/disclosure/sections";
import { OptionalAmountInput, StatableAmountInput } from "./amount-input";
import { EditorSection, SubGroup, TextField } from "./fields";
import { focusKey, withoutKeys } from "./list-helpers";
import type { SectionProps } from "./section-props";
import { StatedFigures } from "./stated-figures";
import { ScrollTable } from "../ui/scroll-table";

const COMPUTED_ROWS: readonly { key: "vehicle" | "total"; label: string; testId: string }[] = [
  { key: "vehicle", label: "公务用车购置及运行维护费", testId: "computed-sangong-vehicle" },
  { key: "total", label: "“三公”经费合计", testId: "computed-sangong-total" },
];


export function SectionSangong({ doc, update, figures }: SectionProps) {
  const sangong = focusKey(update, "sangong");
  const f = figures;
  const columns: readonly { label: string; figures: MaybeSangongFigures; suffix: string }[] = [
    { label: "本年", figures: f.sangong, suffix: "" },
    { label: "上年", figures: f.sangongPrior, suffix: "-prior" },
    { label: "增减", figures: f.sangongChange, suffix: "-change" },
  ];
  return (
    <EditorSection section="sangong">
      {SANGONG_ITEMS.map((item) => (
        <SubGroup key={item} title={SANGONG_LABELS[item]}>
          <div className="grid gap-3 sm:grid-cols-3">
            <StatableAmountInput
              path={`sangong.current.${item}`}
              label={`本年${SANGONG_LABELS[item]}（万元）`}
              value={doc.sangong.current[item]}
              onChange={(v) => sangong((s) => ({ ...s, current: { ...s.current, [item]: v } }))}
            />
            <OptionalAmountInput
              path={`sangong.prior.${item}`}
              label={`上年${SANGONG_LABELS[item]}（万元）`}
              value={doc.sangong.prior[item]}
              onChange={(v) => sangong((s) => ({ ...s, prior: { ...s.prior, [item]: v } }))}
            />
            <p className="self-end rounded bg-stone-100 px-3 py-2 text-sm">
              增减（自动计算）：<span className="font-semibold tabular-nums" data-testid={`computed-sangong-${item}-change`}>{wanOrNotStated(f.sangongChange[item])}</span> 万元
            </p>
          </div>
          <TextField
            path={`sangong.reasons.${item}`}
            label={`${SANGONG_LABELS[item]}变动原因`}
            value={doc.sangong.reasons[item]}
            multiline
            rows={2}
            onChange={(v) => sangong((s) => ({ ...s, reasons: { ...s.reasons, [item]: v } }))}
          />
        </SubGroup>
      ))}

      <ScrollTable className="-mx-1 px-1 pb-1" sticky={false} label="“三公”经费合计（自动计算），可横向滚动">
        <table className="w-full min-w-[28rem] border-collapse text-sm">
          <caption className="mb-1 text-left text-sm text-stone-800">自动计算（单位：万元）</caption>
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className="p-1 text-left">项目</th>
              {columns.map((c) => (
                <th key={c.label} scope="col" className="p-1 text-right">{c.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COMPUTED_ROWS.map((row) => (
              <tr key={row.key} className={`border-b border-stone-200 ${row.key === "total" ? "font-semibold" : ""}`}>
                <th scope="row" className="p-1 text-left font-normal">{row.label}</th>
                {columns.map((c) => (
                  <td key={c.label} className="p-1 text-right tabular-nums" data-testid={`${row.testId}${c.suffix}`}>
                    {wanOrNotStated(c.figures[row.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <StatedFigures
        boxPath="sangong.stated"
        items={[
          { path: "sangong.statedTotal", label: "“三公”经费合计", stated: doc.sangong.statedTotal, computed: f.sangong.total },
          { path: "sangong.statedVehicle", label: "公务用车购置及运行维护费", stated: doc.sangong.statedVehicle, computed: f.sangong.vehicle },
          { path: "sangong.statedChange", label: "“三公”经费增减", stated: doc.sangong.statedChange, computed: f.sangongChange.total },
        ]}
        onClear={() => sangong((s) => withoutKeys(s, ["statedTotal", "statedVehicle", "statedChange"]))}
      />
    </EditorSection>
  );
}
