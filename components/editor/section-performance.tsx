"use client";
/** 五、绩效预算信息: 总体绩效目标 and the two levels of activities (一级活动 → 二级活动). */
import type { Activity, SubActivity } from "@/lib/disclosure/schema";
import { formatWan, sum } from "@/lib/money";
import { ActivityFields } from "./activity-fields";
import { ComputedFigure, EditorSection, SubGroup, TextField } from "./fields";
import { AddButton, ListBox, ListControls } from "./list-controls";
import { append, focusIndex, focusKey, type Updater } from "./list-helpers";
import type { SectionProps } from "./section-props";

const NEW_SUB_ACTIVITY: SubActivity = { title: "", budget: null, description: "", goal: "", indicators: [] };

/** An Activity's writer seen as a SubActivity's: the shared fields change, the children stay. */
function asSubActivity(update: Updater<Activity>): Updater<SubActivity> {
  return (change) => update((activity) => ({ ...activity, ...change(activity) }));
}

export function SectionPerformance({ doc, update, figures }: SectionProps) {
  const performance = focusKey(update, "performance");
  const goals = focusKey(performance, "overallGoals");
  const activities = focusKey(performance, "activities");
  const { overallGoals, activities: list } = doc.performance;
  const budgetGap = figures.activityBudgets - figures.project;
  return (
    <EditorSection section="performance">
      <SubGroup title="总体绩效目标">
        <ListBox path="performance.overallGoals" label="总体绩效目标列表" empty="尚未填写总体绩效目标。" count={overallGoals.length}>
          <ol className="space-y-3">
            {overallGoals.map((goal, i) => (
              <li key={i} className="flex flex-col gap-2 sm:flex-row sm:items-end">
                <TextField className="flex-1" path={`performance.overallGoals.${i}`} label={`总体绩效目标${i + 1}`} value={goal} multiline rows={2} onChange={(v) => focusIndex(goals, i)(() => v)} />
                <ListControls listPath="performance.overallGoals" index={i} count={overallGoals.length} rowLabel={`总体绩效目标${i + 1}`} update={goals} />
              </li>
            ))}
          </ol>
        </ListBox>
        <AddButton listPath="performance.overallGoals" testId="add-goal" focusPath={`performance.overallGoals.${overallGoals.length}`} onAdd={() => goals((g) => append(g, ""))}>
          添加总体绩效目标
        </AddButton>
      </SubGroup>

      <SubGroup title="部门职责—工作活动绩效目标">
        <ListBox path="performance.activities" label="一级活动列表" empty="尚未填写职责活动。" count={list.length}>
          <ol className="space-y-4">
            {list.map((activity, i) => (
              <ActivityCard key={i} activity={activity} index={i} count={list.length} activities={activities} />
            ))}
          </ol>
        </ListBox>
        <AddButton
          listPath="performance.activities"
          testId="add-activity"
          focusPath={`performance.activities.${list.length}.title`}
          onAdd={() => activities((a) => append(a, { ...NEW_SUB_ACTIVITY, indicators: [], children: [] }))}
        >
          添加一级活动
        </AddButton>
        <ComputedFigure
          label="活动预算合计（一级活动年度预算数之和）"
          yuan={figures.activityBudgets}
          testId="computed-activity-total"
          note={budgetGap === 0 ? "与项目支出合计一致。" : `项目支出合计为 ${formatWan(figures.project)} 万元，相差 ${formatWan(budgetGap)} 万元。`}
        />
      </SubGroup>
    </EditorSection>
  );
}

function ActivityCard(props: { activity: Activity; index: number; count: number; activities: Updater<Activity[]> }) {
  const { activity, index: i } = props;
  const path = `performance.activities.${i}`;
  const prefix = `一级活动${i + 1}`;
  const row = focusIndex(props.activities, i);
  const children = focusKey(row, "children");
  const childBudgets = activity.children.filter((c) => c.budget !== null);
  return (
    <li className="space-y-3 rounded border border-stone-400 p-3" data-testid="editor-activity">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-stone-900">{prefix}</h3>
        <ListControls listPath="performance.activities" index={i} count={props.count} rowLabel={prefix} update={props.activities} />
      </div>
      <ActivityFields path={path} prefix={prefix} activity={activity} update={asSubActivity(row)} />

      <div className="space-y-3 border-l-4 border-stone-300 pl-3">
        <ListBox path={`${path}.children`} label={`${prefix} 的二级活动`} empty="无二级活动。" count={activity.children.length}>
          <ol className="space-y-3">
            {activity.children.map((child, j) => {
              const childPrefix = `${prefix} 的二级活动${j + 1}`;
              return (
                <li key={j} className="space-y-3 rounded border border-stone-300 bg-stone-50 p-3" data-testid="editor-subactivity">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h4 className="font-medium text-stone-900">{childPrefix}</h4>
                    <ListControls listPath={`${path}.children`} index={j} count={activity.children.length} rowLabel={childPrefix} update={children} />
                  </div>
                  <ActivityFields path={`${path}.children.${j}`} prefix={childPrefix} activity={child} update={focusIndex(children, j)} />
                </li>
              );
            })}
          </ol>
        </ListBox>
        {childBudgets.length > 0 && (
          <p className="text-sm text-stone-800">
            二级活动预算数之和（自动计算）：<span className="tabular-nums">{formatWan(sum(childBudgets.map((c) => c.budget ?? 0)))}</span> 万元
          </p>
        )}
        <AddButton
          listPath={`${path}.children`}
          testId="add-subactivity"
          focusPath={`${path}.children.${activity.children.length}.title`}
          onAdd={() => children((c) => append(c, { ...NEW_SUB_ACTIVITY, indicators: [] }))}
        >
          为{prefix}添加二级活动
        </AddButton>
      </div>
    </li>
  );
}
