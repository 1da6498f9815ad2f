import DisclosurePage, { generateMetadata as metadataOf } from "@/app/(public)/departments/[code]/[year]/page";

/** Cached exactly like the Chinese page: rendered on first visit, revalidated by every approval. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ code: string; year: string }> };

export function generateMetadata(props: Props) {
  return metadataOf({ ...props, lang: "en" });
}

export default function EnglishDisclosurePage(props: Props) {
  return <DisclosurePage {...props} lang="en" />;
}
