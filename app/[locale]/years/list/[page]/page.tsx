import type { Metadata } from "next";
import { LISTS_TAG, tagPage } from "@/lib/public-tags";
import { notFound } from "next/navigation";
import { label } from "@/components/public/labels";
import { YearsView } from "@/components/public/years-view";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  return { title: label("yearsTitle", await pageLang(props)), alternates: languageAlternates("/years") };
}

/**
 * The years (/years): the totals per year, each linking to its year view (YearsView). Served from
 * Next's cache: next.config.ts rewrites /years here (lib/cached-routes.ts); a chosen county
 * (?county=) goes to the dynamic page app/[locale]/years/page.tsx instead. One page today; the
 * [page] segment, with no pages listed at build time, makes Next render it on the first visit
 * rather than during `next build`, which has no database. Kept until an approval revalidates the
 * public pages, re-rendered at most every 300 seconds for other server instances. One entry per
 * language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedYearsProps extends LocaleProps {
  params: Promise<{ page: string; locale?: string }>;
}

export default async function YearsPage(props: CachedYearsProps) {
  if ((await props.params).page !== "1") notFound();
  await tagPage(LISTS_TAG);
  return YearsView({ lang: await pageLang(props) });
}
