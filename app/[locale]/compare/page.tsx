import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ComparisonView } from "@/components/compare/comparison-view";
import { localePath } from "@/lib/lang-paths";
import { languageAlternates } from "@/components/site/site-metadata";
import { formRedirect } from "@/lib/compare/form-redirect";
import { L } from "@/lib/compare/labels";
import { keptComparison } from "./load";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  return { title: L.pageTitle[await pageLang(props)], alternates: languageAlternates("/compare") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The comparison, rendered per request from its kept reads (keptComparison: Next's data cache, by
 * the address's parameters). A form submission is redirected to its canonical address first.
 * Both languages.
 */
export default async function ComparePage(props: LocaleProps & { searchParams: SearchParams }) {
  await connection(); // read at request time, never at build time
  const lang = await pageLang(props);
  const params = await props.searchParams;
  const canonical = formRedirect(params);
  if (canonical !== null) redirect(localePath(canonical, lang));
  return <ComparisonView comparison={await keptComparison(params)} lang={lang} />;
}
