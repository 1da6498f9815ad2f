import { notFound } from "next/navigation";
import Link from "next/link";
import { RANKING_MATCHES, type RankingMatch } from "@/db/queries/public-stats";
import { keptRankingPage, keptRankingSearch } from "@/lib/public-queries";
import { Breadcrumb } from "@/components/public/breadcrumb";
import { label, labelf, measureLabel, type Lang } from "@/components/public/labels";
import { CountyChoice, countyParams, countyScope, scopeArea } from "@/components/public/county-choice";
import { localePath } from "@/lib/lang-paths";
import { MeasureForm } from "@/components/public/measure-form";
import { Pager } from "@/components/public/pager";
import { RankedCells, RankedHeadings, RankingTable } from "@/components/public/ranking-table";
import { rankAnchor } from "@/components/public/rank-anchor";
import { ScrollTable } from "@/components/ui/scroll-table";
import { SearchForm } from "@/components/public/search-form";
import { isClassMeasure, type Measure } from "@/lib/classification/measure";

/**
 * The address of one page of the year view; the cached route answers it (lib/cached-routes.ts),
 * the dynamic page when it names a county (`kept`: countyParams).
 */
export function yearViewHref(year: number, measure: Measure, page: number, lang: Lang, kept: Record<string, string> = {}): string {
  return localePath(`/years/${year}?${new URLSearchParams({ ...kept, measure, page: String(page) })}`, lang);
}

export function yearViewTitle(year: number, measure: Measure, lang: Lang): string {
  return labelf("yearTitle", { year, measure: measureLabel(measure, lang) }, lang);
}

/**
 * The year view: every department that published for `year`, ranked by `measure`, 100 per page,
 * with ranks, shares and the county total over the whole year; the CSV holds the whole ranking.
 * A search (`query`, from ?q=) lists the matching departments with their rank and a link to their
 * row on its page. Shown by the cached route app/[locale]/years/[year]/view/[measure]/[page] for
 * the addresses the portal links to, and by the dynamic page /years/[year] for a search and
 * anything else. Not found when nothing was published for the year.
 */
export async function YearView({
  year,
  measure,
  page,
  query = "",
  countyCode = "",
  refused = null,
  lang = "zh",
}: {
  year: number;
  measure: Measure;
  page: number;
  query?: string;
  /** The county chosen on a province-wide platform (?county=); "" for all. */
  countyCode?: string;
  /** Why the measure asked for was refused (an unknown class: url-params measureChoice). */
  refused?: string | null;
  lang?: Lang;
}) {
  const scope = await countyScope(countyCode);
  const regionId = scope.chosen?.id ?? null;
  const ranking = await keptRankingPage({ year, measure, page, regionId });
  // A year with publications is shown even when none is ranked (a class the year has no code for, or nobody states the figure).
  if (ranking.count + ranking.notStated + ranking.classAbsent === 0 && !scope.chosen) notFound();
  const found = query ? await keptRankingSearch({ year, measure, query, regionId }) : null;
  const area = scopeArea(scope, ranking.counties);
  const kept = countyParams(scope);
  const href = (p: number) => yearViewHref(year, measure, p, lang, kept);
  const title = scope.chosen
    ? labelf("yearTitleOf", { year, county: scope.chosen.name, measure: measureLabel(measure, lang) }, lang)
    : yearViewTitle(year, measure, lang);
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
      {!scope.chosen && ranking.count > 0 && (
        <p className="mt-1 text-sm">
          <Link href={localePath(`/years/${year}/spending`, lang)} className="text-blue-800 underline underline-offset-2" data-testid="year-spending-link">
            {labelf("spendingCountyLink", { year }, lang)}
          </Link>
        </p>
      )}
      {refused && (
        <p className="my-3 rounded border border-amber-600 bg-amber-50 p-3" role="status" data-testid="measure-refused">
          {refused}
        </p>
      )}
      {isClassMeasure(measure) && (
        <p className="mt-1 text-sm text-stone-700" data-testid="class-note">
          {label("rankingClassNote", lang)}
          {ranking.classAbsent > 0 && labelf("rankingClassAbsent", { count: ranking.classAbsent, year }, lang)}
          {ranking.notStated > 0 && labelf("rankingClassNotStated", { count: ranking.notStated, year }, lang)}
        </p>
      )}
      <CountyChoice scope={scope} action={localePath(`/years/${year}`, lang)} hidden={{ measure }} lang={lang} />
      <MeasureForm action={localePath(`/years/${year}`, lang)} year={year} measure={measure} hidden={kept} lang={lang} />
      <SearchForm
        query={query}
        action={localePath(`/years/${year}`, lang)}
        labelText={label("rankingSearchLabel", lang)}
        hidden={{ ...kept, measure }}
        clearHref={href(1)}
        lang={lang}
      />
      {found && <RankingMatches query={query} total={found.total} matches={found.matches} year={year} measure={measure} href={href} lang={lang} />}
      {ranking.count === 0 ? (
        <p className="my-4" role="status" data-testid="ranking-empty">
          {label(ranking.notStated + ranking.classAbsent > 0 ? "noneRanked" : "noDepartments", lang)}
        </p>
      ) : (
        <RankingTable year={year} measure={measure} rows={ranking.rows} countyTotal={ranking.countyTotal} largest={ranking.largest} area={area} lang={lang} />
      )}
      {/* A class's departments without budget tables are counted in its note above. */}
      {!isClassMeasure(measure) && ranking.notStated > 0 && (
        <p className="my-2 text-sm text-stone-700" data-testid="ranking-not-stated">
          {labelf("rankingNotStated", { count: ranking.notStated }, lang)}
        </p>
      )}
      <Pager
        page={ranking.page}
        pageCount={ranking.pageCount}
        total={ranking.count}
        href={href}
        name={label("rankingPagesNav", lang)}
        testId="ranking-pages"
        lang={lang}
      />
      {ranking.count > 0 && (
        <p className="mt-4 text-sm">
          <a
            href={`/years/${year}/ranking.csv?${new URLSearchParams({ measure, ...kept })}`}
            download
            data-testid="download-csv"
            className="text-blue-800 underline underline-offset-2"
          >
            {label("downloadCsv", lang)}
            <span className="sr-only">{labelf("downloadCsvOf", { title }, lang)}</span>
          </a>
        </p>
      )}
    </>
  );
}

/** The departments a search of the year view found: rank, figure, and a link to their row. */
function RankingMatches(props: {
  query: string;
  year: number;
  measure: Measure;
  total: number;
  matches: RankingMatch[];
  /** The address of a page of the ranking. */
  href: (page: number) => string;
  lang: Lang;
}) {
  const { query, year, measure, lang } = props;
  const link = "text-blue-800 underline underline-offset-2";
  if (props.total === 0) {
    return (
      <p className="mb-4" role="status" data-testid="ranking-matches">
        {labelf("noMatches", { q: query }, lang)}
      </p>
    );
  }
  const caption = labelf("rankingMatchesTable", { q: query, year, measure: measureLabel(measure, lang) }, lang);
  return (
    <section className="mb-6" data-testid="ranking-matches">
      <p className="text-sm text-stone-700" role="status">
        {labelf("searchResult", { q: query, count: props.total }, lang)}
        {props.total > RANKING_MATCHES && labelf("rankingMatchesFirst", { shown: RANKING_MATCHES }, lang)}
      </p>
      <ScrollTable label={labelf("scrollTable", { name: caption }, lang)}>
        <table className="doc-table bg-white">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <RankedHeadings measure={measure} lang={lang} />
              <th scope="col">{label("colRankingPage", lang)}</th>
            </tr>
          </thead>
          <tbody>
            {props.matches.map((m) => (
              <tr key={m.ref} data-testid="ranking-match" data-code={m.code}>
                <RankedCells row={m} year={year} lang={lang} />
                <td>
                  <Link href={`${props.href(m.page)}#${rankAnchor(m.ref)}`} className={link}>
                    {labelf("rankingPageLink", { page: m.page }, lang)}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
