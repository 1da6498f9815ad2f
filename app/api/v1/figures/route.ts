/** One headline measure across departments and years. GET only; see lib/open-data/endpoints.ts; answers are kept a minute (response-cache.ts). */
import { connection } from "next/server";
import { getDb } from "@/db";
import { cachedApiResponse } from "@/lib/open-data/response-cache";
import { figuresEndpoint } from "@/lib/open-data/endpoints";

export async function GET(request: Request) {
  await connection(); // request time only: the build has no database, and publications change
  return cachedApiResponse(request, async (request) => figuresEndpoint(await getDb(), request));
}
