import type { Metadata } from "next";
import { LISTS_TAG, tagPage } from "@/lib/public-tags";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/public/home-view";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

export const metadata: Metadata = { alternates: languageAlternates("/") };

/**
 * The home page served from Next's cache, one entry per page of departments: next.config.ts
 * rewrites / and /?page=N here (lib/cached-routes.ts). Rendered on the first visit, kept until an
 * approval revalidates the public pages, re-rendered at most every 300 seconds for other server
 * instances. One entry per language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedHomeProps extends LocaleProps {
  params: Promise<{ page: string; locale?: string }>;
}

export default async function CachedHomePage(props: CachedHomeProps) {
  const lang = await pageLang(props);
  const { page } = await props.params;
  if (!/^[1-9][0-9]{0,5}$/.test(page)) notFound();
  await tagPage(LISTS_TAG);
  return HomeView({ query: "", page: Number(page), lang });
}
