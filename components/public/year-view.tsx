import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { yearRankingPage } from "@/db/queries/public-stats";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { label, labelf, measureLabel, type Lang } from "@/components/public/labels";
import { localePath } from "@/components/public/lang-paths";
import { MeasureForm } from "@/components/public/measure-form";
import { Pager } from "@/components/public/pager";
import { RankingTable } from "@/components/public/ranking-table";
import type { HeadlineMeasure } from "@/lib/disclosure/figures";

/** The address of one page of the year view; the cached route answers it (lib/cached-routes.ts). */
export function yearViewHref(year: number, measure: HeadlineMeasure, page: number, lang: Lang): string {
  return localePath(`/years/${year}?${new URLSearchParams({ measure, page: String(page) })}`, lang);
}

export function yearViewTitle(year: number, measure: HeadlineMeasure, lang: Lang): string {
  return labelf("yearTitle", { year, measure: measureLabel(measure, lang) }, lang);
}

/**
 * The year view: every department that published for `year`, ranked by `measure`, 100 per page,
 * with ranks, shares and the county total over the whole year; the CSV holds the whole ranking.
 * Shown by the cached route app/(public)/years/[year]/view/[measure]/[page] for the addresses the
 * portal links to, and by the dynamic page /years/[year] for anything else. Not found when
 * nothing was published for the year.
 */
export async function YearView({ year, measure, page, lang = "zh" }: { year: number; measure: HeadlineMeasure; page: number; lang?: Lang }) {
  const ranking = await yearRankingPage(await getDb(), { year, measure, page });
  if (ranking.count === 0) notFound();
  const title = yearViewTitle(year, measure, lang);
  return (
    <>
      <Breadcrumb
        trail={[{ href: localePath("/years", lang), text: label("yearsTitle", lang) }, { text: labelf("yearLink", { year }, lang) }]}
        lang={lang}
      />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="text-sm text-stone-700">
        {label("unitNote", lang)}
        {ranking.includesDemo && `${label("listSeparator", lang)}${label("countyDemoNote", lang)}`}
      </p>
      <MeasureForm action={localePath(`/years/${year}`, lang)} measure={measure} lang={lang} />
      <RankingTable year={year} measure={measure} rows={ranking.rows} countyTotal={ranking.countyTotal} lang={lang} />
      <Pager
        page={ranking.page}
        pageCount={ranking.pageCount}
        total={ranking.count}
        href={(page) => yearViewHref(year, measure, page, lang)}
        name={label("rankingPagesNav", lang)}
        testId="ranking-pages"
        lang={lang}
      />
      <p className="mt-4 text-sm">
        <a
          href={`/years/${year}/ranking.csv?measure=${measure}`}
          download
          data-testid="download-csv"
          className="text-blue-800 underline underline-offset-2"
        >
          {label("downloadCsv", lang)}
          <span className="sr-only">{labelf("downloadCsvOf", { title }, lang)}</span>
        </a>
      </p>
    </>
  );
}
