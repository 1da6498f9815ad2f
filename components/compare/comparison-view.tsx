import type { Comparison } from "@/lib/compare/comparison";
import { buildChartData } from "@/lib/compare/chart-data";
import { L, fill, measureLabel, type Lang } from "@/lib/compare/labels";
import { isClassMeasure } from "@/lib/classification/measure";
import { CompareChart } from "./compare-chart";
import { CompareForm } from "./compare-form";
import { CompareNotices } from "./compare-notices";
import { CompareTable } from "./compare-table";
import { DownloadsShare } from "./downloads-share";

function yearSpan(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return "";
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? fill(L.oneYear[lang], { year: first }) : fill(L.yearRange[lang], { first, last, count: years.length });
}

/**
 * The public comparison of departments × years × one measure; the URL is the whole state. Shown by
 * the cached route app/[locale]/compare/view/… for plain comparison addresses and by the dynamic
 * page /compare for searches (lib/compare/cached-view.ts decides which), in the language of the
 * address (/en/compare… in English).
 */
export function ComparisonView({ comparison, lang = "zh" }: { comparison: Comparison; lang?: Lang }) {
  const { state, rows } = comparison;
  const measure = measureLabel(state.measure)[lang];
  const hasTable = rows.length > 0;
  const title = fill(L.titleOf[lang], { measure, count: comparison.departments.length, years: yearSpan(state.years, lang) });

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{L.pageTitle[lang]}</h1>
      <p className="mb-4 text-stone-700">{L.intro[lang]}</p>
      <CompareNotices notices={comparison.notices} lang={lang} />

      <section aria-labelledby="compare-criteria-heading">
        <h2 id="compare-criteria-heading" className="mb-2 text-xl font-semibold">
          {L.criteria[lang]}
        </h2>
        <CompareForm
          state={state}
          q={comparison.q}
          departments={comparison.departments}
          matches={comparison.matches}
          availableYears={comparison.availableYears}
          lang={lang}
        />
      </section>

      <section aria-labelledby="compare-results-heading" className="mt-8">
        <h2 id="compare-results-heading" className="mb-2 text-xl font-semibold">
          {L.results[lang]}
          {L.listSeparator[lang]}
          {measure}
        </h2>
        {hasTable && isClassMeasure(state.measure) && (
          <p className="mb-2 text-sm text-stone-700" data-testid="class-note">
            {L.classNote[lang]}
          </p>
        )}
        {hasTable ? (
          <CompareTable rows={rows} measure={state.measure} caption={`${title}${L.captionUnit[lang]}`} lang={lang} />
        ) : (
          <p className="text-stone-700">{L.chooseFirst[lang]}</p>
        )}
      </section>

      {hasTable && (
        <section aria-labelledby="compare-chart-heading" className="mt-8">
          <h2 id="compare-chart-heading" className="mb-2 text-xl font-semibold">
            {L.chart[lang]}
          </h2>
          <figure className="rounded bg-white p-2 shadow-sm sm:p-4" aria-labelledby="compare-chart-caption" data-testid="compare-chart">
            <figcaption id="compare-chart-caption" className="mb-2 text-sm text-stone-700">
              {`${state.chart === "bar" ? L.bar[lang] : L.line[lang]}${L.listSeparator[lang]}${title}${L.unitSuffix[lang]}${L.sentenceEnd[lang]}`}
              {L.chartNote[lang]}
            </figcaption>
            <div className="min-h-[360px]">
              <CompareChart data={buildChartData(rows)} chart={state.chart} title={`${title}${L.unitSuffix[lang]}`} lang={lang} />
            </div>
          </figure>
        </section>
      )}

      <DownloadsShare state={state} hasTable={hasTable} lang={lang} />
    </>
  );
}
