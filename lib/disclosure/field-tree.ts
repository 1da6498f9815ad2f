/**
 * The label tree of document paths and what is read from it. The tree itself is written section by
 * section in lib/disclosure/sections.ts (the registry); this file holds the shape of a node, the
 * builders the registry uses, and the two ways a path is named to users:
 * - `fieldName` for the reviewer's diffs and the audit trail: "项目支出·第3项·金额";
 * - `describeField` for the editor's findings and import errors: "项目支出 第3项 › 金额".
 * Both read the same labels, so a field is called the same everywhere. An unknown segment is shown
 * as it is rather than dropped, so a new field is never hidden — and the registry's test fails.
 */
export type FieldKind = "yuan" | "percent" | "status" | "text";

export interface Leaf {
  label: string;
  kind: FieldKind;
}
export interface Branch {
  /** Empty for a grouping that adds nothing to the name (e.g. "expenditure"). */
  label: string;
  fields?: Readonly<Record<string, FieldNode>>;
  /** The node of each element when this is a list. */
  item?: FieldNode;
}
export type FieldNode = Leaf | Branch;

export const t = (label: string): Leaf => ({ label, kind: "text" });
export const y = (label: string): Leaf => ({ label, kind: "yuan" });
export const pct = (label: string): Leaf => ({ label, kind: "percent" });
/** A list; with `fields`, a list of rows, otherwise a list of texts. */
export const list = (label: string, fields?: Record<string, FieldNode>): Branch => ({
  label,
  item: fields ? { label: "", fields } : t(""),
});
export const group = (label: string, fields: Record<string, FieldNode>): Branch => ({ label, fields });

export function isLeaf(node: FieldNode): node is Leaf {
  return "kind" in node;
}

const INDEX = /^\d+$/;

interface Step {
  /** The node's label, "" when it adds nothing; for a list index, the ordinal ("第3项"). */
  label: string;
  index: boolean;
}

/** Walks `path` down `root`: the label of each step, and the node reached (null once off the tree). */
export function resolvePath(root: Branch, path: string): { steps: Step[]; node: FieldNode | null } {
  const steps: Step[] = [];
  let node: FieldNode | null = root;
  for (const segment of path.split(".").filter((s) => s !== "")) {
    const branch: Branch | null = node && !isLeaf(node) ? node : null;
    if (INDEX.test(segment)) {
      steps.push({ label: `第${Number(segment) + 1}项`, index: true });
      node = branch?.item ?? null;
    } else if (branch?.fields && Object.hasOwn(branch.fields, segment)) {
      node = branch.fields[segment]!;
      steps.push({ label: node.label, index: false });
    } else {
      steps.push({ label: segment, index: false });
      node = null;
    }
  }
  return { steps, node };
}

/**
 * Every path pattern the tree names, with "*" for a list index: "expenditure.projects.*.amount".
 * Branches are included, so that a list ("duties") or a group ("change.prior") is a pattern too.
 */
export function pathPatterns(node: FieldNode, prefix = ""): string[] {
  const out: string[] = prefix ? [prefix] : [];
  if (isLeaf(node)) return out;
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  for (const [key, child] of Object.entries(node.fields ?? {})) out.push(...pathPatterns(child, join(key)));
  if (node.item) out.push(...pathPatterns(node.item, join("*")));
  return out;
}
