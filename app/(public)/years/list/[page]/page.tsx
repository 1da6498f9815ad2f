import type { Metadata } from "next";
import { LISTS_TAG, tagPage } from "@/lib/public-tags";
import { notFound } from "next/navigation";
import { label, type Lang } from "@/components/public/labels";
import { YearsView } from "@/components/public/years-view";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = { title: label("yearsTitle"), alternates: languageAlternates("/years") };

/**
 * The years (/years): the totals per year, each linking to its year view (YearsView). Served from
 * Next's cache: next.config.ts rewrites /years here (lib/cached-routes.ts); a chosen county
 * (?county=) goes to the dynamic page app/(public)/years/page.tsx instead. One page today; the
 * [page] segment, with no pages listed at build time, makes Next render it on the first visit
 * rather than during `next build`, which has no database. Kept until an approval revalidates the
 * public pages, re-rendered at most every 300 seconds for other server instances. The English
 * twin is app/en/years/list/[page].
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedYearsProps {
  params: Promise<{ page: string }>;
  lang?: Lang;
}

export default async function YearsPage({ params, lang = "zh" }: CachedYearsProps) {
  if ((await params).page !== "1") notFound();
  await tagPage(LISTS_TAG);
  return YearsView({ lang });
}
