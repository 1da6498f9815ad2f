/**
 * Whether a claim read from a text agrees with the computed figures, within the rounding the
 * text uses: "增长3%" stands for 2.5 % up to (not including) 3.5 %, "增长3.4%" for 3.35 % – 3.45 %,
 * "12.3万元" for 12.25 – 12.35 万元. Exact integer arithmetic (BigInt): no float decides a finding.
 */
import { agrees, formatWan, percentChange, type Yuan } from "../../money";
import type { MeasureFigures } from "./measures";
import type { Claim, Written } from "./reader";

export interface Disagreement {
  /** The computed figure in the words of the claim: "下降15.00%", "增加5.00万元", "25.00万元". */
  computed: string;
  expected?: Yuan;
  actual?: Yuan;
}

/** ⌊the text's number⌉ covers `value`: (2m − 1)·scale ≤ 2·value·10^d < (2m + 1)·scale. */
function rounds(written: Written, value: bigint, scale: bigint): boolean {
  const m = written.mantissa;
  const twice = 2n * value * 10n ** BigInt(written.decimals);
  return (2n * m - 1n) * scale <= twice && twice < (2n * m + 1n) * scale;
}

const YUAN_SCALE = { 万元: 10_000n, 元: 1n } as const;

/** The amount in 元 a text wrote, where it is a whole number of 元 (for `actual`). */
function writtenYuan(written: Written, unit: "万元" | "元"): Yuan | undefined {
  const scaled = written.mantissa * YUAN_SCALE[unit];
  const divisor = 10n ** BigInt(written.decimals);
  return scaled % divisor === 0n ? Number(scaled / divisor) : undefined;
}

function movedText(change: Yuan): string {
  if (change === 0) return "持平";
  return `${change > 0 ? "增加" : "减少"}${formatWan(Math.abs(change))}万元`;
}

function percentText(percent: number): string {
  if (percent === 0) return "持平";
  return `${percent > 0 ? "增长" : "下降"}${Math.abs(percent).toFixed(2)}%`;
}

/** Null when the claim agrees, or when the document does not hold the figures to compare. */
export function disagreement(claim: Claim, figures: MeasureFigures): Disagreement | null {
  const { current, prior } = figures;
  switch (claim.kind) {
    case "level": {
      const value = claim.year === "current" ? current : prior;
      if (value === null || rounds(claim.amount, BigInt(value), YUAN_SCALE[claim.unit])) return null;
      const actual = writtenYuan(claim.amount, claim.unit);
      return { computed: `${formatWan(value)}万元`, expected: value, ...(actual === undefined ? {} : { actual }) };
    }
    case "change": {
      if (current === null || prior === null) return null;
      const change = current - prior;
      const sameWay = change === 0 || Math.sign(change) === claim.direction;
      if (sameWay && rounds(claim.amount, BigInt(Math.abs(change)), YUAN_SCALE[claim.unit])) return null;
      const written = writtenYuan(claim.amount, claim.unit);
      return { computed: movedText(change), expected: change, ...(written === undefined ? {} : { actual: written * claim.direction }) };
    }
    case "percent": {
      if (current === null || prior === null || prior <= 0) return null;
      const change = current - prior;
      const sameWay = change === 0 || Math.sign(change) === claim.direction;
      // change ÷ prior × 100, as a value of 1/10^d percent: compare 100·|change| against prior.
      if (sameWay && rounds(claim.percent, 100n * BigInt(Math.abs(change)), BigInt(prior))) return null;
      return { computed: percentText(percentChange(change, prior) ?? 0) };
    }
    case "flat": {
      if (current === null || prior === null) return null;
      const change = current - prior;
      return agrees(change, 0) ? null : { computed: movedText(change), expected: change };
    }
  }
}
