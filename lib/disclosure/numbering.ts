/**
 * The list numbering of an official document: 一、 for sections, （一） for subsections, 1、 for
 * items. The stored data keeps no numbers (the seed strips them), so a deleted or inserted item
 * can never leave a gap — the rendering numbers every list itself.
 *
 * Every function takes a 1-based ordinal: the first item is 1. Pass `index + 1` from a map.
 */

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1 → 一, 10 → 十, 11 → 十一, 14 → 十四, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`chineseNumeral 只支持 1–99 的整数：${n}`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  // 10–19 read 十, 十一 … (not 一十一), as official documents number them.
  return `${tens === 1 ? "" : DIGITS[tens]}十${DIGITS[ones]}`;
}

/** 1 → "一、" */
export function sectionNumber(n: number): string {
  return `${chineseNumeral(n)}、`;
}

/** 1 → "（一）" */
export function subsectionNumber(n: number): string {
  return `（${chineseNumeral(n)}）`;
}

/** 1 → "1、" */
export function itemNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`序号必须是正整数：${n}`);
  return `${n}、`;
}
