/**
 * Cell values in and out. Amounts are written as numbers of 万元 (exact: formatWan(yuan, 4)) and read
 * back through a string of at most four decimals and parseWan, so no float arithmetic ever touches
 * an amount: a cell holding 0.30000000000000004 is read as "0.3", one holding 0.12345 is refused.
 */
import type { CellValue } from "exceljs";
import { NOT_STATED } from "../disclosure/figures";
import { formatWan, parseWan, type Yuan } from "../money";

/** 元 → the number of 万元 written to a cell. */
export function wanNumber(yuan: Yuan): number {
  return Number(formatWan(yuan, 4));
}

export type Raw =
  | { type: "empty" }
  | { type: "number"; value: number }
  | { type: "text"; value: string }
  | { type: "date"; value: Date }
  | { type: "invalid"; shown: string };

const EMPTY: Raw = { type: "empty" };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Normalises every shape exceljs may hand back (rich text, formulas, hyperlinks …). */
export function rawOf(value: CellValue | unknown): Raw {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "number") return { type: "number", value };
  if (typeof value === "string") return value.trim() === "" ? EMPTY : { type: "text", value };
  if (typeof value === "boolean") return { type: "text", value: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { type: "invalid", shown: "无效日期" } : { type: "date", value };
  if (!isRecord(value)) return { type: "invalid", shown: String(value) };
  if (Array.isArray(value.richText)) {
    const parts: unknown[] = value.richText;
    return rawOf(parts.map((p) => (isRecord(p) && typeof p.text === "string" ? p.text : "")).join(""));
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined || value.result === null) return { type: "invalid", shown: "公式（无计算结果，请填写数值）" };
    return rawOf(value.result);
  }
  if (typeof value.error === "string") return { type: "invalid", shown: value.error };
  if (typeof value.text === "string") return rawOf(value.text);
  return { type: "invalid", shown: "无法识别的单元格内容" };
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The cell as a user sees it, for messages. */
export function shown(raw: Raw): string {
  switch (raw.type) {
    case "empty":
      return "";
    case "number":
      return String(raw.value);
    case "text":
      return raw.value.trim();
    case "date":
      return isoDate(raw.value);
    case "invalid":
      return raw.shown;
  }
}

export function textOf(raw: Raw): string {
  return shown(raw).trim();
}

/** Full-width digits, points and minus signs (１２．５, －５) as typed with a Chinese IME. */
function normalized(text: string): string {
  return text.normalize("NFKC").replace(/[−—–]/g, "-").replace(/,/g, "").trim();
}

/**
 * A float of 万元 as a string with at most four decimals, or null when it has more: the float
 * times 10 000 must be a whole number of 元 up to 1e-9 (or up to the float's own precision).
 */
export function wanText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  const plain = String(value);
  if (/^-?\d+(\.\d{1,4})?$/.test(plain)) return plain;
  const yuan = value * 10_000;
  const whole = Math.round(yuan);
  const tolerance = Math.max(1e-9, Math.abs(yuan) * 4 * Number.EPSILON);
  return Math.abs(yuan - whole) <= tolerance ? formatWan(whole, 4) : null;
}

const MAX_WAN = 1e11;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

/**
 * A figure the department does not state, written as the text 未列示 (exactly as the public pages
 * print it; import and export both use it). Distinct from 0 and from an empty cell: for this year's
 * 三公 items an empty cell is 0 and 人员经费 / 日常公用经费 must be filled, as before; a prior-year
 * cell left empty is not stated already (null).
 */
export function isNotStated(raw: Raw): boolean {
  return raw.type === "text" && normalized(raw.value) === NOT_STATED;
}

/** An amount cell: 元, or null when empty. */
export function parseAmount(raw: Raw, label: string, signed: boolean): Parsed<Yuan | null> {
  if (raw.type === "empty") return { ok: true, value: null };
  const display = shown(raw);
  const notNumber = fail<Yuan | null>(`${label}应为数字（万元），实为“${display}”`);
  const tooPrecise = fail<Yuan | null>(`${label}最多保留4位小数（万元，即精确到元），实为“${display}”`);
  let text: string;
  if (raw.type === "number") {
    if (Math.abs(raw.value) >= MAX_WAN) return fail(`${label}过大，实为“${display}”`);
    const wan = wanText(raw.value);
    if (wan === null) return tooPrecise;
    text = wan;
  } else if (raw.type === "text") {
    text = normalized(raw.value);
    if (/^[+-]?\d+\.\d{5,}$/.test(text)) return tooPrecise;
    if (/^[+-]?\d{13,}(\.\d*)?$/.test(text)) return fail(`${label}过大，实为“${display}”`);
  } else {
    return notNumber;
  }
  const yuan = parseWan(text);
  if (yuan === null) return notNumber;
  if (!signed && yuan < 0) return fail(`${label}不能为负数，实为“${display}”`);
  return { ok: true, value: yuan };
}

function plainNumber(raw: Raw, pattern: RegExp): number | null {
  if (raw.type === "number") return Number.isFinite(raw.value) ? raw.value : null;
  if (raw.type !== "text") return null;
  const text = normalized(raw.value).replace(/%$/, "");
  return pattern.test(text) ? Number(text) : null;
}

/** A non-negative number (m², 数量) or, with `whole`, a non-negative integer; null when empty. */
export function parseCount(raw: Raw, label: string, whole: boolean): Parsed<number | null> {
  if (raw.type === "empty") return { ok: true, value: null };
  const value = plainNumber(raw, /^[+-]?\d+(\.\d+)?$/);
  const expected = whole ? "非负整数" : "非负数字";
  if (value === null || value < 0 || (whole && !Number.isInteger(value))) {
    return fail(`${label}应为${expected}，实为“${shown(raw)}”`);
  }
  return { ok: true, value: value === 0 ? 0 : value };
}

/** A percentage as a plain number (−16.58); null when empty. */
export function parsePercent(raw: Raw, label: string): Parsed<number | null> {
  if (raw.type === "empty") return { ok: true, value: null };
  const value = plainNumber(raw, /^[+-]?\d+(\.\d+)?$/);
  if (value === null) return fail(`${label}应为数字（百分数，不带%），实为“${shown(raw)}”`);
  return { ok: true, value };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const SERIAL_1990 = 32_874;
const SERIAL_2100 = 73_051;

/** A date as YYYY-MM-DD; also accepts 2017/12/31, 2017.12.31 and 2017年12月31日. */
export function parseDate(raw: Raw, label: string): Parsed<string> {
  if (raw.type === "empty") return { ok: true, value: "" };
  if (raw.type === "date") return { ok: true, value: isoDate(raw.value) };
  if (raw.type === "number" && Number.isInteger(raw.value) && raw.value >= SERIAL_1990 && raw.value < SERIAL_2100) {
    // A date typed into a cell that lost its date format: Excel's serial day number.
    return { ok: true, value: isoDate(new Date(EXCEL_EPOCH + raw.value * 86_400_000)) };
  }
  if (raw.type !== "text") return fail(`${label}应为日期（YYYY-MM-DD），实为“${shown(raw)}”`);
  const text = normalized(raw.value);
  const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  if (!match) return { ok: true, value: text }; // the schema reports the format
  const [, y = "", m = "", d = ""] = match;
  return { ok: true, value: `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}` };
}
