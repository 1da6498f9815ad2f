import type { Measure } from "../../lib/classification/measure";
import { formatWan, type Yuan } from "../../lib/money";
import type { CsvCell } from "../../lib/csv";
import { areaLabel, label, measureLabel, type Area, type Lang } from "./labels";
import { competitionRanks, percentOf } from "../../lib/shares";

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
  measure: Measure,
  lang: Lang = "zh",
  /** Whose total it is (labels/areaLabel). */
  area: Area = { counties: 1, county: null },
): CsvCell[][] {
  const ranks = competitionRanks(rows.map((r) => r.value));
  return [
    [
      label("colRank", lang),
      label("colCode", lang),
      label("colDepartment", lang),
      `${measureLabel(measure, lang)}（${label("unitWan", lang)}）`,
      `${areaLabel("colShare", area, {}, lang)}（%）`,
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
    [null, null, areaLabel("countyTotal", area, {}, lang), formatWan(countyTotal), percentOf(countyTotal, countyTotal), ""],
  ];
}
