import type { Metadata } from "next";
import { LISTS_TAG, tagPage } from "@/lib/public-tags";
import { getDb } from "@/db";
import { ComparisonView } from "@/components/compare/comparison-view";
import { viewQuery } from "@/lib/compare/cached-view";
import { L, type Lang } from "@/lib/compare/labels";
import { loadComparison } from "../../../../../load";

export const metadata: Metadata = { title: L.pageTitle.zh, robots: { index: false } };

/**
 * A comparison served from Next's cache, one entry per state: next.config.ts rewrites the public
 * address /compare?departments=…&years=…&measure=…&chart=… here (lib/compare/cached-view.ts).
 * Rendered on the first visit, kept until an approval revalidates the public pages, re-rendered at
 * most every 300 seconds for other server instances. The cache lives in memory only
 * (next.config.ts), so arbitrary states cannot fill the disk. The English twin is
 * app/en/compare/view/….
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedComparisonProps {
  params: Promise<{ departments: string; years: string; measure: string; chart: string }>;
  lang?: Lang;
}

export default async function CachedComparisonPage({ params, lang = "zh" }: CachedComparisonProps) {
  await tagPage(LISTS_TAG);
  const comparison = await loadComparison(await getDb(), viewQuery(await params), { search: false });
  return <ComparisonView comparison={comparison} lang={lang} />;
}
