import type { Metadata } from "next";
import { codeTag, LISTS_TAG, tagPage } from "@/lib/public-tags";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getPublishedDisclosure, publicationsOf, type PublishedDisclosure } from "@/db/queries/public";
import { runChecks } from "@/lib/checks";
import { DisclosureWithChecks } from "@/components/disclosure/disclosure-with-checks";
import { PrintButton } from "@/components/disclosure/print-button";
import { correctionsOf } from "@/components/review/compare";
import { CorrectionsList } from "@/components/review/corrections-list";
import { label, labelf, type Lang } from "@/components/public/labels";
import { TABLES_NOT_GIVEN } from "@/lib/disclosure/tables";
import { localePath } from "@/lib/lang-paths";
import { DepartmentRegion, SameCodeChoice } from "@/components/public/department-region";
import { sameCodeChoices } from "@/db/queries/department-ref";
import { isDepartmentRef } from "@/lib/department-ref";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";
import { disclosureSpending } from "@/lib/disclosure/tables/spending";
import { SPENDING_SECTION_ID, SpendingView } from "@/components/public/spending-view";

/**
 * Served from Next's cache: rendered on the first visit (never at build time — no paths are
 * listed), kept until an approval revalidates the public pages (app/(workspace)/review/actions.ts),
 * and re-rendered at most every 300 seconds as a fallback for other server
 * instances, whose caches that approval does not reach. One entry per language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

interface Params extends LocaleProps {
  params: Promise<{ code: string; year: string; locale?: string }>;
}

async function load({ params }: Params) {
  const { code, year } = await params;
  // `code` is a department ref: "434", or "130124_434" for another county's 434 (lib/department-ref.ts).
  if (!isDepartmentRef(code) || !/^\d{4}$/.test(year)) return null;
  return getPublishedDisclosure(await getDb(), code, Number(year));
}

/** Where a code alone names a department that did not publish this year: the other counties' that did. */
async function sameCodeChoice({ params }: Params) {
  const { code, year } = await params;
  return /^\d{4}$/.test(year) ? sameCodeChoices(await getDb(), code, Number(year)) : [];
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const lang = await pageLang(props);
  const disclosure = await load(props);
  if (!disclosure) {
    const choice = await sameCodeChoice(props);
    const { code } = await props.params;
    return { title: choice.length > 0 ? labelf("sameCodeChoiceTitle", { code }, lang) : label("notFoundTitle", lang) };
  }
  return {
    title: labelf("disclosureTitle", { name: disclosure.department.name, year: disclosure.year }, lang),
    alternates: languageAlternates(`/departments/${disclosure.department.ref}/${disclosure.year}`),
  };
}

export default async function DisclosurePage(props: Params) {
  const lang = await pageLang(props);
  const disclosure = await load(props);
  // Kept until a publication of its code, or any publication while nothing is here (lib/public-tags.ts).
  await (disclosure ? tagPage(codeTag(disclosure.department.code)) : tagPage(LISTS_TAG));
  if (!disclosure) {
    const choice = await sameCodeChoice(props);
    if (choice.length === 0) notFound();
    const { code, year } = await props.params;
    return <SameCodeChoice code={code} departments={choice} path={(ref) => `/departments/${ref}/${year}`} lang={lang} />;
  }
  const findings = runChecks(disclosure.document, { previous: disclosure.previousDocument });
  const corrections = correctionsOf(await publicationsOf(await getDb(), disclosure.department.id, disclosure.year));
  const ref = disclosure.department.ref;
  return (
    <>
      <nav aria-label={label("breadcrumb", lang)} className="no-print mb-4 text-sm">
        <Link href={localePath("/", lang)} className="text-blue-800 underline underline-offset-2">
          {label("home", lang)}
        </Link>
        <span aria-hidden="true"> › </span>
        <span>
          {disclosure.department.code} {disclosure.department.name} {labelf("yearLink", { year: disclosure.year }, lang)}
        </span>
      </nav>
      <DepartmentRegion
        department={disclosure.department}
        sameCode={disclosure.sameCode}
        path={(other) => `/departments/${other}/${disclosure.year}`}
        lang={lang}
      />
      <p className="no-print mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={localePath(`/departments/${ref}`, lang)} className="text-blue-800 underline underline-offset-2">
          {label("departmentYears", lang)}
        </Link>
        <Link href={localePath(`/compare?departments=${ref}`, lang)} className="text-blue-800 underline underline-offset-2">
          {label("compareWithOthers", lang)}
        </Link>
        <a href={`/departments/${ref}/${disclosure.year}/workbook`} className="text-blue-800 underline underline-offset-2">
          {label("downloadExcel", lang)}
        </a>
        <a href={`#${SPENDING_SECTION_ID}`} className="text-blue-800 underline underline-offset-2">
          {label("spendingLink", lang)}
        </a>
        <PrintButton lang={lang} />
      </p>
      {lang === "en" && <p className="no-print mb-4 text-sm text-stone-700">{label("documentInChinese", lang)}</p>}
      <DisclosureWithChecks
        departmentCode={disclosure.department.code}
        departmentName={disclosure.department.name}
        year={disclosure.year}
        document={disclosure.document}
        previous={disclosure.previousDocument}
        isDemo={disclosure.isDemo}
        publication={disclosure.publishedAt ? { versionNo: disclosure.versionNo, publishedAt: disclosure.publishedAt } : undefined}
        findings={findings}
        lang={lang}
      />
      <DepartmentSpending name={disclosure.department.name} year={disclosure.year} document={disclosure.document} isDemo={disclosure.isDemo} lang={lang} />
      {/* 更正记录 is in Chinese only; it links to the old versions in the page's language. */}
      <div lang={lang === "en" ? "zh-CN" : undefined}>
        <CorrectionsList
          corrections={corrections}
          versionsPath={localePath(`/departments/${ref}/${disclosure.year}/versions`, lang)}
        />
      </div>
    </>
  );
}

/** 支出去向 of this disclosure, from its lines; the note where it has none (434/2018). */
function DepartmentSpending(props: { name: string; year: number; document: PublishedDisclosure["document"]; isDemo: boolean; lang: Lang }) {
  const { year, lang } = props;
  const spending = disclosureSpending(props.document, year);
  const note = spending.given ? undefined : label(spending.note === TABLES_NOT_GIVEN ? "spendingNotGiven" : "spendingNotEntered", lang);
  return (
    <SpendingView
      heading={label("spendingTitle", lang)}
      subject={labelf("yearLinkName", { name: props.name, year }, lang)}
      tree={spending.given ? spending.tree : null}
      note={note}
      isDemo={props.isDemo}
      lang={lang}
    >
      <p className="no-print mb-2 text-sm">
        <Link href={localePath(`/years/${year}/spending`, lang)} className="text-blue-800 underline underline-offset-2">
          {labelf("spendingCountyLink", { year }, lang)}
        </Link>
      </p>
    </SpendingView>
  );
}
