import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { getPublicVersion } from "@/db/queries/public";
import { runChecks } from "@/lib/checks";
import { DisclosureWithChecks } from "@/components/disclosure/disclosure-with-checks";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { label, labelf } from "@/components/public/labels";
import { localePath } from "@/lib/lang-paths";
import { formatChinaDate, isoOf } from "@/components/review/format";
import { isDepartmentRef } from "@/lib/department-ref";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

interface Params extends LocaleProps {
  params: Promise<{ code: string; year: string; versionNo: string; locale?: string }>;
}

/** Only versions that were once public (published or superseded) are found here; nothing else. */
async function load({ params }: Params) {
  const { code, year, versionNo } = await params;
  if (!isDepartmentRef(code) || !/^\d{4}$/.test(year) || !/^\d{1,6}$/.test(versionNo)) return null;
  await connection();
  return getPublicVersion(await getDb(), code, Number(year), Number(versionNo));
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const lang = await pageLang(props);
  const version = await load(props);
  if (!version) return { title: label("notFoundTitle", lang) };
  return { title: labelf("versionTitle", { name: version.department.name, year: version.year, n: version.versionNo }, lang) };
}

/** A label with a {date} placeholder, the date as a <time> element. */
function withDate(text: string, date: Date) {
  const [before, after = ""] = text.split("{date}");
  return (
    <>
      {before}
      <time dateTime={isoOf(date)}>{formatChinaDate(date)}</time>
      {after}
    </>
  );
}

export default async function PublicVersionPage(props: Params) {
  const lang = await pageLang(props);
  const version = await load(props);
  if (!version) notFound();
  const code = version.department.code;
  const current = localePath(`/departments/${version.department.ref}/${version.year}`, lang);
  const findings = runChecks(version.document, { previous: version.previousDocument });
  const link = "text-blue-800 underline underline-offset-2";
  return (
    <>
      <Breadcrumb
        trail={[
          { href: current, text: `${code} ${version.department.name} ${labelf("yearLink", { year: version.year }, lang)}` },
          { text: labelf("versionCrumb", { n: version.versionNo }, lang) },
        ]}
        lang={lang}
      />
      {version.superseded ? (
        <div role="note" data-testid="old-version-banner" className="mb-4 rounded border-2 border-amber-800 bg-amber-50 p-3">
          <p className="font-bold text-amber-950">
            {label("oldVersionCurrentIs", lang)}
            <Link href={current} className={link}>
              {labelf("disclosureTitle", { name: version.department.name, year: version.year }, lang)}
              {version.currentVersionNo !== null && labelf("currentVersionNo", { n: version.currentVersionNo }, lang)}
            </Link>
            {label("fullStop", lang)}
          </p>
          <p className="mt-1 text-sm text-stone-800">{withDate(labelf("oldVersionPublished", { n: version.versionNo }, lang), version.publishedAt)}</p>
        </div>
      ) : (
        <p className="mb-4 rounded border border-stone-400 bg-white p-3 text-sm">
          {withDate(labelf("currentVersionIs", { n: version.versionNo }, lang), version.publishedAt)}{" "}
          <Link href={current} className={link}>
            {label("backToDisclosure", lang)}
          </Link>
        </p>
      )}
      {lang === "en" && <p className="no-print mb-4 text-sm text-stone-700">{label("documentInChinese", lang)}</p>}
      <DisclosureWithChecks
        departmentCode={code}
        departmentName={version.department.name}
        year={version.year}
        document={version.document}
        previous={version.previousDocument}
        isDemo={version.isDemo}
        publication={{ versionNo: version.versionNo, publishedAt: version.publishedAt }}
        findings={findings}
        lang={lang}
      />
    </>
  );
}
