import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getDb } from "@/db";
import { yearRanking } from "@/db/queries/public-stats";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { label, labelf, measureLabel } from "@/components/public/labels";
import { MeasureForm } from "@/components/public/measure-form";
import { RankingTable } from "@/components/public/ranking-table";
import { measureParam, yearParam } from "@/components/public/url-params";

interface Props {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
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
  return { title: year === null ? "未找到" : labelf("yearTitle", { year, measure: measureLabel(measure) }) };
}

export default async function YearPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const { year, measure } = data;
  const title = labelf("yearTitle", { year, measure: measureLabel(measure) });
  return (
    <>
      <Breadcrumb trail={[{ href: "/years", text: label("yearsTitle") }, { text: labelf("yearLink", { year }) }]} />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="text-sm text-stone-700">
        {label("unitNote")}
        {data.rows.some((r) => r.isDemo) && `。${label("countyDemoNote")}`}
      </p>
      <MeasureForm action={`/years/${year}`} measure={measure} />
      <RankingTable year={year} measure={measure} rows={data.rows} countyTotal={data.countyTotal} />
      <p className="text-sm">
        <a
          href={`/years/${year}/ranking.csv?measure=${measure}`}
          download
          data-testid="download-csv"
          className="text-blue-800 underline underline-offset-2"
        >
          {label("downloadCsv")}
          <span className="sr-only">{labelf("downloadCsvOf", { title })}</span>
        </a>
      </p>
    </>
  );
}
