/** Years with published budgets: counts and totals of each headline measure. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { yearsEndpoint } from "@/lib/open-data/endpoints";

export async function GET() {
  await connection(); // request time only: the build has no database, and publications change
  return yearsEndpoint(await getDb());
}
