import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getDb } from "@/db";
import { countyTotalsByYear } from "@/db/queries/public-stats";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { HOME_MEASURES } from "@/components/public/county-totals";
import { label, labelf, measureLabel } from "@/components/public/labels";
import { ScrollTable } from "@/components/public/scroll-table";
import { formatWan } from "@/lib/money";

export const metadata: Metadata = { title: label("yearsTitle") };

export default async function YearsPage() {
  await connection(); // read at request time, never at build time
  const years = (await countyTotalsByYear(await getDb())).toReversed();
  const caption = label("yearsTable");
  return (
    <>
      <Breadcrumb trail={[{ text: label("yearsTitle") }]} />
      <h1 className="mb-2 text-2xl font-bold">{label("yearsTitle")}</h1>
      <p className="mb-4 text-stone-700">{label("yearsIntro")}</p>
      {years.length === 0 ? (
        <p>{label("noDepartments")}</p>
      ) : (
        <ScrollTable label={labelf("scrollTable", { name: caption })} minWidth="min-w-[40rem]">
          <table className="doc-table bg-white" data-testid="years-table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{label("colYear")}</th>
                <th scope="col">{label("colDepartments")}</th>
                {HOME_MEASURES.map((m) => (
                  <th scope="col" key={m}>
                    {measureLabel(m)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year} data-testid="year-row">
                  <th scope="row" className="bg-white font-normal">
                    <Link href={`/years/${y.year}`} className="text-blue-800 underline underline-offset-2">
                      {labelf("yearLink", { year: y.year })}
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
        {label("unitNote")}
        {years.some((y) => y.includesDemo) && `。${label("countyDemoNote")}`}
      </p>
    </>
  );
}
