import type { DepartmentTrend } from "../../db/queries/public-stats";
import { ChartFigure } from "./chart-figure";
import { label, labelf, type Lang } from "./labels";
import { TrendDataTable } from "./trend-data-table";
import { TREND_TABLE_KEYS, TREND_TABLES, trendChart } from "./trend-tables";

/** One chart per trend table, each with its table and its CSV. */
export function DepartmentTrends(props: { trend: DepartmentTrend; lang?: Lang }) {
  const { trend, lang } = props;
  const points = trend.years;
  const demo = trend.isDemo ? label("demoTitleSuffix", lang) : "";
  return (
    <section aria-labelledby="trends-title" className="mt-8">
      <h2 id="trends-title" className="text-lg font-bold">
        {label("trendsTitle", lang)}
      </h2>
      {TREND_TABLE_KEYS.map((key) => {
        const { title: titleKey, measures } = TREND_TABLES[key];
        const title = label(titleKey, lang);
        return (
          <ChartFigure
            key={key}
            id={`trend-${key}`}
            title={title}
            level={3}
            isDemo={trend.isDemo}
            lang={lang}
            note={label("singleYearNote", lang)}
            chart={trendChart(points, measures, `${trend.name}${title}${demo}`, lang)}
          >
            <TrendDataTable
              caption={`${trend.name}${labelf("trendTable", { title }, lang)}${demo}`}
              points={points}
              measures={measures}
              testId={`trend-table-${key}`}
              regionTestId="department-trend-table"
              lang={lang}
            />
            <p className="text-sm">
              <a
                href={`/departments/${trend.ref}/trend.csv?table=${key}`}
                download
                data-testid="download-csv"
                className="text-blue-800 underline underline-offset-2"
              >
                {label("downloadCsv", lang)}
                <span className="sr-only">{labelf("downloadCsvOf", { title: `${trend.name}${title}` }, lang)}</span>
              </a>
            </p>
          </ChartFigure>
        );
      })}
    </section>
  );
}
