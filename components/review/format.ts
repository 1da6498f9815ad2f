/**
 * How the review pages print times and changed values. Times are always China's (Asia/Shanghai),
 * whatever the server's zone; amounts go through lib/money's formatWan, never a float division.
 */
import { chinaToday } from "@/lib/deadline";
import { formatWan } from "@/lib/money";
import { STATUS_LABELS, type VersionStatus } from "@/lib/workflow";
import { fieldKind } from "@/lib/disclosure/field-names";

const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
};
const DATE_TIME = new Intl.DateTimeFormat("zh-CN", DATE_TIME_OPTIONS);
const DATE_TIME_SECONDS = new Intl.DateTimeFormat("zh-CN", { ...DATE_TIME_OPTIONS, second: "2-digit" });

/** "2024/03/05 14:07" in China's time. */
export function formatDateTime(value: Date | string): string {
  return DATE_TIME.format(typeof value === "string" ? new Date(value) : value);
}

/** "2024/03/05 14:07:33" in China's time: for the audit trail, where sign-ins seconds apart stay apart. */
export function formatDateTimeSeconds(value: Date): string {
  return DATE_TIME_SECONDS.format(value);
}

/** The calendar date in China, "2024-03-05"; "—" when there is none. */
export function formatChinaDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return chinaToday(typeof value === "string" ? new Date(value) : value);
}

/** The ISO string of a Date for a <time dateTime>. */
export function isoOf(value: Date | string): string {
  return (typeof value === "string" ? new Date(value) : value).toISOString();
}

const MAX_TEXT = 300;

function shorten(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…（共${text.length}字）` : text;
}

/** A whole row added or removed: its name where it has one. */
function describeRow(value: object): string {
  const row = value as Record<string, unknown>;
  for (const key of ["name", "title", "item", "term", "label"]) {
    const name = row[key];
    if (typeof name === "string" && name) return `（整行）${shorten(name)}`;
  }
  return "（整行）";
}

/** One side of a change, as a reader expects it: "323.00 万元", "已公开", "（空）". */
export function formatValue(path: string, value: unknown): string {
  if (value === undefined || value === null || value === "") return "（空）";
  const kind = fieldKind(path);
  if (typeof value === "number") {
    if (kind === "yuan" && Number.isInteger(value)) return `${formatWan(value)} 万元`;
    if (kind === "percent") return `${value}%`;
    return String(value);
  }
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") {
    if (kind === "status" && Object.hasOwn(STATUS_LABELS, value)) return STATUS_LABELS[value as VersionStatus];
    return shorten(value);
  }
  if (typeof value === "object") return describeRow(value);
  return String(value);
}

/** The difference of two amounts, "+12.50" / "-3.00" 万元; null when it is not an amount change. */
/**
 * Figures whose absence means "not stated", not zero: the numbers a document printed (…stated…)
 * and last year's figures typed for the comparison (change.prior.*). One appearing or being
 * cleared is 新增 / 删除, not a change of money.
 */
const OPTIONAL_FIGURE = /(^|\.)(stated\w*|prior)(\.|$)/;

export function formatDelta(path: string, old: unknown, next: unknown): string | null {
  if (fieldKind(path) !== "yuan") return null;
  if (OPTIONAL_FIGURE.test(path) && (old == null || next == null)) return null;
  const a = typeof old === "number" ? old : old == null ? 0 : null;
  const b = typeof next === "number" ? next : next == null ? 0 : null;
  if (a === null || b === null || !Number.isInteger(a) || !Number.isInteger(b)) return null;
  return signedWan(b - a);
}

/** "+12.50", "-3.00", "0.00". */
export function signedWan(yuan: number): string {
  const text = formatWan(yuan);
  return yuan > 0 && text !== "0.00" ? `+${text}` : text;
}

/** What kind of change a row is, for rows that are not amounts. */
export function changeKind(old: unknown, next: unknown): string {
  if (old === undefined || old === null || old === "") return "新增";
  if (next === undefined || next === null || next === "") return "删除";
  return "修改";
}
