import type { Metadata } from "next";
import { codeTag, LISTS_TAG, tagPage } from "@/lib/public-tags";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { departmentTrend } from "@/db/queries/public-stats";
import { DemoBadge } from "@/components/ui/demo-badge";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { DepartmentProfile } from "@/components/public/department-profile";
import { DepartmentRegion, SameCodeChoice } from "@/components/public/department-region";
import { sameCodeChoices } from "@/db/queries/department-ref";
import { isDepartmentRef } from "@/lib/department-ref";
import { DepartmentTrends } from "@/components/public/department-trends";
import { label, labelf } from "@/components/public/labels";
import { localePath } from "@/lib/lang-paths";
import { languageAlternates } from "@/components/site/site-metadata";
import { pageLang, type LocaleProps } from "@/lib/i18n/page-lang";

/**
 * Cached like the disclosure page: rendered on first visit, revalidated by every approval. One
 * entry per language.
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

interface Params extends LocaleProps {
  params: Promise<{ code: string; locale?: string }>;
}

async function load({ params }: Params) {
  const { code } = await params;
  if (!isDepartmentRef(code)) return null;
  return departmentTrend(await getDb(), code);
}

/** Where a code alone names a department that never published: the other counties' that did. */
async function sameCodeChoice({ params }: Params) {
  return sameCodeChoices(await getDb(), (await params).code);
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const lang = await pageLang(props);
  const trend = await load(props);
  // Kept until a publication of its code, or any publication while nothing is here (lib/public-tags.ts).
  await (trend ? tagPage(codeTag(trend.code)) : tagPage(LISTS_TAG));
  if (!trend) {
    const choice = await sameCodeChoice(props);
    const { code } = await props.params;
    return { title: choice.length > 0 ? labelf("sameCodeChoiceTitle", { code }, lang) : label("notFoundTitle", lang) };
  }
  return {
    title: `${labelf("departmentTitle", { name: trend.name }, lang)}${trend.isDemo ? label("demoTitleSuffix", lang) : ""}`,
    alternates: languageAlternates(`/departments/${trend.ref}`),
  };
}

export default async function DepartmentPage(props: Params) {
  const lang = await pageLang(props);
  const trend = await load(props);
  if (!trend) {
    const choice = await sameCodeChoice(props);
    if (choice.length === 0) notFound();
    return <SameCodeChoice code={(await props.params).code} departments={choice} path={(ref) => `/departments/${ref}`} lang={lang} />;
  }
  return (
    <>
      <Breadcrumb trail={[{ text: `${trend.code} ${trend.name}` }]} lang={lang} />
      <h1 className="mb-2 text-2xl font-bold" data-testid="department-title">
        {labelf("departmentTitle", { name: trend.name }, lang)}
        {trend.isDemo && (
          <>
            {" "}
            <DemoBadge lang={lang} />
          </>
        )}
      </h1>
      <DepartmentRegion department={trend} sameCode={trend.sameCode} path={(other) => `/departments/${other}`} lang={lang} />
      {/* The order: what the department does, its published years, then the trends. */}
      <DepartmentProfile year={trend.latest.year} duties={trend.latest.duties} units={trend.latest.units} lang={lang} />
      <section aria-labelledby="years-title" className="mt-6">
        <h2 id="years-title" className="text-lg font-bold">
          {label("publishedYearsTitle", lang)}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2" data-testid="department-years">
          {trend.years.map(({ year }) => (
            <li key={year}>
              <Link
                href={localePath(`/departments/${trend.ref}/${year}`, lang)}
                className="text-blue-800 underline underline-offset-2"
                aria-label={labelf("yearLinkName", { name: trend.name, year }, lang)}
              >
                {labelf("yearLink", { year }, lang)}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <DepartmentTrends trend={trend} lang={lang} />
    </>
  );
}
