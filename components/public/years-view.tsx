import Link from "next/link";
import { keptCountyTotals } from "@/lib/public-queries";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { CountyChoice, countyParams, countyScope } from "@/components/public/county-choice";
import { HOME_MEASURES } from "@/components/public/county-totals";
import { label, labelf, measureLabel, type Lang } from "@/components/public/labels";
import { localePath } from "@/lib/lang-paths";
import { ScrollTable } from "@/components/ui/scroll-table";
import { formatWan } from "@/lib/money";

/**
 * The years (/years): the totals per year, each linking to its year view; on a province-wide
 * platform, of every county or of the one chosen (`countyCode`, ?county=), kept in the links.
 * Shown by the cached route app/[locale]/years/list/[page] for /years, and by the dynamic page
 * app/[locale]/years/page.tsx for a chosen county (lib/cached-routes.ts decides which).
 */
export async function YearsView({ countyCode = "", lang = "zh" }: { countyCode?: string; lang?: Lang }) {
  const scope = await countyScope(countyCode);
  const years = (await keptCountyTotals(scope.chosen?.id ?? null)).toReversed();
  const kept = new URLSearchParams(countyParams(scope)).toString();
  const title = scope.chosen ? labelf("yearsTitleOf", { county: scope.chosen.name }, lang) : label("yearsTitle", lang);
  const caption = label("yearsTable", lang);
  return (
    <>
      <Breadcrumb trail={[{ text: title }]} lang={lang} />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <div className="mb-4">
        <p className="text-stone-700">{label("yearsIntro", lang)}</p>
        <CountyChoice scope={scope} action={localePath("/years", lang)} lang={lang} />
      </div>
      {years.length === 0 ? (
        <p>{label("noDepartments", lang)}</p>
      ) : (
        <ScrollTable label={labelf("scrollTable", { name: caption }, lang)}>
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
                    <Link href={localePath(`/years/${y.year}${kept ? `?${kept}` : ""}`, lang)} className="text-blue-800 underline underline-offset-2">
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
