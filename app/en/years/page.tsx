import CountyYearsPage from "@/app/(public)/years/page";
import { label } from "@/components/public/labels";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata = { title: label("yearsTitle", "en"), alternates: languageAlternates("/years") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The English years of one county: see app/(public)/years/page.tsx. */
export default function EnglishCountyYearsPage(props: Props) {
  return <CountyYearsPage {...props} lang="en" />;
}
