import type { CountyYear } from "../../db/queries/public-stats";
import { ChartFigure } from "./chart-figure";
import { HOME_MEASURES } from "./county-totals";
import { areaLabel, label, type Area, type Lang } from "./labels";
import { TrendDataTable } from "./trend-data-table";
import { trendChart } from "./trend-tables";

const CHART_MEASURES = ["total", "basic", "project"] as const;

/**
 * The county totals over the years: a small chart of the three expenditure lines, every figure in
 * the table. It is in the home page's first screen, so it is drawn on the server (no chart code to
 * download); the department and comparison charts further down a page are interactive.
 */
export function CountyTrend(props: { years: readonly CountyYear[]; area: Area; includesDemo: boolean; lang?: Lang }) {
  const { lang, years, area } = props;
  const title = areaLabel("countyTrendTitle", area, {}, lang);
  const counts = new Map(years.map((y) => [y.year, y.departments]));
  return (
    <ChartFigure
      id="county-trend"
      title={title}
      level={2}
      isDemo={props.includesDemo}
      lang={lang}
      note={label("singleYearNote", lang)}
      drawn="server"
      chart={trendChart(years, CHART_MEASURES, title, lang)}
    >
      <TrendDataTable
        caption={areaLabel("countyTrendTable", area, {}, lang)}
        points={years}
        measures={HOME_MEASURES}
        testId="county-trend-table"
        extra={{ header: label("colDepartments", lang), cell: (year) => counts.get(year) ?? 0 }}
        lang={lang}
      />
    </ChartFigure>
  );
}
