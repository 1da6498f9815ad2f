import type { Metadata } from "next";
import CachedComparisonPage, { type CachedComparisonProps } from "@/app/(public)/compare/view/[departments]/[years]/[measure]/[chart]/page";
import { L } from "@/lib/compare/labels";

export const metadata: Metadata = { title: L.pageTitle.en, robots: { index: false } };

/** The English cached comparison: see app/(public)/compare/view/…/page.tsx. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default function EnglishCachedComparisonPage(props: Omit<CachedComparisonProps, "lang">) {
  return <CachedComparisonPage {...props} lang="en" />;
}
