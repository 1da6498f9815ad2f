import { HEADLINE_MEASURES, type HeadlineMeasure } from "../../lib/disclosure/figures";
import { label, measureLabel, type Lang } from "./labels";

/** Choose the ranking measure: a GET form, so it works without JavaScript. */
export function MeasureForm(props: { action: string; measure: HeadlineMeasure; lang?: Lang }) {
  const { lang } = props;
  return (
    <form method="get" action={props.action} className="my-3 flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="ranking-measure" className="text-sm font-medium text-stone-800">
          {label("measureLabel", lang)}
        </label>
        <select
          id="ranking-measure"
          name="measure"
          defaultValue={props.measure}
          className="rounded border border-stone-500 bg-white px-2 py-1.5"
        >
          {HEADLINE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {measureLabel(m, lang)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 font-medium text-white hover:bg-brand-dark">
        {label("measureApply", lang)}
      </button>
    </form>
  );
}
