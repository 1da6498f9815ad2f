import Link from "next/link";
import type { RankedRow } from "../../db/queries/public-stats";
import type { Measure } from "../../lib/classification/measure";
import { formatWan, type Yuan } from "../../lib/money";
import { DemoBadge } from "../ui/demo-badge";
import { areaLabel, label, labelf, measureLabel, type Area, type Lang } from "./labels";
import { localePath } from "@/lib/lang-paths";
import { ScrollTable } from "../ui/scroll-table";
import { RankingRows } from "./ranking-rows";
import { percentOf } from "../../lib/shares";

const link = "text-blue-800 underline underline-offset-2";

/** The first four column headings of a ranking: rank, code, department, the measure in 万元. */
export function RankedHeadings({ measure, lang }: { measure: Measure; lang?: Lang }) {
  return (
    <>
      <th scope="col" className="whitespace-nowrap">
        {label("colRank", lang)}
      </th>
      <th scope="col" className="whitespace-nowrap">
        {label("colCode", lang)}
      </th>
      <th scope="col">{label("colDepartment", lang)}</th>
      <th scope="col">
        {measureLabel(measure, lang)}（{label("unitWan", lang)}）
      </th>
    </>
  );
}

/** A ranked department's first four cells, for the year view's search matches (the ranking's own rows are ranking-rows.tsx): its rank, code, name (linked to its disclosure, 示例数据 marked) and figure. */
export function RankedCells({ row, year, lang }: { row: RankedRow; year: number; lang?: Lang }) {
  return (
    <>
      <td className="num">{row.rank}</td>
      <td className="num">{row.code}</td>
      <th scope="row" className="bg-white text-left font-normal">
        <Link href={localePath(`/departments/${row.ref}/${year}`, lang ?? "zh")} className={link}>
          {row.name}
        </Link>
        {row.isDemo && (
          <>
            {" "}
            <DemoBadge lang={lang} />
          </>
        )}
      </th>
      <td className="num" data-measure="value">
        {formatWan(row.value)}
      </td>
    </>
  );
}

/** A row's bar length in percent of the largest value, 0–100 (no bar for a value of 0 or below). */
export function barPercent(value: Yuan, largest: Yuan): number {
  if (largest <= 0 || value <= 0) return 0;
  return Math.round((value / largest) * 1000) / 10;
}

/**
 * A year's departments (all, or one page of them) ranked by one measure, each with its rank and share
 * among every department of the year, and the county total.
 */
export function RankingTable(props: {
  year: number;
  measure: Measure;
  rows: readonly RankedRow[];
  countyTotal: Yuan;
  /** The year's largest value: each row's bar is its value against this one. */
  largest: Yuan;
  /** Whose total it is (labels/areaLabel). */
  area: Area;
  lang?: Lang;
}) {
  const { lang, year, countyTotal, area } = props;
  const measure = measureLabel(props.measure, lang);
  const caption = areaLabel("rankingTable", area, { year, measure }, lang);
  const share = (value: Yuan) => {
    const percent = percentOf(value, countyTotal);
    return percent === null ? label("noPrior", lang) : `${percent}%`;
  };
  return (
    // Not sticky: the first column is the rank, not the name.
    <ScrollTable label={labelf("scrollTable", { name: caption }, lang)} sticky={false}>
      <table className="doc-table bg-white" data-testid="year-ranking-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <RankedHeadings measure={props.measure} lang={lang} />
            <th scope="col">{areaLabel("colShare", area, {}, lang)}</th>
          </tr>
        </thead>
        <RankingRows
          rows={props.rows.map((row) => ({
            rank: row.rank,
            code: row.code,
            ref: row.ref,
            name: row.name,
            demo: row.isDemo,
            value: formatWan(row.value),
            bar: barPercent(row.value, props.largest),
            share: share(row.value),
          }))}
          text={{ departmentsPath: localePath("/departments", lang ?? "zh"), year, demo: label("demoBadge", lang) }}
        />
        <tfoot>
          <tr data-testid="ranking-total">
            <th scope="row" colSpan={3} className="text-left">
              {areaLabel("countyTotal", area, {}, lang)}
            </th>
            <td className="num font-semibold">{formatWan(countyTotal)}</td>
            <td className="num font-semibold">{share(countyTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollTable>
  );
}
