/** One department with its published years and headline figures. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { departmentEndpoint } from "@/lib/open-data/endpoints";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return departmentEndpoint(await getDb(), await params);
}
