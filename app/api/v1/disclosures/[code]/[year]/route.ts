/** One published disclosure: document, derived figures and check findings. GET only; see lib/open-data/endpoints.ts. */
import { connection } from "next/server";
import { getDb } from "@/db";
import { disclosureEndpoint } from "@/lib/open-data/endpoints";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string; year: string }> }) {
  await connection(); // request time only: the build has no database, and publications change
  return disclosureEndpoint(await getDb(), await params);
}
