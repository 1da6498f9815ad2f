/**
 * A choice of one value that reloads the page with it: a GET form with a select and a button, so
 * it works without JavaScript. The year view's measure and the county of a province-wide platform.
 * `hidden` carries what else the address holds (the measure, a search).
 */
export function SelectForm(props: {
  action: string;
  id: string;
  name: string;
  label: string;
  options: readonly { value: string; text: string }[];
  /** Further options in labelled groups (<optgroup>), after `options`. */
  groups?: readonly { label: string; options: readonly { value: string; text: string }[] }[];
  value: string;
  submit: string;
  hidden?: Record<string, string>;
  testId?: string;
}) {
  return (
    <form method="get" action={props.action} className="my-3 flex flex-wrap items-end gap-2" data-testid={props.testId}>
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-1">
        <label htmlFor={props.id} className="text-sm font-medium text-stone-800">
          {props.label}
        </label>
        <select id={props.id} name={props.name} defaultValue={props.value} className="max-w-full rounded border border-stone-500 bg-white px-2 py-1.5">
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
          {props.groups?.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.text}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 font-medium text-white hover:bg-brand-dark">
        {props.submit}
      </button>
    </form>
  );
}
