/** The API index: what there is and where it is documented (/open-data). GET only; see lib/open-data/endpoints.ts; answers are kept a minute (response-cache.ts). */
import { connection } from "next/server";
import { indexEndpoint } from "@/lib/open-data/endpoints";

export async function GET() {
  await connection(); // answered per request like the rest of /api/v1, with the same headers
  return indexEndpoint();
}
