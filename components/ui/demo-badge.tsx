import type { Lang } from "@/lib/lang-paths";
import { clientLabel } from "../public/client-labels";

/**
 * The label every invented record carries wherever it is shown (in English with the Chinese term
 * kept); styled by .demo-badge in app/globals.css. Shown by browser modules too (the comparison's
 * department search): its text comes from the light client-labels.ts.
 */
export function DemoBadge(props: { lang?: Lang }) {
  return <span className="demo-badge">{clientLabel("demoBadge", props.lang)}</span>;
}
