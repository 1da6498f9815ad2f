/**
 * What users read for a document path or a section number, all from the registry
 * (lib/disclosure/sections.ts): the reviewer's diffs and the audit trail (`fieldName`), the editor's
 * findings and import errors (`describeField`), the review's section groups and comment anchors
 * (`sectionLabel`, `SECTION_OPTIONS`).
 */
import { resolvePath, type FieldKind } from "./field-tree";
import { sectionNumber } from "./numbering";
import { ALL_SECTIONS, FIELD_TREE, SECTIONS, sectionOf } from "./sections";

export type { FieldKind } from "./field-tree";

/** Section 0 in the review: comments on the document as a whole, and changes to its opening. */
export const WHOLE_DOCUMENT = "全文";

/** "expenditure.projects.2.amount" → "项目支出·第3项·金额"; "全文" for the empty path. */
export function fieldName(path: string): string {
  const parts = resolvePath(FIELD_TREE, path)
    .steps.map((s) => s.label)
    .filter((label) => label !== "");
  return parts.length > 0 ? parts.join("·") : WHOLE_DOCUMENT;
}

/** How a field's values are shown: amounts in 万元, percentages, statuses, or as text. */
export function fieldKind(path: string): FieldKind {
  const { node } = resolvePath(FIELD_TREE, path);
  return node && "kind" in node ? node.kind : "text";
}

/**
 * The same names laid out as a location, for messages that do not name their field (schema
 * errors such as "请填写名称"): "expenditure.projects.2.name" → "项目支出 第3项 › 名称". A path that
 * names only a grouping ("revenue") is called by its section's title.
 */
export function describeField(path: string): string {
  const parts: string[] = [];
  for (const step of resolvePath(FIELD_TREE, path).steps) {
    const last = parts.length - 1;
    if (step.index && last >= 0) parts[last] = `${parts[last]} ${step.label}`;
    else if (step.label !== "") parts.push(step.label);
  }
  if (parts.length > 0) return parts.join(" › ");
  const section = sectionOf(path);
  return section === null ? path : ALL_SECTIONS[section]!.title.zh;
}

export const SECTION_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 0, label: `${WHOLE_DOCUMENT}（不限于某一章节）` },
  ...SECTIONS.map((s) => ({ value: s.number, label: sectionLabel(s.number) })),
];

/** "三、机关运行经费安排情况"; "全文" for 0 or anything out of range. */
export function sectionLabel(section: number): string {
  const s = SECTIONS[section - 1];
  return s ? `${sectionNumber(section)}${s.title.zh}` : WHOLE_DOCUMENT;
}
