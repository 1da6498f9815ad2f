import { label, type Lang } from "../public/labels";

/**
 * The label every invented record carries wherever it is shown (in English with the Chinese term
 * kept); styled by .demo-badge in app/globals.css.
 */
export function DemoBadge(props: { lang?: Lang }) {
  return (
    <span className="demo-badge">
      {label("demoBadge", props.lang)}
    </span>
  );
}
