import type { ReactNode } from "react";
import type { HeadlineFigures, HeadlineMeasure } from "../../lib/disclosure/figures";
import { wanOr } from "../../lib/money";
import { label, labelf, measureLabel, type Lang } from "./labels";
import { ScrollTable } from "../ui/scroll-table";

export interface YearFigures {
  year: number;
  figures: HeadlineFigures;
}

/** Years down, measures across, in 万元: the table alternative of a trend chart. */
export function TrendDataTable(props: {
  caption: string;
  points: readonly YearFigures[];
  measures: readonly HeadlineMeasure[];
  testId: string;
  regionTestId?: string;
  /** An extra column after 年度 (e.g. how many departments published that year). */
  extra?: { header: string; cell: (year: number) => ReactNode };
  lang?: Lang;
}) {
  const { lang } = props;
  return (
    <ScrollTable label={labelf("scrollTable", { name: props.caption }, lang)} testId={props.regionTestId}>
      <table className="doc-table bg-white" data-testid={props.testId}>
        <caption className="sr-only">{props.caption}</caption>
        {/* Headings on one line: the table scrolls under its fixed 年度 column rather than squeeze
            a heading to one character a line. */}
        <thead className="whitespace-nowrap">
          <tr>
            <th scope="col">{label("colYear", lang)}</th>
            {props.extra && <th scope="col">{props.extra.header}</th>}
            {props.measures.map((m) => (
              <th scope="col" key={m}>
                {measureLabel(m, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.points.map((p) => (
            <tr key={p.year}>
              <th scope="row" className="bg-white font-normal tabular-nums">
                {labelf("yearLink", { year: p.year }, lang)}
              </th>
              {props.extra && <td className="num">{props.extra.cell(p.year)}</td>}
              {props.measures.map((m) => (
                <td className="num" key={m} data-measure={m}>
                  {wanOr(p.figures[m], label("notStated", lang))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
