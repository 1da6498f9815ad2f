import type { Metadata } from "next";
import ComparePage from "@/app/(public)/compare/page";
import { L } from "@/lib/compare/labels";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = { title: L.pageTitle.en, alternates: languageAlternates("/compare") };

export default function EnglishComparePage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ComparePage {...props} lang="en" />;
}
