/**
 * 支出去向 ("where the money goes"): spending by 支出功能分类 类 → 款 → 项 as a tree, for the
 * drill-down of one disclosure and of a county-year (the sum of its departments' lines). The
 * amounts come from the one roll-up of the national tables (rollup.ts), so a 类 here is the same
 * figure as its row in the 部门支出总表; each node's share is of its parent (a 类 of the total, a
 * 款 of its 类, a 项 of its 款), rounded so that siblings add up to exactly 100.00 %.
 */
import { sum, type Yuan } from "../../money";
import { sharesOf } from "../../shares";
import { hasLines } from "../line-sums";
import type { DisclosureDocument } from "../schema";
import { TABLES_NOT_ENTERED, TABLES_NOT_GIVEN } from "./index";
import { rollup } from "./rollup";
import type { SpendingNode, SpendingTree } from "./spending-path";

export { drillPath, type SpendingNode, type SpendingTree } from "./spending-path";

/** What the tree is built from: an expenditure line, or a county's sum of lines of one code. */
export interface CodedAmount {
  functionCode: string;
  amount: Yuan;
}

/** The tree of `lines` with `year`'s code names, in code order. */
export function spendingTree(lines: readonly CodedAmount[], year: number): SpendingTree {
  const rows = rollup("function", year, lines, (l) => l.functionCode, (ls) => [sum(ls.map((l) => l.amount))]);
  const [totalRow, ...coded] = rows;
  const root: SpendingNode[] = [];
  const byCode = new Map<string, SpendingNode>();
  for (const row of coded) {
    const level = row.level === "类" || row.level === "款" ? row.level : "项";
    const node: SpendingNode = { code: row.code, name: row.name, level, amount: row.values[0] ?? 0, share: null, children: [] };
    byCode.set(row.code, node);
    // Rows come in code order, so a parent (a prefix) is always met before its children.
    const parent = level === "类" ? undefined : byCode.get(row.code.slice(0, level === "款" ? 3 : 5));
    (parent ? parent.children : root).push(node);
  }
  const share = (nodes: SpendingNode[]) => {
    sharesOf(nodes.map((n) => n.amount)).forEach((s, i) => (nodes[i]!.share = s));
    for (const node of nodes) share(node.children);
  };
  share(root);
  return { total: totalRow?.values[0] ?? 0, classes: root };
}

/** One disclosure's tree, or the note a document without lines shows instead (never invented lines). */
export function disclosureSpending(doc: DisclosureDocument, year: number): { given: true; tree: SpendingTree } | { given: false; note: string } {
  if (doc.lines === null) return { given: false, note: TABLES_NOT_GIVEN };
  if (!hasLines(doc)) return { given: false, note: TABLES_NOT_ENTERED };
  return { given: true, tree: spendingTree(doc.lines.expenditure, year) };
}

/** Every node of the tree, parents before their children (the table's rows). */
export function spendingRows(tree: SpendingTree): SpendingNode[] {
  const rows: SpendingNode[] = [];
  const walk = (nodes: readonly SpendingNode[]) => {
    for (const node of nodes) {
      rows.push(node);
      walk(node.children);
    }
  };
  walk(tree.classes);
  return rows;
}
