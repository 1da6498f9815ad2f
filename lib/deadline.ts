/**
 * The publication deadline: a department publishes within 20 days of the finance bureau's
 * approval (批复) of its budget. Dates are calendar dates (YYYY-MM-DD) in China's time zone.
 */
export const PUBLICATION_DAYS = 20;
/** Days left at which the board starts warning. */
export const DUE_SOON_DAYS = 5;

export type DeadlineState = "no-approval-date" | "published-on-time" | "published-late" | "on-time" | "due-soon" | "late";

const DAY = 86_400_000;

function toDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

/** Today's calendar date in China (UTC+8), whatever the server's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function deadlineOf(approvalDate: string): string {
  return new Date((toDay(approvalDate) + PUBLICATION_DAYS) * DAY).toISOString().slice(0, 10);
}

export interface Deadline {
  state: DeadlineState;
  deadline: string | null;
  /** Days until the deadline (negative when past); null without an approval date. */
  daysLeft: number | null;
}

export function deadlineStatus(approvalDate: string | null, publishedOn: string | null, today: string): Deadline {
  if (!approvalDate) return { state: "no-approval-date", deadline: null, daysLeft: null };
  const deadline = deadlineOf(approvalDate);
  if (publishedOn) {
    const late = toDay(publishedOn) > toDay(deadline);
    return { state: late ? "published-late" : "published-on-time", deadline, daysLeft: toDay(deadline) - toDay(publishedOn) };
  }
  const daysLeft = toDay(deadline) - toDay(today);
  return { state: daysLeft < 0 ? "late" : daysLeft <= DUE_SOON_DAYS ? "due-soon" : "on-time", deadline, daysLeft };
}

export const DEADLINE_LABELS: Record<DeadlineState, string> = {
  "no-approval-date": "未录入批复日期",
  "published-on-time": "已按时公开",
  "published-late": "逾期公开",
  "on-time": "期限内",
  "due-soon": "即将到期",
  late: "已逾期未公开",
};
