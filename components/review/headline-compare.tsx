/** The headline figures of two disclosures side by side: measure | 上年 | 本年 | 增减 | 增减率. */
import { wanOrNotStated } from "@/lib/disclosure/figures";
import type { HeadlineRow } from "./compare";
import { signedWan } from "./format";
import { ScrollTable, tableClass } from "./form-parts";

export function formatPercent(percent: number | null): string {
  if (percent === null) return "—";
  return `${percent > 0 ? "+" : ""}${percent.toFixed(2)}%`;
}

export function HeadlineCompare(props: {
  rows: readonly HeadlineRow[];
  label: string;
  beforeLabel: string;
  afterLabel: string;
  testId?: string;
}) {
  return (
    <ScrollTable label={props.label}>
      <table className={`${tableClass} min-w-[32rem]`} data-testid={props.testId}>
        <caption className="mb-1 text-left text-sm text-stone-700">{props.label}（金额单位：万元）</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col" className="!text-right">
              {props.beforeLabel}
            </th>
            <th scope="col" className="!text-right">
              {props.afterLabel}
            </th>
            <th scope="col" className="!text-right">
              增减
            </th>
            <th scope="col" className="!text-right">
              增减率
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.measure} data-testid="diff-row" data-measure={row.measure} className={row.change !== 0 ? "font-semibold" : undefined}>
              <th scope="row">
                {row.label}
              </th>
              <td className="text-right tabular-nums">{wanOrNotStated(row.before)}</td>
              <td className="text-right tabular-nums">{wanOrNotStated(row.after)}</td>
              <td className="text-right tabular-nums">{row.change === null ? "—" : signedWan(row.change)}</td>
              <td className="text-right tabular-nums">{formatPercent(row.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
