import type { Metadata } from "next";
import CachedHomePage, { type CachedHomeProps } from "@/app/(public)/home/[page]/page";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata: Metadata = { alternates: languageAlternates("/") };

/** The English cached home page: see app/(public)/home/[page]/page.tsx. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default function EnglishCachedHomePage(props: Omit<CachedHomeProps, "lang">) {
  return <CachedHomePage {...props} lang="en" />;
}
