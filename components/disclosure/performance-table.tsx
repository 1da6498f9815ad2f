/**
 * 部门职责-工作活动绩效目标: activities in two levels (一、… and 1、…), one table row per
 * indicator, the activity's own cells spanning its indicator rows as in the printed table.
 */
import { Fragment } from "react";
import { itemNumber, sectionNumber } from "../../lib/disclosure/numbering";
import type { Activity, SubActivity } from "../../lib/disclosure/schema";
import { AmountCell, present, RowHeader, TableCaption, TableRegion } from "./doc-parts";

interface Entry {
  key: string;
  number: string;
  child: boolean;
  activity: SubActivity;
}

function entries(activities: readonly Activity[]): Entry[] {
  return activities.flatMap((activity, i) => [
    { key: `${i}`, number: sectionNumber(i + 1), child: false, activity },
    ...activity.children.map((child, j) => ({
      key: `${i}.${j}`,
      number: itemNumber(j + 1),
      child: true,
      activity: child,
    })),
  ]);
}

function ActivityRows({ entry }: { entry: Entry }) {
  const { activity } = entry;
  const rows = Math.max(1, activity.indicators.length);
  const span = rows > 1 ? rows : undefined;
  const [first, ...rest] = activity.indicators;
  return (
    <>
      <tr data-testid="activity-row">
        <RowHeader rowSpan={span} indent={entry.child} strong={!entry.child}>
          {entry.number}
          {activity.title}
        </RowHeader>
        <AmountCell yuan={activity.budget} rowSpan={span} />
        <td {...present({ rowSpan: span })}>{activity.description}</td>
        <td {...present({ rowSpan: span })}>{activity.goal}</td>
        {first ? <IndicatorCells indicator={first} /> : <EmptyIndicatorCells />}
      </tr>
      {rest.map((indicator, k) => (
        <tr key={k}>
          <IndicatorCells indicator={indicator} />
        </tr>
      ))}
    </>
  );
}

function IndicatorCells({ indicator }: { indicator: SubActivity["indicators"][number] }) {
  return (
    <>
      <td>{indicator.name}</td>
      <td className="text-center">{indicator.excellent}</td>
      <td className="text-center">{indicator.good}</td>
      <td className="text-center">{indicator.fair}</td>
      <td className="text-center">{indicator.poor}</td>
    </>
  );
}

function EmptyIndicatorCells() {
  return (
    <>
      <td />
      <td />
      <td />
      <td />
      <td />
    </>
  );
}

export function PerformanceTable(props: {
  departmentCode: string;
  departmentName: string;
  activities: readonly Activity[];
}) {
  return (
    <TableRegion label="部门职责-工作活动绩效目标表，可横向滚动" minWidth="min-w-[56rem]" sticky={false}>
      <table className="doc-table" data-testid="performance-table">
        <TableCaption>部门职责-工作活动绩效目标</TableCaption>
        <colgroup>
          <col className="w-[14%]" />
          <col className="w-[6%]" />
          <col className="w-[20%]" />
          <col className="w-[22%]" />
          <col className="w-[14%]" />
          <col span={4} className="w-[6%]" />
        </colgroup>
        <thead>
          <tr>
            <th scope="colgroup" colSpan={5} className="bg-white text-left font-normal">
              {props.departmentCode}
              {props.departmentName}
            </th>
            <th scope="colgroup" colSpan={4} className="bg-white text-right font-normal">
              单位：万元
            </th>
          </tr>
          <tr>
            <th scope="col" rowSpan={2}>职责活动</th>
            <th scope="col" rowSpan={2}>年度预算数</th>
            <th scope="col" rowSpan={2}>内容描述</th>
            <th scope="col" rowSpan={2}>绩效目标</th>
            <th scope="col" rowSpan={2}>绩效指标</th>
            <th scope="colgroup" colSpan={4}>评价标准</th>
          </tr>
          <tr>
            <th scope="col">优</th>
            <th scope="col">良</th>
            <th scope="col">中</th>
            <th scope="col">差</th>
          </tr>
        </thead>
        <tbody>
          {entries(props.activities).map((entry) => (
            <Fragment key={entry.key}>
              <ActivityRows entry={entry} />
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
