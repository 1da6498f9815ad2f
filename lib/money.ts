/**
 * Money in the portal is an integer number of 元 (yuan). Disclosures are published in 万元 with
 * two decimals and editors may type up to four decimals of 万元 — exactly one 元 — so an integer
 * of 元 holds every amount exactly, and sums of integers never drift the way floats do.
 * This file is the one place where amounts are parsed and formatted.
 */

/** An exact amount in 元. Always an integer (safe up to 9×10^15 元). */
export type Yuan = number;

export const YUAN_PER_WAN = 10_000;

/** The reconciliation tolerance of domain.md: 0.01 万元. */
export const TOLERANCE: Yuan = 100;

const WAN_PATTERN = /^([+-])?(\d{1,12})(?:\.(\d{1,4}))?$/;

/** Parses a 万元 figure such as "1028.57" or "-52.58" into 元; null when it is not one. */
export function parseWan(text: string): Yuan | null {
  const match = WAN_PATTERN.exec(text.trim().replace(/,/g, ""));
  if (!match) return null;
  const [, sign, whole, frac = ""] = match;
  const yuan = Number(whole) * YUAN_PER_WAN + Number(frac.padEnd(4, "0"));
  return sign === "-" && yuan !== 0 ? -yuan : yuan;
}

/** Like parseWan, for figures written in source code and seed data: throws on a typo. */
export function wan(text: string): Yuan {
  const yuan = parseWan(text);
  if (yuan === null) throw new Error(`不是有效的万元金额：${text}`);
  return yuan;
}

/**
 * Formats 元 as 万元 with `decimals` places (default two), rounding half away from zero on the
 * exact integer, never through a float division.
 */
export function formatWan(yuan: Yuan, decimals: 2 | 4 = 2): string {
  const negative = yuan < 0;
  const abs = Math.abs(yuan);
  const step = 10 ** (4 - decimals);
  const rounded = Math.floor((abs + step / 2) / step); // in units of 10^-decimals 万元
  const scale = 10 ** decimals;
  const whole = Math.floor(rounded / scale);
  const frac = String(rounded % scale).padStart(decimals, "0");
  return `${negative && rounded !== 0 ? "-" : ""}${whole}.${frac}`;
}

/** 万元 as an official text writes it: "323", "29.5", "1028.57" (no trailing zeros). */
/** formatWan, or `otherwise` (未列示, an empty CSV cell …) for a figure not stated. */
export function wanOr(yuan: Yuan | null, otherwise: string): string {
  return yuan === null ? otherwise : formatWan(yuan);
}

export function formatWanPlain(yuan: Yuan): string {
  return formatWan(yuan, 4).replace(/\.?0+$/, "");
}

export function sum(amounts: readonly Yuan[]): Yuan {
  return amounts.reduce((total, amount) => total + amount, 0);
}

/** True when two amounts agree within the 0.01 万元 tolerance. */
export function agrees(a: Yuan, b: Yuan): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

/**
 * A change as a percentage of the prior-year amount, to two decimals; null when there was no
 * prior-year amount to compare with.
 */
export function percentChange(change: Yuan, prior: Yuan): number | null {
  if (prior === 0) return null;
  return Math.round((change * 10_000) / prior) / 100;
}
