/**
 * Parsing what staff type into number fields. Amounts go through lib/money's parseWan (the one
 * parser of amounts); this file only normalises what a Chinese keyboard produces (full-width digits,
 * "。" typed for ".", thousands commas) and applies the editor's rules (no sign, blank means 0 or
 * "empty"). Every parser returns null for text it does not accept, so the field keeps the text and
 * shows its error instead of writing anything.
 */
import { formatWan, parseWan, type Yuan } from "@/lib/money";

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** The schema's ceiling for one amount (9×10^14 元). */
const MAX_YUAN = 9e14;

export const AMOUNT_ERROR = "请输入不小于0的金额（万元，最多四位小数）";
export const AREA_ERROR = "请输入不小于0的数（最多两位小数）";
export const COUNT_ERROR = "请输入不小于0的整数";
export const YEAR_ERROR = "请输入1990—2100之间的年份";
export const DATE_ERROR = "请按“年-月-日”填写有效日期，如 2024-12-31";

/** Full-width digits and punctuation to ASCII; spaces and thousands separators removed. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[,，\s\u3000]/g, "")
    .replace(/\.$/, ""); // "12." while typing "12.5"
}

/** 万元 text → 元. Blank is `blank` (0 for a required amount, null for an optional one). */
export function parseAmountText<B extends Yuan | null>(text: string, blank: B): Parsed<Yuan | B> {
  const normalized = normalizeNumberText(text);
  if (normalized === "") return { ok: true, value: blank };
  if (!/^\d/.test(normalized)) return { ok: false }; // no sign: amounts are never negative
  const yuan = parseWan(normalized);
  if (yuan === null || yuan < 0 || yuan > MAX_YUAN) return { ok: false };
  return { ok: true, value: yuan };
}

/** Two decimals when the amount has no more, four when it does, so nothing typed is hidden. */
export function displayWan(yuan: Yuan | null): string {
  if (yuan === null) return "";
  return yuan % 100 === 0 ? formatWan(yuan) : formatWan(yuan, 4);
}

/** A non-negative decimal with up to two places (areas in m², quantities). */
export function parseDecimalText<B extends number | null>(text: string, blank: B): Parsed<number | B> {
  const normalized = normalizeNumberText(text);
  if (normalized === "") return { ok: true, value: blank };
  if (!/^\d{1,12}(\.\d{1,2})?$/.test(normalized)) return { ok: false };
  return { ok: true, value: Number(normalized) };
}

/** A non-negative integer (counts). */
export function parseCountText<B extends number | null>(text: string, blank: B): Parsed<number | B> {
  const normalized = normalizeNumberText(text);
  if (normalized === "") return { ok: true, value: blank };
  if (!/^\d{1,9}$/.test(normalized)) return { ok: false };
  return { ok: true, value: Number(normalized) };
}

export function parseYearText(text: string): Parsed<number> {
  const normalized = normalizeNumberText(text);
  if (!/^\d{4}$/.test(normalized)) return { ok: false };
  const year = Number(normalized);
  return year >= 1990 && year <= 2100 ? { ok: true, value: year } : { ok: false };
}

/** YYYY-MM-DD of a real calendar day. */
export function parseDateText(text: string): Parsed<string> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return { ok: false };
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return real ? { ok: true, value: text.trim() } : { ok: false };
}
