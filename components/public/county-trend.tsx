import type { CountyYear } from "../../db/queries/public-stats";
import { ChartFigure } from "./chart-figure";
import { HOME_MEASURES } from "./county-totals";
import { label, labelf, measureLabel, type Lang } from "./labels";
import { TrendDataTable } from "./trend-data-table";
import { chartRows, trendSummary } from "./trend-tables";

const CHART_MEASURES = ["total", "basic", "project"] as const;

/** The county totals over the years: a small chart of the three expenditure lines, every figure in the table. */
export function CountyTrend(props: { years: readonly CountyYear[]; includesDemo: boolean; lang?: Lang }) {
  const { lang, years } = props;
  const title = label("countyTrendTitle", lang);
  const counts = new Map(years.map((y) => [y.year, y.departments]));
  return (
    <ChartFigure
      id="county-trend"
      title={title}
      level={2}
      isDemo={props.includesDemo}
      lang={lang}
      note={label("singleYearNote", lang)}
      chart={
        years.length > 1
          ? {
              rows: chartRows(years, CHART_MEASURES),
              series: CHART_MEASURES.map((m) => ({ key: m, name: measureLabel(m, lang) })),
              unit: label("unitWan", lang),
              summary: labelf(
                "chartSummary",
                {
                  title,
                  from: years[0]!.year,
                  to: years.at(-1)!.year,
                  summary: trendSummary(years, CHART_MEASURES, lang),
                },
                lang,
              ),
            }
          : null
      }
    >
      <TrendDataTable
        caption={label("countyTrendTable", lang)}
        points={years}
        measures={HOME_MEASURES}
        testId="county-trend-table"
        extra={{ header: label("colDepartments", lang), cell: (year) => counts.get(year) ?? 0 }}
        lang={lang}
      />
    </ChartFigure>
  );
}
