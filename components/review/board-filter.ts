/**
 * The review board's pure part: each department's deadline, the status filters of the GET form,
 * the name/code search and the summary counts. Kept apart from the page so it is unit-tested.
 */
import type { BoardRow } from "@/db/queries/review";
import { deadlineStatus, type Deadline } from "@/lib/deadline";
import { formatChinaDate } from "./format";

export const BOARD_FILTERS = [
  { value: "all", label: "全部" },
  { value: "submitted", label: "待审核" },
  { value: "returned", label: "已退回" },
  { value: "published", label: "已公开" },
  { value: "unsubmitted", label: "未提交" },
  { value: "late", label: "逾期" },
] as const;

export type BoardFilter = (typeof BOARD_FILTERS)[number]["value"];

export function parseFilter(value: string | undefined): BoardFilter {
  return BOARD_FILTERS.find((f) => f.value === value)?.value ?? "all";
}

export interface BoardEntry extends BoardRow {
  deadline: Deadline;
}

export function withDeadlines(rows: readonly BoardRow[], today: string): BoardEntry[] {
  return rows.map((row) => ({
    ...row,
    deadline: deadlineStatus(row.approvalDate, row.publishedAt ? formatChinaDate(row.publishedAt) : null, today),
  }));
}

function matches(entry: BoardEntry, filter: BoardFilter): boolean {
  switch (filter) {
    case "all":
      return true;
    case "submitted":
    case "returned":
      return entry.status === filter;
    case "published":
      return entry.publishedAt !== null;
    case "unsubmitted":
      // Nothing in front of the reviewer yet: no version, or a first draft never submitted.
      return entry.publishedAt === null && (entry.status === null || entry.status === "draft");
    case "late":
      return entry.deadline.state === "late";
  }
}

export function filterBoard(entries: readonly BoardEntry[], filter: BoardFilter, query: string): BoardEntry[] {
  const q = query.trim().toLowerCase();
  return entries.filter(
    (e) => matches(e, filter) && (q === "" || e.code.toLowerCase().includes(q) || e.name.toLowerCase().includes(q)),
  );
}

export interface BoardSummary {
  submitted: number;
  published: number;
  total: number;
  late: number;
}

export function boardSummary(entries: readonly BoardEntry[]): BoardSummary {
  return {
    submitted: entries.filter((e) => matches(e, "submitted")).length,
    published: entries.filter((e) => matches(e, "published")).length,
    total: entries.length,
    late: entries.filter((e) => matches(e, "late")).length,
  };
}

/** "剩余 3 天" / "逾期 2 天" / "按时" for the board's deadline cell. */
export function daysText(deadline: Deadline): string | null {
  if (deadline.daysLeft === null) return null;
  switch (deadline.state) {
    case "late":
      return `已逾期 ${-deadline.daysLeft} 天`;
    case "published-late":
      return `晚于期限 ${-deadline.daysLeft} 天公开`;
    case "published-on-time":
      return null;
    default:
      return deadline.daysLeft === 0 ? "今日到期" : `剩余 ${deadline.daysLeft} 天`;
  }
}
