import { CompareChart } from "./compare-chart";
import { CompareForm } from "./compare-form";
import { CompareNotices } from "./compare-notices";
import { CompareTable } from "./compare-table";
import { DownloadsShare } from "./downloads-share";
import type { Comparison } from "@/app/(public)/compare/load";
import { buildChartData } from "@/lib/compare/chart-data";
import { L, measureLabel } from "@/lib/compare/labels";

function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return "";
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? `${first}年` : `${first}—${last}年（${years.length}个年度）`;
}

/**
 * The public comparison of departments × years × one measure; the URL is the whole state. Shown by
 * the cached route app/(public)/compare/view/… for plain comparison addresses and by the dynamic
 * page /compare for searches (lib/compare/cached-view.ts decides which).
 */
export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { state, rows } = comparison;
  const measure = measureLabel(state.measure).zh;
  const hasTable = rows.length > 0;
  const title = `${measure}比较：${comparison.departments.length}个部门，${yearSpan(state.years)}`;

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">{L.pageTitle.zh}</h1>
      <p className="mb-4 text-stone-700">{L.intro.zh}</p>
      <CompareNotices notices={comparison.notices} />

      <section aria-labelledby="compare-criteria-heading">
        <h2 id="compare-criteria-heading" className="mb-2 text-xl font-semibold">
          {L.criteria.zh}
        </h2>
        <CompareForm
          state={state}
          q={comparison.q}
          departments={comparison.departments}
          matches={comparison.matches}
          availableYears={comparison.availableYears}
        />
      </section>

      <section aria-labelledby="compare-results-heading" className="mt-8">
        <h2 id="compare-results-heading" className="mb-2 text-xl font-semibold">
          {L.results.zh}：{measure}
        </h2>
        {hasTable ? (
          <CompareTable rows={rows} measure={state.measure} caption={`${title}（金额单位：万元）`} />
        ) : (
          <p className="text-stone-700">{L.chooseFirst.zh}</p>
        )}
      </section>

      {hasTable && (
        <section aria-labelledby="compare-chart-heading" className="mt-8">
          <h2 id="compare-chart-heading" className="mb-2 text-xl font-semibold">
            {L.chart.zh}
          </h2>
          <figure className="rounded bg-white p-2 shadow-sm sm:p-4" aria-labelledby="compare-chart-caption" data-testid="compare-chart">
            <figcaption id="compare-chart-caption" className="mb-2 text-sm text-stone-700">
              {`${state.chart === "bar" ? L.bar.zh : L.line.zh}：${title}（万元）。`}
              {L.chartNote.zh}
            </figcaption>
            <div className="min-h-[360px]">
              <CompareChart data={buildChartData(rows)} chart={state.chart} title={`${title}（万元）`} />
            </div>
          </figure>
        </section>
      )}

      <DownloadsShare state={state} hasTable={hasTable} />
    </>
  );
}
