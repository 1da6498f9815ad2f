/** Departments with published budgets, paginated. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { departmentsEndpoint } from "@/lib/open-data/endpoints";

export async function GET(request: Request) {
  await connection(); // request time only: the build has no database, and publications change
  return departmentsEndpoint(await getDb(), request);
}
