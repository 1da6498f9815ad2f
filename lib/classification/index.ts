/**
 * 政府收支分类科目 as versioned reference data: the 支出功能分类 (类 → 款 → 项) and the 部门预算支出
 * 经济分类 (类 → 款) of each fiscal year the portal knows, read from the data files in ./data
 * (where each list comes from, and how a new year is added: README, "分类科目 / Classification codes").
 *
 * A year outside the lists (before the first or after the last year covered) is an error, not an
 * empty answer: every function below throws ClassificationYearError for it, so that a disclosure
 * of a year nobody has entered the codes for cannot silently pass as "no such code". Within the
 * covered years an unknown code answers undefined / [].
 *
 * For the economic scheme, 2016–2017 hold the single 支出经济分类 in force before the 2018 reform
 * (财预〔2017〕98号), and 2018 on the 部门预算支出经济分类 that department tables use.
 */
import { CODE_LISTS, CODE_MOVES } from "./lists";
import { searchEntries, type PickerCodeLists } from "./search";

export { personnelOrPublic, SANGONG_ECONOMIC_CODES } from "./economic-split";
export { pathText, pickerEntries, searchPickerCodes, type CodeName, type PickerCode, type PickerCodeLists } from "./search";

export type ClassificationScheme = "function" | "economic";
export type CodeLevel = "类" | "款" | "项";

export interface ClassificationCode {
  scheme: ClassificationScheme;
  code: string;
  name: string;
  level: CodeLevel;
  /** The 类 of a 款, the 款 of a 项; null for a 类. */
  parent: string | null;
}

/** The fiscal years whose lists the portal holds (both schemes cover the same years). */
export const CLASSIFICATION_YEARS = {
  first: Math.min(...CODE_LISTS.map((list) => list.years.from)),
  last: Math.max(...CODE_LISTS.map((list) => list.years.to)),
} as const;

export class ClassificationYearError extends RangeError {
  constructor(readonly year: number) {
    super(
      `${year}年的政府收支分类科目尚未收录（已收录${CLASSIFICATION_YEARS.first}—${CLASSIFICATION_YEARS.last}年）。` +
        "新年度的科目按 README“分类科目”一节的步骤添加。",
    );
    this.name = "ClassificationYearError";
  }
}

export const SCHEME_NAMES: Record<ClassificationScheme, string> = { function: "支出功能分类", economic: "支出经济分类" };

function levelOf(code: string): CodeLevel {
  return code.length === 3 ? "类" : code.length === 5 ? "款" : "项";
}

interface YearList {
  codes: readonly ClassificationCode[];
  byCode: ReadonlyMap<string, ClassificationCode>;
}

const yearLists = new Map<string, YearList>();

function yearList(scheme: ClassificationScheme, year: number): YearList {
  const key = `${scheme}:${year}`;
  const cached = yearLists.get(key);
  if (cached) return cached;
  if (!Number.isInteger(year)) throw new ClassificationYearError(year);
  const list = CODE_LISTS.find((l) => l.scheme === scheme && l.years.from <= year && year <= l.years.to);
  if (!list) throw new ClassificationYearError(year);
  const codes = list.codes
    .filter((entry) => (entry.from ?? list.years.from) <= year && year <= (entry.to ?? list.years.to))
    .map(({ code, name }): ClassificationCode => {
      const level = levelOf(code);
      return Object.freeze({ scheme, code, name, level, parent: level === "类" ? null : code.slice(0, code.length - 2) });
    });
  const built = { codes: Object.freeze(codes), byCode: new Map(codes.map((c) => [c.code, c])) };
  yearLists.set(key, built);
  return built;
}

/** Every code of the scheme valid in `year`, in the official order (类, then its 款 and their 项). */
export function codesForYear(scheme: ClassificationScheme, year: number): readonly ClassificationCode[] {
  return yearList(scheme, year).codes;
}

export function findCode(scheme: ClassificationScheme, code: string, year: number): ClassificationCode | undefined {
  return yearList(scheme, year).byCode.get(code);
}

/** The code with its ancestors, 类 first: [201, 20103, 2010301]. Empty when the code is not valid that year. */
export function codePath(scheme: ClassificationScheme, code: string, year: number): ClassificationCode[] {
  const path: ClassificationCode[] = [];
  for (let current = findCode(scheme, code, year); current; current = current.parent ? findCode(scheme, current.parent, year) : undefined) {
    path.unshift(current);
  }
  return path;
}

/**
 * For the editor's picker: codes valid in `year` matching every word of `query` — a word of digits
 * matches a code prefix ("2050", "2080505"), any other word the name of the code or of its 类 / 款
 * ("教育" finds 205 and everything under it; "教育 行政运行" finds 2050101). In official order,
 * codes whose own name matches before codes found through an ancestor. An empty query gives the
 * first `limit` codes.
 */
export function searchCodes(scheme: ClassificationScheme, year: number, query: string, limit = 20): ClassificationCode[] {
  const { codes } = yearList(scheme, year);
  return searchEntries(codes, query, (code) => codePath(scheme, code.code, year).map((c) => c.name), limit);
}

/** The level a line is entered at: 项 (7 digits) for the function scheme, 款 (5) for the economic. */
export const LINE_LEVEL: Readonly<Record<ClassificationScheme, CodeLevel>> = { function: "项", economic: "款" };

/**
 * What the editor's pickers need for a draft of `year`: both schemes' codes of that year (code and
 * name), built on the server and handed to the page, so the browser receives the one year's lists
 * (lib/classification/search.ts pickerEntries and searchPickerCodes work on them). Null when the
 * year's lists are not held.
 */
export function pickerCodeLists(year: number): PickerCodeLists | null {
  const names = (scheme: ClassificationScheme) => codesForYear(scheme, year).map(({ code, name }) => ({ code, name }));
  try {
    return { year, function: names("function"), economic: names("economic") };
  } catch (error) {
    if (error instanceof ClassificationYearError) return null;
    throw error;
  }
}

/**
 * The code that stands for `code` of `fromYear` in `toYear`, across the renames and moves between
 * them (either direction): the same code while it stays valid (a rename keeps its code: 207 and
 * 210 in 2019), the new code where data/changes.json records a move. Undefined when the code is not
 * valid in `fromYear`, was dropped without a successor, or (going back) several old codes merged
 * into it and none is the same code.
 */
export function equivalentCode(scheme: ClassificationScheme, code: string, fromYear: number, toYear: number): string | undefined {
  if (!findCode(scheme, code, fromYear)) return undefined;
  findCode(scheme, code, toYear); // a year outside the lists throws, whatever the path
  let current = code;
  const step = toYear > fromYear ? 1 : -1;
  for (let year = fromYear; year !== toYear; year += step) {
    const next = year + step;
    if (findCode(scheme, current, next)) continue;
    const boundary = step > 0 ? next : year; // a move is recorded at the first year of the new code
    const moves = CODE_MOVES.filter(
      (m) => m.scheme === scheme && m.year === boundary && (step > 0 ? m.from === current : m.to === current),
    );
    if (moves.length !== 1) return undefined;
    current = step > 0 ? moves[0]!.to : moves[0]!.from;
  }
  return current;
}
