import YearsPage, { type CachedYearsProps } from "@/app/(public)/years/list/[page]/page";
import { label } from "@/components/public/labels";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata = { title: label("yearsTitle", "en"), alternates: languageAlternates("/years") };

/** The English years page: see app/(public)/years/list/[page]/page.tsx. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export default function EnglishYearsPage(props: Omit<CachedYearsProps, "lang">) {
  return <YearsPage {...props} lang="en" />;
}
