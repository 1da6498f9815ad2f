import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { yearRanking } from "@/db/queries/public-stats";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { label, labelf, measureLabel, type Lang } from "@/components/public/labels";
import { localePath } from "@/components/public/lang-paths";
import { MeasureForm } from "@/components/public/measure-form";
import { RankingTable } from "@/components/public/ranking-table";
import { measureParam, yearParam } from "@/components/public/url-params";
import { languageAlternates } from "@/components/site/site-metadata";

interface Props {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  /** Set by the English twin, app/en/years/[year]/page.tsx. */
  lang?: Lang;
}

async function load({ params, searchParams }: Props) {
  const year = yearParam((await params).year);
  if (year === null) return null;
  const measure = measureParam((await searchParams).measure);
  await connection(); // read at request time, never at build time
  const ranking = await yearRanking(await getDb(), year, measure);
  return ranking.rows.length === 0 ? null : { year, measure, ...ranking };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const year = yearParam((await props.params).year);
  const measure = measureParam((await props.searchParams).measure);
  const { lang = "zh" } = props;
  if (year === null) return { title: label("notFoundTitle", lang) };
  return { title: labelf("yearTitle", { year, measure: measureLabel(measure, lang) }, lang), alternates: languageAlternates(`/years/${year}`) };
}

export default async function YearPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { year, measure } = data;
  const { lang = "zh" } = props;
  const title = labelf("yearTitle", { year, measure: measureLabel(measure, lang) }, lang);
  return (
    <>
      <Breadcrumb
        trail={[{ href: localePath("/years", lang), text: label("yearsTitle", lang) }, { text: labelf("yearLink", { year }, lang) }]}
        lang={lang}
      />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="text-sm text-stone-700">
        {label("unitNote", lang)}
        {data.rows.some((r) => r.isDemo) && `${label("listSeparator", lang)}${label("countyDemoNote", lang)}`}
      </p>
      <MeasureForm action={localePath(`/years/${year}`, lang)} measure={measure} lang={lang} />
      <RankingTable year={year} measure={measure} rows={data.rows} countyTotal={data.countyTotal} lang={lang} />
      <p className="text-sm">
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
