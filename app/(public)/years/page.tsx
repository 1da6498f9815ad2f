import type { Metadata } from "next";
import { connection } from "next/server";
import { label, type Lang } from "@/components/public/labels";
import { countyParam } from "@/components/public/url-params";
import { YearsView } from "@/components/public/years-view";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = { title: label("yearsTitle"), alternates: languageAlternates("/years") };

/**
 * The years of one county (/years?county=130123, on a province-wide platform), rendered per
 * request. Plain /years is rewritten by next.config.ts to the cached route ./list/[page]
 * (lib/cached-routes.ts) and never reaches this page.
 */
interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  /** Set by the English twin, app/en/years/page.tsx. */
  lang?: Lang;
}

export default async function CountyYearsPage({ searchParams, lang = "zh" }: Props) {
  await connection(); // read at request time, never at build time
  return YearsView({ countyCode: countyParam((await searchParams).county), lang });
}
