/** Bulk CSV of a year: /api/v1/bulk/2018.csv (the segment is "2018.csv"). GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { summaryCsvEndpoint } from "@/lib/open-data/endpoints";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return summaryCsvEndpoint(await getDb(), { file: (await params).year });
}
