import HomePage from "@/app/(public)/page";
import { languageAlternates } from "@/components/site/site-metadata";

export const metadata = { alternates: languageAlternates("/") };

export default function EnglishHomePage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <HomePage {...props} lang="en" />;
}
