import YearsPage from "@/app/(public)/years/page";
import { label } from "@/components/public/labels";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata = { title: label("yearsTitle", "en"), alternates: languageAlternates("/years") };

export default function EnglishYearsPage() {
  return <YearsPage lang="en" />;
}
