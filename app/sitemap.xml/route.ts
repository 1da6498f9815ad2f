import { connection } from "next/server";
import { getDb } from "@/db";
import { sitemapCounts } from "@/db/queries/sitemap";
import { env } from "@/lib/env";
import { sitemapFileCount, sitemapIndexXml, xmlResponse } from "@/lib/sitemap";

/** The sitemap index (robots.txt names it): one file per 20,000 public pages, see lib/sitemap.ts. */
export async function GET() {
  await connection(); // read at request time: the build has no database, and publications change
  return xmlResponse(sitemapIndexXml(env.publicUrl, sitemapFileCount(await sitemapCounts(await getDb()))));
}
