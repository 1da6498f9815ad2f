/** budget.csv's rows of a year as an Excel workbook. GET only; see lib/open-data/endpoints.ts; answers are kept a minute (response-cache.ts). */
import { connection } from "next/server";
import { getDb } from "@/db";
import { cachedApiResponse } from "@/lib/open-data/response-cache";
import { budgetXlsxEndpoint } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return cachedApiResponse(request, async () => budgetXlsxEndpoint(await getDb(), await params));
}
