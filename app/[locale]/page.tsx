import type { Metadata } from "next";
import { connection } from "next/server";
import { HomeView } from "@/components/public/home-view";
import { countyParam, pageParam, searchQuery } from "@/components/public/url-params";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

interface Props extends LocaleProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const metadata: Metadata = { alternates: languageAlternates("/") };

/**
 * The home page rendered per request: only for a department search or a chosen county
 * (?county=, on a province-wide platform). The plain home page and its pages (?page=N) are
 * rewritten by next.config.ts to the cached route ./home/[page] (lib/cached-routes.ts).
 */
export default async function HomePage(props: Props) {
  await connection(); // read at request time, never at build time
  const lang = await pageLang(props);
  const params = await props.searchParams;
  return HomeView({ query: searchQuery(params.q), page: pageParam(params.page), countyCode: countyParam(params.county), lang });
}
