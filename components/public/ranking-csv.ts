import type { HeadlineMeasure } from "../../lib/disclosure/figures";
import { formatWan, type Yuan } from "../../lib/money";
import type { CsvCell } from "../../lib/csv";
import { areaKey, label, measureLabel, type Lang } from "./labels";
import { competitionRanks, percentOf } from "./stats";

export interface RankedDepartment {
  code: string;
  name: string;
  isDemo: boolean;
  value: Yuan;
}

/** The ranking table as CSV rows: rank, code, name, amount (万元), share (%), note; then the county total. */
export function rankingCsvRows(
  rows: readonly RankedDepartment[],
  countyTotal: Yuan,
  measure: HeadlineMeasure,
  lang: Lang = "zh",
  /** How many counties the total covers (labels/areaKey). */
  counties = 1,
): CsvCell[][] {
  const ranks = competitionRanks(rows.map((r) => r.value));
  return [
    [
      label("colRank", lang),
      label("colCode", lang),
      label("colDepartment", lang),
      `${measureLabel(measure, lang)}（${label("unitWan", lang)}）`,
      `${label(areaKey("colShare", counties), lang)}（%）`,
      label("noteColumn", lang),
    ],
    ...rows.map((r, i) => [
      ranks[i] ?? null,
      r.code,
      r.name,
      formatWan(r.value),
      percentOf(r.value, countyTotal),
      r.isDemo ? label("demoData", lang) : "",
    ]),
    [null, null, label(areaKey("countyTotal", counties), lang), formatWan(countyTotal), percentOf(countyTotal, countyTotal), ""],
  ];
}
