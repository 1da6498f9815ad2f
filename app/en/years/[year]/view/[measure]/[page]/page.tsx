import CachedYearPage, { generateMetadata as metadataOf, type CachedYearProps } from "@/app/(public)/years/[year]/view/[measure]/[page]/page";

/** The English cached year view: see app/(public)/years/[year]/view/…/page.tsx. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export function generateMetadata(props: Omit<CachedYearProps, "lang">) {
  return metadataOf({ ...props, lang: "en" });
}

export default function EnglishCachedYearPage(props: Omit<CachedYearProps, "lang">) {
  return <CachedYearPage {...props} lang="en" />;
}
