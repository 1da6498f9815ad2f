import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { ComparisonView } from "@/components/compare/comparison-view";
import { localePath } from "@/lib/lang-paths";
import { languageAlternates } from "@/components/site/site-metadata";
import { formRedirect } from "@/lib/compare/cached-view";
import { L, type Lang } from "@/lib/compare/labels";
import { loadComparison } from "./load";

export const metadata: Metadata = { title: L.pageTitle.zh, alternates: languageAlternates("/compare") };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The comparison rendered per request, only for what the cache does not answer: a department
 * search (`q`), values to correct, and form submissions, which are redirected to their canonical
 * address. Plain comparison addresses are rewritten by next.config.ts to the cached route ./view/…
 * (lib/compare/cached-view.ts). Also the English page: app/en/compare/page.tsx passes lang="en".
 */
export default async function ComparePage({ searchParams, lang = "zh" }: { searchParams: SearchParams; lang?: Lang }) {
  await connection(); // read at request time, never at build time
  const params = await searchParams;
  const canonical = formRedirect(params);
  if (canonical !== null) redirect(localePath(canonical, lang));
  return <ComparisonView comparison={await loadComparison(await getDb(), params)} lang={lang} />;
}
