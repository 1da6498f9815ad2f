/**
 * Cell-by-cell differences between two disclosure documents: every leaf (amount, text, flag)
 * whose value differs, by its path. Used for the audit trail (old → new of each save), the
 * reviewer's comparison with the last approved version and the previous year, and the public
 * 更正记录. Rows present on one side only are reported whole, as added or removed.
 */
import type { DisclosureDocument } from "./schema";
import { sectionOf } from "./sections";

export interface FieldChange {
  /** Dotted path, e.g. "expenditure.projects.2.amount". */
  field: string;
  old: unknown;
  new: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function walk(a: unknown, b: unknown, path: string, out: FieldChange[]) {
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      const here = path ? `${path}.${i}` : String(i);
      if (i >= a.length) out.push({ field: here, old: undefined, new: b[i] });
      else if (i >= b.length) out.push({ field: here, old: a[i], new: undefined });
      else walk(a[i], b[i], here, out);
    }
    return;
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key, out);
    return;
  }
  if (a !== b) out.push({ field: path, old: a, new: b });
}

export function diffDocuments(before: DisclosureDocument, after: DisclosureDocument): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, "", out);
  return out;
}

/**
 * The section a changed field is shown under (0 = the opening and anything outside 一…九, which
 * the review calls 全文). The registry decides (lib/disclosure/sections.ts); the editor's field
 * targets ask the same function, so a change and a finding on one field sit in one section.
 */
export function sectionOfField(field: string): number {
  return sectionOf(field) ?? 0;
}
