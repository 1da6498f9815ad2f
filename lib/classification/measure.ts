/**
 * A classification code as a measure of the comparison and the year ranking: `fn:205` (支出功能分类
 * 类 205, or a 款 / 项: 5 or 7 digits) or `econ:301` (部门预算支出经济分类 类 or 款: 3 or 5 digits).
 *
 * - A function class's amount is Σ of the document's expenditure lines (every kind and funding
 *   source: 本年支出合计 by function) whose 项 lies under the class; an economic class's, Σ of the
 *   economic lines (一般公共预算 basic spending) under it (classTotals, stored per published version).
 * - A document whose lines were not published with it (`lines: null`, the seed 434/2018) has no
 *   amount: null, shown as 未列示 and left out of a ranking, never 0.
 * - A code names the class of the year it is read in: across years the amount of a year is the
 *   class that stands for it that year (equivalentCode: a moved code, e.g. 21005 → 21011 in 2018).
 *
 * The value is checked against the code lists when parsed, so only codes some year knows reach a
 * page, a query or a cache key; anything else is refused with a Chinese message.
 */
import { HEADLINE_MEASURES, type HeadlineMeasure } from "../disclosure/figures";
import { MEASURE_LABELS, MEASURE_LABELS_EN } from "../disclosure/measures";
import type { BudgetLines } from "../disclosure/schema-lines";
import type { Yuan } from "../money";
import { CLASSIFICATION_YEARS, codesForYear, equivalentCode, findCode, type ClassificationCode, type ClassificationScheme } from "./index";

export type ClassMeasure = `fn:${string}` | `econ:${string}`;

export interface ClassRef {
  scheme: ClassificationScheme;
  code: string;
}

const PREFIX: Record<ClassificationScheme, "fn" | "econ"> = { function: "fn", economic: "econ" };
const SYNTAX = /^(fn:\d{3}(?:\d{2}){0,2}|econ:\d{3}(?:\d{2})?)$/;

export function isClassMeasure(value: string): value is ClassMeasure {
  return value.startsWith("fn:") || value.startsWith("econ:");
}

export function classMeasure(ref: ClassRef): ClassMeasure {
  return `${PREFIX[ref.scheme]}:${ref.code}`;
}

/** The years of the code lists, latest first: a code's label is its latest name. */
const YEARS_LATEST_FIRST = Array.from(
  { length: CLASSIFICATION_YEARS.last - CLASSIFICATION_YEARS.first + 1 },
  (_, i) => CLASSIFICATION_YEARS.last - i,
);

/** The code as the latest list that holds it names it; undefined when no year knows it. */
export function latestCode(ref: ClassRef): ClassificationCode | undefined {
  for (const year of YEARS_LATEST_FIRST) {
    const found = findCode(ref.scheme, ref.code, year);
    if (found) return found;
  }
  return undefined;
}

export type ClassParse = { ok: true; measure: ClassMeasure; ref: ClassRef; code: ClassificationCode } | { ok: false; message: string };

/**
 * `fn:205` / `econ:30201` checked: well-formed, and a code some year's list holds. The message
 * says what was wrong, in Chinese, with the value shortened (never echoed whole).
 */
export function parseClassMeasure(text: string): ClassParse {
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  if (!SYNTAX.test(text)) {
    return { ok: false, message: `“${shown}”不是有效的分类指标：应为 fn: 加3、5或7位支出功能分类编码，或 econ: 加3或5位经济分类编码（例如 fn:205）。` };
  }
  const [prefix, code] = text.split(":") as ["fn" | "econ", string];
  const ref: ClassRef = { scheme: prefix === "fn" ? "function" : "economic", code };
  const found = latestCode(ref);
  if (!found) {
    const scheme = ref.scheme === "function" ? "支出功能分类" : "支出经济分类";
    return { ok: false, message: `${scheme}中没有科目编码 ${code}（已收录${CLASSIFICATION_YEARS.first}—${CLASSIFICATION_YEARS.last}年），无法按此比较。` };
  }
  return { ok: true, measure: text as ClassMeasure, ref, code: found };
}

export function classRef(measure: ClassMeasure): ClassRef {
  const [prefix, code] = measure.split(":") as ["fn" | "econ", string];
  return { scheme: prefix === "fn" ? "function" : "economic", code };
}

/** "功能分类 205 教育支出" / "Function 205 教育支出": the code and its (latest) official name. */
export function classLabel(measure: ClassMeasure): { zh: string; en: string } {
  const ref = classRef(measure);
  const name = latestCode(ref)?.name ?? "";
  return ref.scheme === "function"
    ? { zh: `功能分类 ${ref.code} ${name}`, en: `Function ${ref.code} ${name}` }
    : { zh: `经济分类 ${ref.code} ${name}`, en: `Economic ${ref.code} ${name}` };
}

/**
 * The code that stands for the class in `year`: the code itself while valid, else its equivalent
 * from the nearest year that holds it. Undefined when the year has no such class, or is outside
 * the code lists.
 */
export function classCodeInYear(ref: ClassRef, year: number): string | undefined {
  if (year < CLASSIFICATION_YEARS.first || year > CLASSIFICATION_YEARS.last) return undefined;
  if (findCode(ref.scheme, ref.code, year)) return ref.code;
  const byDistance = [...YEARS_LATEST_FIRST].sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
  for (const from of byDistance) {
    if (!findCode(ref.scheme, ref.code, from)) continue;
    const code = equivalentCode(ref.scheme, ref.code, from, year);
    if (code) return code;
  }
  return undefined;
}

/** One class's amount in a document's lines: Σ of the lines whose code lies under `code`. */
export interface ClassTotal {
  scheme: ClassificationScheme;
  /** A 类, 款 or 项 (function) / 类 or 款 (economic) code; "" for the whole scheme (every line). */
  code: string;
  amount: Yuan;
}

/**
 * The code lengths a class is measured at: 类 3, 款 5, 项 7 (function), 类 3, 款 5 (economic),
 * and 0, the whole scheme. Every code a measure names is one of these lengths (classCodeInYear
 * returns codes of the lists).
 */
export const CLASS_TOTAL_LENGTHS: Readonly<Record<ClassificationScheme, readonly number[]>> = {
  function: [0, 3, 5, 7],
  economic: [0, 3, 5],
};

/**
 * The amount of every class a document's lines fall in — THE definition of a class's amount:
 * a function class, Σ of the expenditure lines (every kind and funding source: 本年支出合计 by
 * function) whose 项 lies under it; an economic class, Σ of the economic lines (一般公共预算
 * basic spending) under it. A line counts for each prefix of its code of CLASS_TOTAL_LENGTHS;
 * the two wholes ("") are there whenever the lines are, so a class no line falls in is a stated
 * 0. Null when the lines were not published with the document (the seed 434/2018): no class is
 * stated (未列示).
 *
 * Stored per published version (version_class_totals, db/queries/versions.ts), in the same
 * transaction as the publication; the comparison and the year ranking read them there.
 */
export function classTotals(lines: BudgetLines | null): ClassTotal[] | null {
  if (lines === null) return null;
  const sums = new Map<string, ClassTotal>();
  const add = (scheme: ClassificationScheme, lineCode: string, amount: Yuan) => {
    for (const length of CLASS_TOTAL_LENGTHS[scheme]) {
      if (lineCode.length < length) continue;
      const code = lineCode.slice(0, length);
      const key = `${scheme}:${code}`;
      const total = sums.get(key);
      if (total) total.amount += amount;
      else sums.set(key, { scheme, code, amount });
    }
  };
  for (const scheme of ["function", "economic"] as const) sums.set(`${scheme}:`, { scheme, code: "", amount: 0 });
  for (const line of lines.expenditure) add("function", line.functionCode, line.amount);
  for (const line of lines.economic) add("economic", line.economicCode, line.amount);
  return [...sums.values()];
}

/**
 * Whether the class stands for a code in `year` (classCodeInYear). False for a year before it was
 * set up, after it was abolished, or before several codes were merged into it (fn:20138 before
 * 2019): its amount there is null, but not because anything went unstated — the year has no such
 * class, which pages say in their own words (not 未列示, not "tables not published").
 */
export function classExistsIn(ref: ClassRef, year: number): boolean {
  return classCodeInYear(ref, year) !== undefined;
}

/**
 * The amount of the class (its code in the document's year, classCodeInYear) in a document's
 * lines, from classTotals; null when the lines were not published (未列示) or the year has no
 * such class. db/queries/class-measures.ts reads the same from the stored totals.
 */
export function classAmount(lines: BudgetLines | null, ref: ClassRef, year: number): Yuan | null {
  const totals = classTotals(lines);
  if (totals === null) return null;
  const code = classCodeInYear(ref, year);
  if (code === undefined) return null;
  return totals.find((t) => t.scheme === ref.scheme && t.code === code)?.amount ?? 0;
}

/** The 类 and 款 of a year, for the measure pickers: value `fn:205`, text "205 教育支出". */
export function classOptions(scheme: ClassificationScheme, year: number, levels: readonly string[] = ["类", "款"]) {
  const clamped = Math.min(Math.max(year, CLASSIFICATION_YEARS.first), CLASSIFICATION_YEARS.last);
  return codesForYear(scheme, clamped)
    .filter((c) => levels.includes(c.level))
    .map((c) => ({ value: classMeasure({ scheme, code: c.code }), text: `${c.code} ${c.name}` }));
}

/**
 * A path-safe pattern of the 类 and 款 codes any year knows (`fn:205`, `econ:30201`): what the
 * rewrites to the cached pages accept (lib/cached-routes.ts). Bounded by the code lists, so the
 * kept pages cannot be multiplied by invented codes; a 项 or an unknown code is answered by the
 * dynamic page (a 项 rendered per request, an unknown code refused).
 */
let keptPattern: string | undefined;
export function keptClassPattern(): string {
  if (keptPattern !== undefined) return keptPattern;
  const codes = (scheme: ClassificationScheme) => {
    const all = new Set<string>();
    for (const year of YEARS_LATEST_FIRST) for (const c of codesForYear(scheme, year)) if (c.level !== "项") all.add(c.code);
    return [...all].sort();
  };
  keptPattern = `fn:(?:${codes("function").join("|")})|econ:(?:${codes("economic").join("|")})`;
  return keptPattern;
}

/** What the comparison and the year ranking measure: a headline figure or a class. */
export type Measure = HeadlineMeasure | ClassMeasure;

/** A measure's name in both languages: a headline figure's, or a class's code and official name. */
export function measureLabel(measure: Measure): { zh: string; en: string } {
  if (isClassMeasure(measure)) return classLabel(measure);
  return { zh: MEASURE_LABELS[measure], en: MEASURE_LABELS_EN[measure] };
}

export type MeasureParse = { ok: true; measure: Measure } | { ok: false; message: string };

/** A headline measure by name, or a class checked by parseClassMeasure. */
export function parseMeasure(text: string): MeasureParse {
  const headline = HEADLINE_MEASURES.find((m) => m === text);
  if (headline) return { ok: true, measure: headline };
  if (isClassMeasure(text)) {
    const parsed = parseClassMeasure(text);
    return parsed.ok ? { ok: true, measure: parsed.measure } : parsed;
  }
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  return { ok: false, message: `未知的指标“${shown}”。` };
}
