import type { Metadata } from "next";
import { LISTS_TAG, tagPage } from "@/lib/public-tags";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/public/home-view";
import type { Lang } from "@/components/public/labels";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = { alternates: languageAlternates("/") };

/**
 * The home page served from Next's cache, one entry per page of departments: next.config.ts
 * rewrites / and /?page=N here (lib/cached-routes.ts). Rendered on the first visit, kept until an
 * approval revalidates the public pages, re-rendered at most every 300 seconds for other server
 * instances. The English twin is app/en/home/[page].
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedHomeProps {
  params: Promise<{ page: string }>;
  lang?: Lang;
}

export default async function CachedHomePage({ params, lang = "zh" }: CachedHomeProps) {
  const { page } = await params;
  if (!/^[1-9][0-9]{0,5}$/.test(page)) notFound();
  await tagPage(LISTS_TAG);
  return HomeView({ query: "", page: Number(page), lang });
}
