/**
 * The open-data API's one amount scheme: every amount is an object carrying the exact integer of
 * 元 and the 万元 figure as published (a string with two decimals, never a float), so clients that
 * compute use `yuan` and clients that display use `wan`.
 */
import { HEADLINE_MEASURES, type HeadlineFigures, type HeadlineMeasure } from "../disclosure/figures";
import { formatWan, type Yuan } from "../money";

export interface Amount {
  /** Exact amount in 元 (integer). */
  yuan: Yuan;
  /** The same amount in 万元, two decimals, rounded half away from zero: "1028.57". */
  wan: string;
}

export function amount(yuan: Yuan): Amount {
  return { yuan, wan: formatWan(yuan) };
}

/** Every field of a record of amounts as an Amount. */
export function amounts<K extends string>(values: Readonly<Record<K, Yuan>>): Record<K, Amount> {
  const out = {} as Record<K, Amount>;
  for (const key of Object.keys(values) as K[]) out[key] = amount(values[key]);
  return out;
}

/** Like amounts, for figures a disclosure may not state (a prior year, a change): null stays null. */
export function maybeAmounts<K extends string>(values: Readonly<Record<K, Yuan | null>>): Record<K, Amount | null> {
  const out = {} as Record<K, Amount | null>;
  for (const key of Object.keys(values) as K[]) {
    const value = values[key];
    out[key] = value === null ? null : amount(value);
  }
  return out;
}

/** The headline figures in HEADLINE_MEASURES order (a stable key order in the JSON too); null: not stated (未列示). */
export function figuresJson(figures: HeadlineFigures): Record<HeadlineMeasure, Amount | null> {
  const out = {} as Record<HeadlineMeasure, Amount | null>;
  for (const measure of HEADLINE_MEASURES) {
    const value = figures[measure];
    out[measure] = value === null ? null : amount(value);
  }
  return out;
}
