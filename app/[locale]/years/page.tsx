import type { Metadata } from "next";
import { connection } from "next/server";
import { label } from "@/components/public/labels";
import { countyParam } from "@/components/public/url-params";
import { YearsView } from "@/components/public/years-view";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  return { title: label("yearsTitle", await pageLang(props)), alternates: languageAlternates("/years") };
}

/**
 * The years of one county (/years?county=130123, on a province-wide platform), rendered per
 * request. Plain /years is rewritten by next.config.ts to the cached route ./list/[page]
 * (lib/cached-routes.ts) and never reaches this page.
 */
interface Props extends LocaleProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function CountyYearsPage(props: Props) {
  await connection(); // read at request time, never at build time
  return YearsView({ countyCode: countyParam((await props.searchParams).county), lang: await pageLang(props) });
}
