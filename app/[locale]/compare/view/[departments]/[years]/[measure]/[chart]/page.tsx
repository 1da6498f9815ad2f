import type { Metadata } from "next";
import { LISTS_TAG, tagPage } from "@/lib/public-tags";
import { getDb } from "@/db";
import { ComparisonView } from "@/components/compare/comparison-view";
import { viewQuery } from "@/lib/compare/cached-view";
import { L } from "@/lib/compare/labels";
import { loadComparison } from "../../../../../load";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  return { title: L.pageTitle[await pageLang(props)], robots: { index: false } };
}

/**
 * A comparison served from Next's cache, one entry per state: next.config.ts rewrites the public
 * address /compare?departments=…&years=…&measure=…&chart=… here (lib/compare/cached-view.ts).
 * Rendered on the first visit, kept until an approval revalidates the public pages, re-rendered at
 * most every 300 seconds for other server instances. The cache lives in memory only
 * (next.config.ts), so arbitrary states cannot fill the disk. One entry per state and language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedComparisonProps extends LocaleProps {
  params: Promise<{ departments: string; years: string; measure: string; chart: string; locale?: string }>;
}

export default async function CachedComparisonPage(props: CachedComparisonProps) {
  const lang = await pageLang(props);
  await tagPage(LISTS_TAG);
  const comparison = await loadComparison(await getDb(), viewQuery(await props.params), { search: false });
  return <ComparisonView comparison={comparison} lang={lang} />;
}
