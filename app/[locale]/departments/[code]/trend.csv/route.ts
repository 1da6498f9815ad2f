import { connection } from "next/server";
import { getDb } from "@/db";
import { departmentTrend } from "@/db/queries/public-stats";
import { csvResponse, toCsv } from "@/lib/csv";
import { label } from "@/components/public/labels";
import { TREND_TABLES, isTrendTableKey, trendCsvRows } from "@/components/public/trend-tables";
import { isDepartmentRef } from "@/lib/department-ref";
import { textResponse } from "@/lib/http";

/** One trend table of a department page as CSV (?table=total|sangong|operating; default total). */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const table = new URL(request.url).searchParams.get("table") ?? "total";
  if (!isDepartmentRef(code) || !isTrendTableKey(table)) return textResponse(404, "未找到。");
  await connection();
  const trend = await departmentTrend(await getDb(), code);
  if (!trend) return textResponse(404, "该部门尚无已公开的预算。");
  const title = label(TREND_TABLES[table].title);
  const demo = trend.isDemo ? label("demoTitleSuffix") : "";
  return csvResponse(toCsv(trendCsvRows(trend.years, table)), `${trend.code}${trend.name}${title}${demo}.csv`);
}
