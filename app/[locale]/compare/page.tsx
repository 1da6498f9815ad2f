import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ComparisonView } from "@/components/compare/comparison-view";
import { localePath } from "@/lib/lang-paths";
import { languageAlternates } from "@/components/site/site-metadata";
import { formRedirect } from "@/lib/compare/cached-view";
import { L } from "@/lib/compare/labels";
import { keptComparison } from "./load";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

export async function generateMetadata(props: LocaleProps): Promise<Metadata> {
  return { title: L.pageTitle[await pageLang(props)], alternates: languageAlternates("/compare") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The comparison rendered per request, only for what the cache does not answer: a department
 * search (`q`), values to correct, and form submissions, which are redirected to their canonical
 * address. Plain comparison addresses are rewritten by next.config.ts to the cached route ./view/…
 * (lib/compare/cached-view.ts). Its reads are kept by the address's parameters (keptComparison).
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
