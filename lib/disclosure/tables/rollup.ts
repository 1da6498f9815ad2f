/**
 * Classification roll-ups: lines grouped by code into 类 → 款 → 项 rows (function) or 类 → 款
 * rows (economic), in code order, each row's values computed from the lines under it, so a
 * subtotal always equals the sum of its children.
 */
import { findCode, type ClassificationScheme } from "../../classification";
import type { GridRow } from "./types";

const LEVEL_LENGTHS: Record<ClassificationScheme, readonly number[]> = {
  function: [3, 5, 7],
  economic: [3, 5],
};
const LEVEL_NAMES = ["类", "款", "项"] as const;

/** The code's name in that year's list; an unknown code is shown as such, never dropped. */
export function codeName(scheme: ClassificationScheme, code: string, year: number): string {
  return findCode(scheme, code, year)?.name ?? "（科目编码不在本年度目录中）";
}

/**
 * Rows for every code level present among `lines`, with a 合计 row first. `values` computes a
 * row's columns from the lines under it (never from other rows).
 */
export function rollup<L>(
  scheme: ClassificationScheme,
  year: number,
  lines: readonly L[],
  codeOf: (line: L) => string,
  values: (lines: readonly L[]) => (number | null)[],
): GridRow[] {
  const lengths = LEVEL_LENGTHS[scheme];
  const codes = new Set<string>();
  for (const line of lines) {
    const code = codeOf(line);
    for (const length of lengths) if (code.length >= length) codes.add(code.slice(0, length));
  }
  const rows: GridRow[] = [{ code: "", name: "合计", level: "合计", values: values(lines) }];
  for (const code of [...codes].sort()) {
    const level = LEVEL_NAMES[lengths.indexOf(code.length)] ?? "项";
    const under = lines.filter((l) => codeOf(l).startsWith(code));
    rows.push({ code, name: codeName(scheme, code, year), level, values: values(under) });
  }
  return rows;
}
