import { connection } from "next/server";
import { getDb } from "@/db";
import { yearRanking } from "@/db/queries/public-stats";
import { csvResponse, toCsv } from "@/lib/csv";
import { labelf, measureLabel } from "@/components/public/labels";
import { rankingCsvRows } from "@/components/public/ranking-csv";
import { countyParam, measureChoice, yearParam } from "@/components/public/url-params";
import { countyScope, scopeArea } from "@/components/public/county-choice";
import { textResponse } from "@/lib/http";

/**
 * A year's ranking by one measure (?measure=, default total; a class fn:205 / econ:301, an unknown
 * class refused: 400) as CSV, with shares and the county total; of one county's departments with
 * ?county= (an unknown county: 404). A class's CSV leaves out, as the page does, the departments
 * whose budget tables were not published (未列示).
 */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = yearParam((await params).year);
  if (year === null) return textResponse(404, "未找到。");
  const search = new URL(request.url).searchParams;
  const { measure, refused } = measureChoice(search.get("measure"));
  if (refused) return textResponse(400, refused);
  await connection();
  const db = await getDb();
  const scope = await countyScope(countyParam(search.get("county") ?? undefined));
  if (scope.unknown) return textResponse(404, "未找到该区县。");
  const { rows, countyTotal, counties } = await yearRanking(db, year, measure, scope.chosen?.id);
  if (rows.length === 0) return textResponse(404, "该年度尚无已公开的预算。");
  const title = scope.chosen
    ? labelf("yearTitleOf", { year, county: scope.chosen.name, measure: measureLabel(measure) })
    : labelf("yearTitle", { year, measure: measureLabel(measure) });
  return csvResponse(toCsv(rankingCsvRows(rows, countyTotal, measure, "zh", scopeArea(scope, counties))), `${title}.csv`);
}
