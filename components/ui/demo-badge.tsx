import { label, type Lang } from "../public/labels";

/** The label every invented record carries wherever it is shown (in English with the Chinese term kept). */
export function DemoBadge(props: { lang?: Lang }) {
  return (
    <span className="inline-block rounded border border-amber-700 bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900">
      {label("demoBadge", props.lang)}
    </span>
  );
}
