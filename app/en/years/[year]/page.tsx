import YearPage, { generateMetadata as metadataOf } from "@/app/(public)/years/[year]/page";

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export function generateMetadata(props: Props) {
  return metadataOf({ ...props, lang: "en" });
}

export default function EnglishYearPage(props: Props) {
  return <YearPage {...props} lang="en" />;
}
