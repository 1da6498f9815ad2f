import { HEADLINE_MEASURES } from "../../lib/disclosure/figures";
import { measureGroups } from "../../lib/compare/labels";
import type { Measure } from "../../lib/classification/measure";
import { label, measureLabel, type Lang } from "./labels";
import { SelectForm } from "./select-form";

/**
 * Choose the ranking measure (the chosen county kept in `hidden`): a headline figure, or one of
 * the year's function or economic 类 ("205 教育支出"); a 款 or 项 asked for by its address
 * stays listed while shown (lib/compare/labels.ts measureGroups).
 */
export function MeasureForm(props: { action: string; year: number; measure: Measure; hidden?: Record<string, string>; lang?: Lang }) {
  const { lang = "zh" } = props;
  const [headline, ...classes] = measureGroups(props.year, HEADLINE_MEASURES);
  const listed = [headline!, ...classes].some((g) => g.options.some((o) => o.value === props.measure));
  return (
    <SelectForm
      action={props.action}
      id="ranking-measure"
      name="measure"
      label={label("measureLabel", lang)}
      options={[
        ...HEADLINE_MEASURES.map((m) => ({ value: m, text: measureLabel(m, lang) })),
        ...(listed ? [] : [{ value: props.measure, text: measureLabel(props.measure, lang) }]),
      ]}
      groups={classes.map((g) => ({ label: g.label[lang], options: g.options.map((o) => ({ value: o.value, text: o.text[lang] })) }))}
      value={props.measure}
      submit={label("measureApply", lang)}
      hidden={props.hidden}
    />
  );
}
