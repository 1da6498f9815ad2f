import { L, noticeText, type Lang } from "@/lib/compare/labels";
import type { Notice } from "@/lib/compare/state";

/** What the URL asked for that the page could not show, and what it showed instead. */
export function CompareNotices(props: { notices: readonly Notice[]; lang?: Lang }) {
  const { lang = "zh" } = props;
  if (props.notices.length === 0) return null;
  return (
    <div className="mb-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950" data-testid="compare-notices">
      <h2 className="font-semibold">{L.notices[lang]}</h2>
      <ul className="mt-1 list-disc pl-5">
        {props.notices.map((n, i) => (
          <li key={`${n.kind}-${i}`}>{noticeText(n)[lang]}</li>
        ))}
      </ul>
    </div>
  );
}
