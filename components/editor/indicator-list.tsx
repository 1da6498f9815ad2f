"use client";
/** 绩效指标 of one activity: name and 评价标准 优/良/中/差, kept as text ("≥95%", "90%以上"). */
import type { Indicator } from "@/lib/disclosure/schema";
import { TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, type Updater } from "./list-helpers";
import { ScrollTable } from "../ui/scroll-table";

const GRADES: readonly { key: Exclude<keyof Indicator, "name">; label: string }[] = [
  { key: "excellent", label: "优" },
  { key: "good", label: "良" },
  { key: "fair", label: "中" },
  { key: "poor", label: "差" },
];

const NEW_INDICATOR: Indicator = { name: "", excellent: "", good: "", fair: "", poor: "" };

export function IndicatorList(props: { path: string; prefix: string; indicators: Indicator[]; update: Updater<Indicator[]> }) {
  const { path, prefix, indicators, update } = props;
  const listPath = `${path}.indicators`;
  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-stone-800">绩效指标及评价标准</p>
      <ListBox path={listPath} label={`${prefix} 绩效指标`} empty="尚未填写绩效指标。" count={indicators.length}>
        <ScrollTable className="-mx-1 px-1 pb-1" sticky={false} label={`${prefix} 绩效指标表，可横向滚动`}>
          <table className="w-full min-w-[46rem] border-collapse text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="p-1">绩效指标</th>
                {GRADES.map((g) => (
                  <th key={g.key} scope="col" className="w-24 p-1">{g.label}</th>
                ))}
                <th scope="col" className="p-1">操作</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator, i) => {
                const row = focusIndex(update, i);
                const label = `${prefix} 绩效指标${i + 1}`;
                return (
                  <tr key={i} className="align-top">
                    <td className="p-1">
                      <TextField hideLabel path={`${listPath}.${i}.name`} label={`${label} 名称`} value={indicator.name} onChange={(v) => focusKey(row, "name")(() => v)} />
                    </td>
                    {GRADES.map((g) => (
                      <td key={g.key} className="p-1">
                        <TextField hideLabel path={`${listPath}.${i}.${g.key}`} label={`${label} ${g.label}`} value={indicator[g.key]} onChange={(v) => focusKey(row, g.key)(() => v)} />
                      </td>
                    ))}
                    <td className="p-1">
                      <ListControls listPath={listPath} index={i} count={indicators.length} rowLabel={label} update={update} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      </ListBox>
      <AddButton listPath={listPath} testId="add-indicator" focusPath={`${listPath}.${indicators.length}.name`} onAdd={() => update((list) => append(list, { ...NEW_INDICATOR }))}>
        添加绩效指标
      </AddButton>
    </div>
  );
}
