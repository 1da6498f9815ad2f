/** One department with its published years and headline figures. GET only; see lib/open-data/endpoints.ts; answers are kept a minute (response-cache.ts). */
import { connection } from "next/server";
import { getDb } from "@/db";
import { cachedApiResponse } from "@/lib/open-data/response-cache";
import { departmentEndpoint } from "@/lib/open-data/endpoints";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return cachedApiResponse(request, async () => departmentEndpoint(await getDb(), await params));
}
