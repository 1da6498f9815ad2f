import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listFiscalYears } from "@/db/queries/drafts";
import { boardOfRegion } from "@/db/queries/review";
import { requireUser } from "@/lib/auth/guards";
import { canReviewRegion } from "@/lib/auth/permissions";
import { chinaToday } from "@/lib/deadline";
import { BoardTable } from "@/components/review/board-table";
import { BulkPanel } from "@/components/review/bulk-panel";
import { BOARD_FILTERS, boardSummary, filterBoard, parseFilter, withDeadlines } from "@/components/review/board-filter";
import { NoAccess, inputClass, labelClass, linkClass, panelClass, secondaryButtonClass } from "@/components/review/form-parts";
import { ReviewQueue, queueOf } from "@/components/review/review-queue";
import { approvalDateAction, bulkAction } from "./actions";

export const metadata: Metadata = { title: "审核" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The reviewer's board: every department of the region for a year, late ones first to the eye. */
export default async function ReviewBoardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/review");
  const regionId = user.regionId;
  if (regionId === null || !canReviewRegion(user, regionId)) return <NoAccess />;
  const params = await searchParams;
  const db = await getDb();
  const years = await listFiscalYears(db);
  if (years.length === 0) return <p>尚未开放任何预算年度。</p>;
  const requested = Number(one(params.year));
  const year = years.includes(requested) ? requested : years.at(-1)!;
  const filter = parseFilter(one(params.status));
  const query = one(params.q).slice(0, 50);
  const today = chinaToday();
  // The queue spans every year: a correction of last year waits as much as this year's first version.
  const boards = await Promise.all(years.map(async (y) => ({ year: y, rows: await boardOfRegion(db, regionId, y) })));
  const entries = withDeadlines(boards.find((b) => b.year === year)?.rows ?? [], today);
  const shown = filterBoard(entries, filter, query);
  const summary = boardSummary(entries);

  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">审核工作台</h1>
      <ReviewQueue items={queueOf(boards)} today={today} />

      <section aria-labelledby="board-title" className={panelClass}>
        <h2 id="board-title" className="text-lg font-semibold">
          {year}年各部门公开进度
        </h2>
        <dl className="my-3 flex flex-wrap gap-x-6 gap-y-1 text-sm" data-testid="board-summary">
          <div className="flex gap-1">
            <dt>待审核</dt>
            <dd className="font-semibold" data-testid="summary-submitted">{summary.submitted}</dd>
          </div>
          <div className="flex gap-1">
            <dt>已公开</dt>
            <dd className="font-semibold" data-testid="summary-published">
              {summary.published}/{summary.total}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>逾期未公开</dt>
            <dd className={`font-semibold ${summary.late > 0 ? "text-red-800" : ""}`} data-testid="summary-late">
              {summary.late}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>今日</dt>
            <dd>{today}</dd>
          </div>
        </dl>

        <form method="get" action="/review" role="search" aria-label="筛选部门" className="mb-4 flex flex-wrap items-end gap-3">
          <label className={labelClass}>
            年度
            <select name="year" defaultValue={String(year)} className={inputClass}>
              {[...years].reverse().map((y) => (
                <option key={y} value={y}>
                  {y}年
                </option>
              ))}
            </select>
          </label>
          <label className={labelClass}>
            状态
            <select name="status" defaultValue={filter} className={inputClass}>
              {BOARD_FILTERS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <label className={labelClass}>
            部门名称或编码
            <input type="search" name="q" defaultValue={query} maxLength={50} className={inputClass} />
          </label>
          <button type="submit" className={secondaryButtonClass}>
            筛选
          </button>
          {(filter !== "all" || query) && (
            <Link href={`/review?year=${year}`} className={`${linkClass} text-sm`}>
              清除筛选
            </Link>
          )}
        </form>

        <p className="mb-2 text-sm text-stone-700" aria-live="polite">
          显示 {shown.length} / {entries.length} 个部门。公开期限为批复后20日；“已逾期未公开”的行以浅红色标出。
        </p>
        {/* Always mounted: after a bulk approval the filtered rows may be gone, its per-department results must stay. */}
        <BulkPanel action={bulkAction} year={year} />
        {shown.length === 0 ? (
          <p>没有符合条件的部门。</p>
        ) : (
          <BoardTable entries={shown} year={year} approvalDateAction={approvalDateAction} />
        )}
      </section>
    </>
  );
}
