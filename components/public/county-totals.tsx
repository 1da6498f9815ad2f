import type { HeadlineMeasure, HeadlineTotals } from "../../lib/disclosure/figures";
import { formatWan } from "../../lib/money";
import { areaLabel, label, labelf, measureLabel, type Area, type Lang } from "./labels";

/** The five figures a citizen looks for first. */
export const HOME_MEASURES = ["total", "basic", "project", "sangongTotal", "operatingCosts"] as const satisfies readonly HeadlineMeasure[];

/** The county's (or the chosen county's, or all counties') totals for one year, as large figures. */
export function CountyTotals(props: {
  year: number;
  departments: number;
  area: Area;
  includesDemo: boolean;
  figures: HeadlineTotals;
  /** Per measure, departments that do not state it (未列示): not in the total. */
  notStated?: Readonly<Record<HeadlineMeasure, number>>;
  lang?: Lang;
}) {
  const { lang } = props;
  return (
    <section aria-labelledby="county-totals-title" className="mb-6">
      <h2 id="county-totals-title" className="mb-3 text-lg font-bold">
        {areaLabel("countyTotalsTitle", props.area, { year: props.year }, lang)}
      </h2>
      <dl data-testid="county-totals" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {HOME_MEASURES.map((m) => (
          <div key={m} className="rounded border border-stone-300 bg-white p-3">
            <dt className="text-sm text-stone-700">{measureLabel(m, lang)}</dt>
            <dd className="mt-1 text-xl font-bold tabular-nums text-stone-900" data-testid={`county-${m}`}>
              {formatWan(props.figures[m])}
              <span className="ml-1 text-xs font-normal text-stone-700">{label("unitWan", lang)}</span>
              {(props.notStated?.[m] ?? 0) > 0 && (
                <span className="block text-xs font-normal text-stone-700" data-testid={`county-${m}-not-stated`}>
                  {labelf("notStatedCount", { count: props.notStated![m] }, lang)}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-stone-700">
        {labelf("countyTotalsNote", { count: props.departments }, lang)}
        {props.includesDemo && label("countyDemoNote", lang)}
      </p>
    </section>
  );
}
