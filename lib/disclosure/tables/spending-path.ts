/**
 * The shape of a 支出去向 tree (spending.ts builds it) and how a ?class= value finds its place in
 * it. Nothing here reaches the code lists, so the drill-down's client code can use it: the names
 * travel in the tree, as props, never as lists in the browser's bundle.
 */
import type { Yuan } from "../../money";

export interface SpendingNode {
  code: string;
  /** The code's name in that year's list (rollup.ts codeName). */
  name: string;
  level: "类" | "款" | "项";
  amount: Yuan;
  /** Percent of the parent with two decimals ("12.34"); null when the parent is 0. */
  share: string | null;
  children: SpendingNode[];
}

export interface SpendingTree {
  total: Yuan;
  classes: SpendingNode[];
}

/** The 类 and 款 a ?class= value names in the tree: "205" → [205], "20502" → [205, 20502]; [] when it names neither. */
export function drillPath(tree: SpendingTree, code: string | null | undefined): string[] {
  if (!code || !/^\d{3}(\d{2})?$/.test(code)) return [];
  const cls = tree.classes.find((c) => c.code === code.slice(0, 3));
  if (!cls) return [];
  if (code.length === 3) return [cls.code];
  return cls.children.some((k) => k.code === code) ? [cls.code, code] : [cls.code];
}
