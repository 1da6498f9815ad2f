/** The yearly table of a year: /api/v1/bulk/2018.csv or 2018.xlsx (the segment is "2018.csv"). GET only; see lib/open-data/endpoints.ts; answers are kept a minute (response-cache.ts). */
import { connection } from "next/server";
import { getDb } from "@/db";
import { cachedApiResponse } from "@/lib/open-data/response-cache";
import { summaryFileEndpoint } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return cachedApiResponse(request, async () => summaryFileEndpoint(await getDb(), { file: (await params).year }));
}
