import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listPublishedDepartments } from "@/db/queries/public";
import { env } from "@/lib/env";

/** The public pages: the index and every published disclosure (drafts never appear here). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // read at request time: the build has no database, and publications change
  const departments = await listPublishedDepartments(await getDb());
  return [
    { url: `${env.publicUrl}/`, changeFrequency: "weekly", priority: 1 },
    ...departments.flatMap((department) =>
      department.years.map((year) => ({
        url: `${env.publicUrl}/departments/${encodeURIComponent(department.code)}/${year}`,
        changeFrequency: "yearly" as const,
        priority: department.isDemo ? 0.3 : 0.8,
      })),
    ),
  ];
}
