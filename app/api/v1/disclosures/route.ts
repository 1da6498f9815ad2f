/** Published disclosures, filtered by year and department, paginated. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { disclosuresEndpoint } from "@/lib/open-data/endpoints";

export async function GET(request: Request) {
  await connection(); // request time only: the build has no database, and publications change
  return disclosuresEndpoint(await getDb(), request);
}
