import { connection } from "next/server";
import { getDb } from "@/db";
import { yearRanking } from "@/db/queries/public-stats";
import { csvResponse, toCsv } from "@/lib/csv";
import { labelf, measureLabel } from "@/components/public/labels";
import { rankingCsvRows } from "@/components/public/ranking-csv";
import { measureParam, yearParam } from "@/components/public/url-params";
import { textResponse } from "@/lib/http";

/** A year's ranking by one measure (?measure=, default total) as CSV, with shares and the county total. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = yearParam((await params).year);
  if (year === null) return textResponse(404, "未找到。");
  const measure = measureParam(new URL(request.url).searchParams.get("measure"));
  await connection();
  const { rows, countyTotal, counties } = await yearRanking(await getDb(), year, measure);
  if (rows.length === 0) return textResponse(404, "该年度尚无已公开的预算。");
  const filename = `${labelf("yearTitle", { year, measure: measureLabel(measure) })}.csv`;
  return csvResponse(toCsv(rankingCsvRows(rows, countyTotal, measure, "zh", counties)), filename);
}
