import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { countyTotalsByYear } from "@/db/queries/public-stats";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { HOME_MEASURES } from "@/components/public/county-totals";
import { label, labelf, measureLabel, type Lang } from "@/components/public/labels";
import { localePath } from "@/components/public/lang-paths";
import { ScrollTable } from "@/components/public/scroll-table";
import { languageAlternates } from "@/components/site/site-metadata";
import { formatWan } from "@/lib/money";

export const metadata: Metadata = { title: label("yearsTitle"), alternates: languageAlternates("/years") };

/**
 * The years (/years): the county's totals per year, each linking to its year view. Served from
 * Next's cache: next.config.ts rewrites /years here (lib/cached-routes.ts). One page today; the
 * [page] segment, with no pages listed at build time, makes Next render it on the first visit
 * rather than during `next build`, which has no database. Kept until an approval revalidates the
 * public pages, re-rendered at most every 300 seconds for other server instances. The English
 * twin is app/en/years/list/[page].
 */
export const revalidate = 300;
export async function generateStaticParams() {
  return [];
}

export interface CachedYearsProps {
  params: Promise<{ page: string }>;
  lang?: Lang;
}

export default async function YearsPage({ params, lang = "zh" }: CachedYearsProps) {
  if ((await params).page !== "1") notFound();
  const years = (await countyTotalsByYear(await getDb())).toReversed();
  const caption = label("yearsTable", lang);
  return (
    <>
      <Breadcrumb trail={[{ text: label("yearsTitle", lang) }]} lang={lang} />
      <h1 className="mb-2 text-2xl font-bold">{label("yearsTitle", lang)}</h1>
      <p className="mb-4 text-stone-700">{label("yearsIntro", lang)}</p>
      {years.length === 0 ? (
        <p>{label("noDepartments", lang)}</p>
      ) : (
        <ScrollTable label={labelf("scrollTable", { name: caption }, lang)} minWidth="min-w-[40rem]">
          <table className="doc-table bg-white" data-testid="years-table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{label("colYear", lang)}</th>
                <th scope="col">{label("colDepartments", lang)}</th>
                {HOME_MEASURES.map((m) => (
                  <th scope="col" key={m}>
                    {measureLabel(m, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year} data-testid="year-row">
                  <th scope="row" className="bg-white font-normal">
                    <Link href={localePath(`/years/${y.year}`, lang)} className="text-blue-800 underline underline-offset-2">
                      {labelf("yearLink", { year: y.year }, lang)}
                    </Link>
                  </th>
                  <td className="num">{y.departments}</td>
                  {HOME_MEASURES.map((m) => (
                    <td className="num" key={m}>
                      {formatWan(y.figures[m])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p className="text-sm text-stone-700">
        {label("unitNote", lang)}
        {years.some((y) => y.includesDemo) && `${label("listSeparator", lang)}${label("countyDemoNote", lang)}`}
      </p>
    </>
  );
}
