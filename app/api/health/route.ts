/**
 * Readiness for the load balancer: 200 when the database answers and every migration is applied,
 * else 503 naming the failed check (db/health.ts). Never cached, by anyone.
 */
import { connection } from "next/server";
import { getDb } from "@/db";
import { checkReadiness } from "@/db/health";

export async function GET() {
  await connection(); // answered per request, never prerendered at build time
  const readiness = await checkReadiness(getDb);
  return Response.json(readiness, {
    status: readiness.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
