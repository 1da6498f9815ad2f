/** The sections a comment or a change is anchored to: 0 for the whole document, then 一…九. */
import { SECTIONS } from "@/components/disclosure/section-titles";
import { sectionNumber } from "@/lib/disclosure/numbering";

export const WHOLE_DOCUMENT = "全文";

export const SECTION_OPTIONS: readonly { value: number; label: string }[] = [
  { value: 0, label: `${WHOLE_DOCUMENT}（不限于某一章节）` },
  ...SECTIONS.map((s, i) => ({ value: i + 1, label: `${sectionNumber(i + 1)}${s.title}` })),
];

/** "三、机关运行经费安排情况"; "全文" for 0 or anything out of range. */
export function sectionLabel(section: number): string {
  const s = SECTIONS[section - 1];
  return s ? `${sectionNumber(section)}${s.title}` : WHOLE_DOCUMENT;
}
