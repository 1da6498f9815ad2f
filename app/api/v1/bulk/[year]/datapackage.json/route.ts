/** The Fiscal Data Package descriptor of a year. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { datapackageEndpoint } from "@/lib/open-data/endpoints";

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return datapackageEndpoint(await getDb(), await params);
}
