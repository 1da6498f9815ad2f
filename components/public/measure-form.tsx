import { HEADLINE_MEASURES, type HeadlineMeasure } from "../../lib/disclosure/figures";
import { label, measureLabel, type Lang } from "./labels";
import { SelectForm } from "./select-form";

/** Choose the ranking measure (the chosen county kept in `hidden`). */
export function MeasureForm(props: { action: string; measure: HeadlineMeasure; hidden?: Record<string, string>; lang?: Lang }) {
  const { lang } = props;
  return (
    <SelectForm
      action={props.action}
      id="ranking-measure"
      name="measure"
      label={label("measureLabel", lang)}
      options={HEADLINE_MEASURES.map((m) => ({ value: m, text: measureLabel(m, lang) }))}
      value={props.measure}
      submit={label("measureApply", lang)}
      hidden={props.hidden}
    />
  );
}
