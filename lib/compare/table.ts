/**
 * The comparison table's figures: one row per department × year with the year-over-year change
 * and the department's share of the selected departments' total. All arithmetic is on integers
 * of 元; percentages are integers of hundredths of a percent, rounded half away from zero on
 * exact integers (BigInt), never through float division.
 */
import type { Yuan } from "../money";

export interface CompareDepartment {
  code: string;
  /** What addresses and the comparison's URL name it by (lib/department-ref.ts): two counties may each have a 434. */
  ref: string;
  name: string;
  isDemo: boolean;
}

/** A department a comparison search found, with its published years. */
export interface DepartmentMatch extends CompareDepartment {
  years: number[];
}

export interface CompareFigure {
  departmentRef: string;
  year: number;
  /** null: published, but the figure was not stated (a class of a document without lines: 未列示). */
  value: Yuan | null;
  /** The value is null because the year has no code for the class (classExistsIn): no 未列示. */
  classAbsent?: true;
}

export interface CompareRow {
  department: CompareDepartment;
  year: number;
  /** null: no published value for this year (未公开), or not stated (notStated: 未列示); never 0. */
  value: Yuan | null;
  /** Published, but the figure is not stated in it (未列示). */
  notStated: boolean;
  /** Published, but the year has no such class (当年无此科目): neither 未列示 nor 未公开. */
  classAbsent: boolean;
  /** vs year − 1, when that year is selected and published; else null. */
  change: Yuan | null;
  /** Hundredths of a percent of the prior-year value; null when there is none or it is 0. */
  changeRate: number | null;
  /** Hundredths of a percent of the year's total over the selected departments. */
  share: number | null;
}

/** round(numerator × 100 ÷ denominator, 2 decimals) as an integer of hundredths; null when ÷ 0. */
export function percentHundredths(numerator: Yuan, denominator: Yuan): number | null {
  if (denominator === 0) return null;
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = BigInt(Math.abs(numerator)) * 10_000n;
  const d = BigInt(Math.abs(denominator));
  const rounded = (2n * n + d) / (2n * d); // half away from zero
  return Number(negative ? -rounded : rounded);
}

const key = (ref: string, year: number) => `${ref}\u0000${year}`;

export function buildCompareRows(input: {
  departments: readonly CompareDepartment[];
  years: readonly number[];
  figures: readonly CompareFigure[];
}): CompareRow[] {
  const values = new Map<string, Yuan | null>();
  const absent = new Set<string>();
  for (const f of input.figures) {
    values.set(key(f.departmentRef, f.year), f.value);
    if (f.classAbsent) absent.add(key(f.departmentRef, f.year));
  }
  const selectedYears = new Set(input.years);
  const years = [...selectedYears].sort((a, b) => a - b);
  const refs = new Set(input.departments.map((d) => d.ref));

  const totals = new Map<number, Yuan>();
  for (const f of input.figures) {
    // A figure not stated is not summed as 0: the shares are of the stated figures' total.
    if (f.value !== null && refs.has(f.departmentRef) && selectedYears.has(f.year)) totals.set(f.year, (totals.get(f.year) ?? 0) + f.value);
  }

  return input.departments.flatMap((department) =>
    years.map((year): CompareRow => {
      const stated = values.get(key(department.ref, year));
      const value = stated ?? null;
      const prior = selectedYears.has(year - 1) ? (values.get(key(department.ref, year - 1)) ?? null) : null;
      const change = value !== null && prior !== null ? value - prior : null;
      return {
        department,
        year,
        value,
        notStated: stated === null && !absent.has(key(department.ref, year)),
        classAbsent: absent.has(key(department.ref, year)),
        change,
        changeRate: change !== null && prior !== null ? percentHundredths(change, prior) : null,
        share: value !== null ? percentHundredths(value, totals.get(year) ?? 0) : null,
      };
    }),
  );
}
