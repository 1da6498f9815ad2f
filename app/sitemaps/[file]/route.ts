import { connection } from "next/server";
import { getDb } from "@/db";
import { sitemapCounts, sitemapDepartments, sitemapDisclosures, sitemapYears } from "@/db/queries/sitemap";
import { env } from "@/lib/env";
import { textResponse } from "@/lib/http";
import { departmentPage, disclosurePage, fileRanges, overviewPages, sitemapFileNumber, urlsetXml, xmlResponse } from "@/lib/sitemap";

/** One file of the sitemap (/sitemaps/0.xml, …), listed by the index /sitemap.xml: see lib/sitemap.ts. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const n = sitemapFileNumber((await params).file);
  await connection();
  const db = await getDb();
  const ranges = n === null ? null : fileRanges(n, await sitemapCounts(db));
  if (n === null || !ranges) return textResponse(404, "未找到。");
  const [overview, departments, disclosures] = await Promise.all([
    n === 0 ? sitemapYears(db).then(overviewPages) : [],
    sitemapDepartments(db, ranges.departments),
    sitemapDisclosures(db, ranges.disclosures),
  ]);
  return xmlResponse(
    urlsetXml(env.publicUrl, [
      ...overview,
      ...departments.map((d) => departmentPage(d.ref, d.isDemo)),
      ...disclosures.map((d) => disclosurePage(d.ref, d.year, d.isDemo)),
    ]),
  );
}
