/** The Fiscal Data Package's budget lines of a year. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { budgetCsvEndpoint } from "@/lib/open-data/endpoints";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return budgetCsvEndpoint(await getDb(), await params);
}
