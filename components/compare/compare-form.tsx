import type { DepartmentMatch } from "@/lib/compare/table";
import { localePath } from "@/lib/lang-paths";
import { FORM_MARKER } from "@/lib/compare/cached-view";
import { L, fill, measureGroups, measureLabel, type Lang } from "@/lib/compare/labels";
import { CHART_TYPES, type CompareState } from "@/lib/compare/state";
import type { CompareDepartment } from "@/lib/compare/table";
import { HEADLINE_MEASURES } from "@/lib/disclosure/measures";
import { DepartmentSearchField } from "./department-search-field";
import { SearchResults, SelectedDepartments } from "./department-picker";

/**
 * The comparison's controls as one GET form on /compare: it works without JavaScript (search,
 * add and remove are links and submissions that rewrite the URL), and the URL is the only state.
 */
export function CompareForm(props: {
  state: CompareState;
  q: string;
  departments: readonly CompareDepartment[];
  matches: readonly DepartmentMatch[];
  availableYears: readonly number[];
  lang?: Lang;
}) {
  const { state, lang = "zh" } = props;
  return (
    <form method="get" action={localePath("/compare", lang)} className="space-y-5 rounded bg-white p-4 shadow-sm" data-testid="compare-form">
      {state.departments.length > 0 && <input type="hidden" name="departments" value={state.departments.join(",")} />}
      {/* Sends the submission to the dynamic page, which redirects it to the canonical address. */}
      <input type="hidden" name={FORM_MARKER} value="1" />

      <div>
        <h3 className="mb-2 font-semibold">{L.selected[lang]}</h3>
        <SelectedDepartments state={state} departments={props.departments} q={props.q} lang={lang} />
      </div>

      <div>
        <h3 className="mb-2 font-semibold">{L.addDepartments[lang]}</h3>
        <DepartmentSearchField state={state} defaultValue={props.q} lang={lang} />
        <SearchResults state={state} matches={props.matches} q={props.q} lang={lang} />
      </div>

      <fieldset>
        <legend className="font-semibold">{L.years[lang]}</legend>
        {props.availableYears.length === 0 ? (
          <p className="text-stone-700">{L.noYears[lang]}</p>
        ) : (
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
            {props.availableYears.map((year) => (
              <label key={year} className="inline-flex items-center gap-1.5">
                <input type="checkbox" name="years" value={year} defaultChecked={state.years.includes(year)} className="size-4" />
                {fill(L.yearOption[lang], { year })}
              </label>
            ))}
          </div>
        )}
      </fieldset>

      <div className="flex flex-wrap gap-6">
        <div>
          <label htmlFor="compare-measure" className="block font-semibold">
            {L.measure[lang]}
          </label>
          <select
            id="compare-measure"
            name="measure"
            defaultValue={state.measure}
            className="mt-1 max-w-full rounded border border-stone-500 bg-white px-2 py-1.5"
          >
            {measureGroups(pickerYear(state.years, props.availableYears), HEADLINE_MEASURES).map((group, g) => (
              <optgroup key={g} label={group.label[lang]}>
                {group.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text[lang]}
                  </option>
                ))}
                {/* A 项 chosen through the address is kept selectable. */}
                {g === 0 && !groupsHold(state.measure, props) && <option value={state.measure}>{measureLabel(state.measure)[lang]}</option>}
              </optgroup>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="font-semibold">{L.chartType[lang]}</legend>
          <div className="mt-1 flex gap-4">
            {CHART_TYPES.map((chart) => (
              <label key={chart} className="inline-flex items-center gap-1.5">
                <input type="radio" name="chart" value={chart} defaultChecked={state.chart === chart} className="size-4" />
                {L[chart][lang]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-dark">
        {L.submit[lang]}
      </button>
    </form>
  );
}

/** The classes offered are the latest selected year's (else the latest published year's). */
function pickerYear(years: readonly number[], available: readonly number[]): number {
  return years.at(-1) ?? available.at(-1) ?? new Date().getFullYear();
}

function groupsHold(measure: string, props: { state: CompareState; availableYears: readonly number[] }): boolean {
  return measureGroups(pickerYear(props.state.years, props.availableYears), HEADLINE_MEASURES).some((g) => g.options.some((o) => o.value === measure));
}
