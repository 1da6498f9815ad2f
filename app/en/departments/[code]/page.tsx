import DepartmentPage, { generateMetadata as metadataOf } from "@/app/(public)/departments/[code]/page";

/** Cached exactly like the Chinese page: rendered on first visit, revalidated by every approval. */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ code: string }> };

export function generateMetadata(props: Props) {
  return metadataOf({ ...props, lang: "en" });
}

export default function EnglishDepartmentPage(props: Props) {
  return <DepartmentPage {...props} lang="en" />;
}
