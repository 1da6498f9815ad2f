import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { label } from "@/components/public/labels";
import { countyParam, measureChoice, measureParam, pageParam, searchQuery, yearParam } from "@/components/public/url-params";
import { YearView, yearViewTitle } from "@/components/public/year-view";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

/**
 * The year view at request time, for the addresses the cached route does not take (a search `q`,
 * a county `county`, an unknown measure, a page number out of pattern): the portal's own links — /years/2018,
 * ?measure=…, &page=N — are rewritten to app/[locale]/years/[year]/view/[measure]/[page]
 * (lib/cached-routes.ts), and a class's 项 (?measure=fn:2050101). An unknown measure is the total
 * (an unknown class with a Chinese message); a page past the last is the last.
 */
interface Props extends LocaleProps {
  params: Promise<{ year: string; locale?: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const year = yearParam((await props.params).year);
  const measure = measureParam((await props.searchParams).measure);
  const lang = await pageLang(props);
  if (year === null) return { title: label("notFoundTitle", lang) };
  return { title: yearViewTitle(year, measure, lang), alternates: languageAlternates(`/years/${year}`) };
}

export default async function YearPage(props: Props) {
  const lang = await pageLang(props);
  const year = yearParam((await props.params).year);
  if (year === null) notFound();
  const query = await props.searchParams;
  await connection(); // read at request time, never at build time
  const { measure, refused } = measureChoice(query.measure);
  return YearView({
    year,
    measure,
    refused,
    page: pageParam(query.page),
    query: searchQuery(query.q),
    countyCode: countyParam(query.county),
    lang,
  });
}
