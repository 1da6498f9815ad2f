/**
 * The nine parts of a disclosure in the seed's order, numbered consecutively 一…九 (the 2018 text
 * skipped 五 and 七). The section headings, their ids (#section-1 …) and the contents list all
 * come from here, so they cannot drift apart.
 */
export const SECTIONS = [
  { key: "duties", title: "部门职责及机构设置情况" },
  { key: "overview", title: "部门预算安排的总体情况" },
  { key: "operatingCosts", title: "机关运行经费安排情况" },
  { key: "sangong", title: "财政拨款“三公”经费预算情况及增减变化原因" },
  { key: "performance", title: "绩效预算信息" },
  { key: "procurement", title: "政府采购预算情况" },
  { key: "assets", title: "国有资产信息" },
  { key: "glossary", title: "专业名词解释" },
  { key: "otherMatters", title: "其他需要说明的事项" },
] as const;

export type SectionKey = (typeof SECTIONS)[number]["key"];

/** The 1-based number of a section. */
export function sectionOrdinal(key: SectionKey): number {
  return SECTIONS.findIndex((s) => s.key === key) + 1;
}

export function sectionTitle(key: SectionKey): string {
  return SECTIONS[sectionOrdinal(key) - 1]!.title;
}

/** The element id of a section, e.g. "section-3"; its heading is `${id}-title`. */
export function sectionId(key: SectionKey): string {
  return `section-${sectionOrdinal(key)}`;
}
