/** 待审核: every submitted version of the region, oldest submission first. */
import Link from "next/link";
import { DemoBadge } from "@/components/ui/demo-badge";
import type { BoardRow } from "@/db/queries/review";
import { formatChinaDate, formatDateTime, isoOf } from "./format";
import { linkClass, panelClass } from "./form-parts";

export interface QueueItem extends BoardRow {
  year: number;
}

const DAY = 86_400_000;

export function queueOf(boards: readonly { year: number; rows: readonly BoardRow[] }[]): QueueItem[] {
  return boards
    .flatMap(({ year, rows }) => rows.filter((r) => r.status === "submitted" && r.versionId !== null).map((r) => ({ ...r, year })))
    .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
}

export function ReviewQueue({ items, today }: { items: readonly QueueItem[]; today: string }) {
  return (
    <section aria-labelledby="queue-title" data-testid="review-queue" className={panelClass}>
      <h2 id="queue-title" className="text-lg font-semibold">
        待审核（{items.length}）
      </h2>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-stone-700">目前没有待审核的公开文件。</p>
      ) : (
        <ol className="mt-2 list-none space-y-1">
          {items.map((item) => {
            const waited = item.submittedAt
              ? Math.round((Date.parse(today) - Date.parse(formatChinaDate(item.submittedAt))) / DAY)
              : null;
            return (
              <li key={item.versionId} data-testid="queue-item" data-code={item.code} className="flex flex-wrap items-baseline gap-x-3">
                <Link href={`/review/${item.versionId}`} className={linkClass}>
                  {item.code} {item.name} · {item.year}年 · 第{item.versionNo}版
                </Link>
                {item.isDemo && <DemoBadge />}
                {item.submittedAt && (
                  <span className="text-sm text-stone-700">
                    提交于 <time dateTime={isoOf(item.submittedAt)}>{formatDateTime(item.submittedAt)}</time>
                    {waited !== null && waited > 0 && `（已等待 ${waited} 天）`}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
