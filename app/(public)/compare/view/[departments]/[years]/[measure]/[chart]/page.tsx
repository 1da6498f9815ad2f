import type { Metadata } from "next";
import { getDb } from "@/db";
import { ComparisonView } from "@/components/compare/comparison-view";
import { viewQuery } from "@/lib/compare/cached-view";
import { L } from "@/lib/compare/labels";
import { loadComparison } from "../../../../../load";

export const metadata: Metadata = { title: L.pageTitle.zh, robots: { index: false } };

/**
 * A comparison served from Next's cache, one entry per state: proxy.ts rewrites the public address
 * /compare?departments=…&years=…&measure=…&chart=… here (lib/compare/cached-view.ts). Rendered on
 * the first visit, kept until an approval revalidates the public pages, re-rendered at most every
 * 300 seconds for other server instances. The cache lives in memory only (next.config.ts), so
 * arbitrary states cannot fill the disk.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

interface Params {
  params: Promise<{ departments: string; years: string; measure: string; chart: string }>;
}

export default async function CachedComparisonPage({ params }: Params) {
  const comparison = await loadComparison(await getDb(), viewQuery(await params), { search: false });
  return <ComparisonView comparison={comparison} />;
}
