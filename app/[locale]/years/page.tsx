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
 * The county totals per year — of all counties, or of one (/years?county=130123, on a
 * province-wide platform) — rendered per request from its kept reads (lib/public-queries.ts).
 */
interface Props extends LocaleProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function YearsPage(props: Props) {
  await connection(); // read at request time, never at build time
  return YearsView({ countyCode: countyParam((await props.searchParams).county), lang: await pageLang(props) });
}
