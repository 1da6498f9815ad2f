"use client";
/** The fields shared by 一级活动 and 二级活动: name, 年度预算数 (may be empty), description, goal, indicators. */
import type { SubActivity } from "@/lib/disclosure/schema";
import { OptionalAmountInput } from "./amount-input";
import { TextField } from "./fields";
import { IndicatorList } from "./indicator-list";
import { focusKey, type Updater } from "./list-helpers";

export function ActivityFields(props: { path: string; prefix: string; activity: SubActivity; update: Updater<SubActivity> }) {
  const { path, prefix, activity, update } = props;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
        <TextField path={`${path}.title`} label={`${prefix} 名称`} value={activity.title} onChange={(v) => focusKey(update, "title")(() => v)} />
        <OptionalAmountInput
          path={`${path}.budget`}
          label={`${prefix} 年度预算数（万元）`}
          value={activity.budget}
          onChange={(v) => focusKey(update, "budget")(() => v)}
        />
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <TextField path={`${path}.description`} label={`${prefix} 内容描述`} value={activity.description} multiline rows={3} onChange={(v) => focusKey(update, "description")(() => v)} />
        <TextField path={`${path}.goal`} label={`${prefix} 绩效目标`} value={activity.goal} multiline rows={3} onChange={(v) => focusKey(update, "goal")(() => v)} />
      </div>
      <IndicatorList path={path} prefix={prefix} indicators={activity.indicators} update={focusKey(update, "indicators")} />
    </div>
  );
}
