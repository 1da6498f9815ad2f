/**
 * Comparing two disclosure documents for readers: changed cells grouped by section, and the
 * headline figures side by side. Used by the reviewer's diffs and the public 更正记录.
 */
import { diffDocuments, sectionOfField, type FieldChange } from "@/lib/disclosure/diff";
import { HEADLINE_MEASURES, MEASURE_LABELS, headlineFigures, minus, percentOf, type HeadlineMeasure } from "@/lib/disclosure/figures";
import type { DisclosureDocument } from "@/lib/disclosure/schema";
import { sectionLabel } from "@/lib/disclosure/field-names";

export interface SectionChanges {
  section: number;
  title: string;
  changes: FieldChange[];
}

/** Changes grouped by section 0…9, in document order; sections without changes are left out. */
export function groupBySection(changes: readonly FieldChange[]): SectionChanges[] {
  const groups = new Map<number, FieldChange[]>();
  for (const change of changes) {
    const section = sectionOfField(change.field);
    groups.set(section, [...(groups.get(section) ?? []), change]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([section, list]) => ({ section, title: sectionLabel(section), changes: list }));
}

export interface HeadlineRow {
  measure: HeadlineMeasure;
  label: string;
  /** null: not stated (未列示) in that version; then no change and no percent either. */
  before: number | null;
  after: number | null;
  change: number | null;
  /** Percent with two decimals; null when there was nothing before, or a side is not stated. */
  percent: number | null;
}

export function headlineRows(before: DisclosureDocument, after: DisclosureDocument): HeadlineRow[] {
  const a = headlineFigures(before);
  const b = headlineFigures(after);
  return HEADLINE_MEASURES.map((measure) => {
    const before = a[measure];
    const after = b[measure];
    const change = minus(after, before);
    return { measure, label: MEASURE_LABELS[measure], before, after, change, percent: percentOf(change, before) };
  });
}

export interface PublicVersion {
  versionNo: number;
  publishedAt: Date;
  correctionNote: string | null;
  document: DisclosureDocument;
}

export interface Correction {
  versionNo: number;
  replacedVersionNo: number;
  publishedAt: Date;
  note: string | null;
  figures: HeadlineRow[];
  sections: string[];
}

/** Each publication after the first, against the one it replaced; newest first. */
export function correctionsOf(versions: readonly PublicVersion[]): Correction[] {
  const ordered = [...versions].sort((a, b) => a.versionNo - b.versionNo);
  const out: Correction[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const before = ordered[i - 1]!;
    const after = ordered[i]!;
    out.push({
      versionNo: after.versionNo,
      replacedVersionNo: before.versionNo,
      publishedAt: after.publishedAt,
      note: after.correctionNote,
      figures: headlineRows(before.document, after.document).filter((row) => row.change !== 0),
      sections: groupBySection(diffDocuments(before.document, after.document)).map((g) => g.title),
    });
  }
  return out.reverse();
}
