/**
 * The code lists as rows of the database's classification_codes table (db/classification-codes.ts
 * loads them), so that SQL can join on a code and its class: one row per code and unbroken run of
 * years with the same name, parent and source list. validTo is null while the code is still valid
 * in the newest year the lists cover.
 */
import { CLASSIFICATION_YEARS, codesForYear, type ClassificationScheme, type CodeLevel } from "./index";
import { CODE_LISTS, citation } from "./lists";

export interface ClassificationRow {
  scheme: ClassificationScheme;
  code: string;
  name: string;
  level: CodeLevel;
  parent: string | null;
  validFrom: number;
  validTo: number | null;
  source: string;
}

const SCHEMES: readonly ClassificationScheme[] = ["function", "economic"];

function sourceOf(scheme: ClassificationScheme, year: number): string {
  const list = CODE_LISTS.find((l) => l.scheme === scheme && l.years.from <= year && year <= l.years.to);
  if (!list) throw new Error(`no ${scheme} list for ${year}`);
  return citation(list);
}

export function classificationRows(): ClassificationRow[] {
  const rows: ClassificationRow[] = [];
  for (const scheme of SCHEMES) {
    const open = new Map<string, ClassificationRow>(); // code → its row running up to the previous year
    for (let year = CLASSIFICATION_YEARS.first; year <= CLASSIFICATION_YEARS.last; year++) {
      const source = sourceOf(scheme, year);
      const seen = new Set<string>();
      for (const { code, name, level, parent } of codesForYear(scheme, year)) {
        seen.add(code);
        const row = open.get(code);
        if (row && row.name === name && row.parent === parent && row.source === source) {
          row.validTo = year;
          continue;
        }
        const started: ClassificationRow = { scheme, code, name, level, parent, validFrom: year, validTo: year, source };
        rows.push(started);
        open.set(code, started);
      }
      for (const code of [...open.keys()]) if (!seen.has(code)) open.delete(code);
    }
    for (const row of open.values()) row.validTo = null;
  }
  return rows;
}
