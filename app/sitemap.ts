import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getDb } from "@/db";
import { listPublishedDepartments } from "@/db/queries/public";
import { localePath } from "@/components/public/lang-paths";
import { env } from "@/lib/env";

type Entry = { path: string; priority: number; changeFrequency: "weekly" | "yearly" };

/**
 * The public pages: the index, the overview pages, every department with something published and
 * every published disclosure, each in Chinese and in English (/en). Drafts, reviews and the
 * workspace never appear here.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection(); // read at request time: the build has no database, and publications change
  const departments = await listPublishedDepartments(await getDb());
  const years = [...new Set(departments.flatMap((d) => d.years))].sort();
  const page = (path: string, priority: number): Entry => ({ path, priority, changeFrequency: "weekly" });
  const entries: Entry[] = [
    page("/", 1),
    page("/years", 0.6),
    page("/compare", 0.6),
    page("/open-data", 0.5),
    page("/about", 0.3),
    ...years.map((year) => page(`/years/${year}`, 0.6)),
    ...departments.map((d) => page(`/departments/${encodeURIComponent(d.code)}`, d.isDemo ? 0.3 : 0.8)),
    ...departments.flatMap((department) =>
      department.years.map((year) => ({
        path: `/departments/${encodeURIComponent(department.code)}/${year}`,
        changeFrequency: "yearly" as const,
        priority: department.isDemo ? 0.3 : 0.8,
      })),
    ),
  ];
  const url = (path: string) => `${env.publicUrl}${path}`;
  return (["zh", "en"] as const).flatMap((lang) =>
    entries.map(({ path, ...rest }) => ({
      url: url(localePath(path, lang)),
      ...rest,
      alternates: { languages: { "zh-CN": url(path), en: url(localePath(path, "en")) } },
    })),
  );
}
