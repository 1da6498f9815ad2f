import type { Metadata } from "next";
import { ALL_YEARS_TAG, COUNTIES_TAG, tagPage, yearTag } from "@/lib/public-tags";
import { notFound } from "next/navigation";
import { label } from "@/components/public/labels";
import { YearView, yearViewTitle } from "@/components/public/year-view";
import { languageAlternates } from "@/components/site/site-metadata";
import { HEADLINE_MEASURES } from "@/lib/disclosure/figures";
import { keptClassPattern, type Measure } from "@/lib/classification/measure";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

/**
 * The year view served from Next's cache, one entry per year, measure and page of 100 departments:
 * next.config.ts rewrites /years/2018, ?measure=… and &page=N here (lib/cached-routes.ts).
 * Rendered on the first visit, kept until an approval revalidates the public pages, re-rendered at
 * most every 300 seconds for other server instances. One entry per language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedYearProps extends LocaleProps {
  params: Promise<{ year: string; measure: string; page: string; locale?: string }>;
}

/** The segments as the view takes them; null for anything the rewrite would not have produced. */
async function segments(params: CachedYearProps["params"]) {
  const { year, measure, page } = await params;
  if (!/^\d{4}$/.test(year) || !/^[1-9][0-9]{0,5}$/.test(page)) return null;
  const name = decodeURIComponent(measure);
  // A headline measure, or a class's 类 / 款 as the rewrite admits them (lib/cached-routes.ts).
  const known = HEADLINE_MEASURES.find((m) => m === name) ?? (new RegExp(`^(?:${keptClassPattern()})$`).test(name) ? (name as Measure) : undefined);
  return known ? { year: Number(year), measure: known, page: Number(page) } : null;
}

export async function generateMetadata(props: CachedYearProps): Promise<Metadata> {
  const lang = await pageLang(props);
  const view = await segments(props.params);
  if (!view) return { title: label("notFoundTitle", lang) };
  return { title: yearViewTitle(view.year, view.measure, lang), alternates: languageAlternates(`/years/${view.year}`) };
}

export default async function CachedYearPage(props: CachedYearProps) {
  const lang = await pageLang(props);
  const view = await segments(props.params);
  if (!view) notFound();
  await tagPage(yearTag(view.year), ALL_YEARS_TAG, COUNTIES_TAG);
  return YearView({ ...view, lang });
}
