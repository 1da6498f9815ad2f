/**
 * Shares, changes and ranks for the public tables, on exact integers of 元: a percentage is
 * rounded once, half away from zero, in BigInt arithmetic, so no float ever decides a digit.
 */
import { formatWan, type Yuan } from "./money";

/** `part` as a percentage of `whole` with two decimals ("12.34", "-3.50"); null when whole is 0. */
export function percentOf(part: Yuan, whole: Yuan): string | null {
  if (whole === 0) return null;
  const num = BigInt(part) * 10_000n; // hundredths of a percent
  const den = BigInt(whole);
  const negative = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  const rounded = (2n * a + b) / (2n * b);
  const text = `${rounded / 100n}.${String(rounded % 100n).padStart(2, "0")}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}

/** "+" before a positive figure, so that a rise never reads as a bare number. */
export function withSign(text: string): string {
  return /^[1-9]|^0\.\d*[1-9]/.test(text) ? `+${text}` : text;
}

export interface Change {
  /** In 万元 with two decimals, signed: "+12.30", "-5.00", "0.00". */
  amount: string;
  /** Percentage of the prior-year amount, signed; null when the prior year was zero. */
  percent: string | null;
}

/** The change from `prior` to `current`; null when either year is missing. */
export function changeOf(current: Yuan | null | undefined, prior: Yuan | null | undefined): Change | null {
  if (current == null || prior == null) return null;
  const delta = current - prior;
  const percent = percentOf(delta, prior);
  return { amount: withSign(formatWan(delta)), percent: percent === null ? null : withSign(percent) };
}

/** Standard competition ranks (1, 2, 2, 4) of values already sorted largest first. */
export function competitionRanks(values: readonly Yuan[]): number[] {
  const ranks: number[] = [];
  values.forEach((value, i) => ranks.push(i > 0 && values[i - 1] === value ? ranks[i - 1]! : i + 1));
  return ranks;
}

/**
 * Each of `parts` (none negative) as a percentage of their sum with two decimals, rounded so that
 * the shown shares add up to exactly 100.00 (largest remainder: every share is its exact value
 * rounded down to 0.01 %, and the hundredths still missing go to the largest remainders, ties to
 * the first). Null for each when the sum is 0. A breakdown that is read as a whole (the 类 of a
 * total, the 款 of a 类) needs this; a single figure's share of a total is percentOf.
 */
export function sharesOf(parts: readonly Yuan[]): (string | null)[] {
  const whole = parts.reduce((total, part) => total + BigInt(part), 0n);
  if (whole === 0n) return parts.map(() => null);
  const exact = parts.map((part) => BigInt(part) * 10_000n); // hundredths of a percent × whole
  const floors = exact.map((value) => value / whole);
  let missing = 10_000n - floors.reduce((total, value) => total + value, 0n);
  const order = exact.map((value, i) => ({ i, rest: value % whole })).sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of order) {
    if (missing === 0n) break;
    floors[i]! += 1n;
    missing -= 1n;
  }
  return floors.map((h) => `${h / 100n}.${String(h % 100n).padStart(2, "0")}`);
}
