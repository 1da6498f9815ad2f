import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { tagPage, yearTag } from "@/lib/public-tags";
import { keptCountySpending } from "@/lib/public-queries";
import { spendingTree } from "@/lib/disclosure/tables/spending";
import { localePath } from "@/lib/lang-paths";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { label, labelf, type Lang } from "@/components/public/labels";
import { yearParam } from "@/components/public/url-params";
import { SpendingView } from "@/components/public/spending-view";
import { yearViewTitle } from "@/components/public/year-view";
import { languageAlternates } from "@/components/site/site-metadata";

/**
 * 支出去向 of a year: spending by function 类 → 款 → 项 summed over every department's published
 * disclosure of the year (db/queries/spending-tree.ts), with the drill-down and its table. Served
 * from Next's cache by its path alone: the drilled class (?class=205) is the browser's business
 * (components/charts/spending-drilldown.tsx), the server-rendered table shows every class, so no
 * rewrite is needed (lib/cached-routes.ts). Rendered on the first visit, kept until a publication
 * of the year expires its year's tag (lib/public-queries.ts keptCountySpending), re-rendered at
 * most every 300 seconds for other server instances. One entry per language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

interface Props extends LocaleProps {
  params: Promise<{ year: string; locale?: string }>;
}

function titleOf(year: number, counties: number, lang: Lang): string {
  return labelf("spendingCountyTitle", { year, area: label(counties > 1 ? "spendingAreaAll" : "spendingAreaCounty", lang) }, lang);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const lang = await pageLang(props);
  const year = yearParam((await props.params).year);
  const spending = year === null ? null : await keptCountySpending(year);
  if (year === null || !spending || spending.departments === 0) return { title: label("notFoundTitle", lang) };
  return { title: titleOf(year, spending.counties, lang), alternates: languageAlternates(`/years/${year}/spending`) };
}

export default async function YearSpendingPage(props: Props) {
  const lang = await pageLang(props);
  const year = yearParam((await props.params).year);
  if (year === null) notFound();
  await tagPage(yearTag(year));
  const spending = await keptCountySpending(year);
  if (spending.departments === 0) notFound();
  const title = titleOf(year, spending.counties, lang);
  const tree = spending.withLines > 0 ? spendingTree(spending.lines, year) : null;
  const missing = spending.departments - spending.withLines;
  return (
    <>
      <Breadcrumb
        trail={[
          { href: localePath("/years", lang), text: label("yearsTitle", lang) },
          { href: localePath(`/years/${year}`, lang), text: labelf("yearLink", { year }, lang) },
          { text: label("spendingLink", lang) },
        ]}
        lang={lang}
      />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="text-sm text-stone-700" data-testid="spending-county-note">
        {spending.withLines > 0 && labelf("spendingCountyNote", { year, n: spending.withLines }, lang)}
        {missing > 0 && labelf("spendingCountyMissing", { n: missing }, lang)}
        {spending.includesDemo && label("countyDemoNote", lang)}
      </p>
      <SpendingView
        heading={label("spendingByFunction", lang)}
        subject={title}
        tree={tree}
        note={labelf("spendingCountyNone", { year }, lang)}
        isDemo={spending.includesDemo}
        lang={lang}
      >
        <p className="no-print mb-2 text-sm">
          <Link href={localePath(`/years/${year}`, lang)} className="text-blue-800 underline underline-offset-2">
            {yearViewTitle(year, "total", lang)}
          </Link>
        </p>
      </SpendingView>
    </>
  );
}
