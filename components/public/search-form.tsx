import Link from "next/link";
import { label, type Lang } from "./labels";
import { MAX_QUERY_LENGTH } from "./url-params";

/**
 * A plain GET form (`?q=`): the server filters, so search works without JavaScript. The home page
 * searches its department list; the year view finds departments in its ranking (`labelText`, the
 * measure kept as a hidden field, `clearHref` back to the ranking).
 */
export function SearchForm(props: {
  query: string;
  action: string;
  lang?: Lang;
  labelText?: string;
  hidden?: Record<string, string>;
  clearHref?: string;
}) {
  const { lang } = props;
  return (
    <form method="get" action={props.action} role="search" className="my-3 flex flex-wrap items-end gap-2">
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="department-search" className="text-sm font-medium text-stone-800">
          {props.labelText ?? label("searchLabel", lang)}
        </label>
        <input
          id="department-search"
          type="search"
          name="q"
          defaultValue={props.query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          className="w-full max-w-sm rounded border border-stone-500 bg-white px-2 py-1.5"
        />
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 font-medium text-white hover:bg-brand-dark">
        {label("searchButton", lang)}
      </button>
      {props.query && (
        <Link href={props.clearHref ?? props.action} className="py-1.5 text-sm text-blue-800 underline underline-offset-2">
          {label("searchClear", lang)}
        </Link>
      )}
    </form>
  );
}
