import PublicVersionPage, { generateMetadata as metadataOf } from "@/app/(public)/departments/[code]/[year]/versions/[versionNo]/page";

/** The English page of one published version: see app/(public)/departments/[code]/[year]/versions/…. */
type Props = { params: Promise<{ code: string; year: string; versionNo: string }> };

export function generateMetadata(props: Props) {
  return metadataOf({ ...props, lang: "en" });
}

export default function EnglishPublicVersionPage(props: Props) {
  return <PublicVersionPage {...props} lang="en" />;
}
