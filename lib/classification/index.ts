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

/** The three 三公 items of 一般公共预算"三公"经费支出表, by their economic 款. */
export const SANGONG_ECONOMIC_CODES = {
  abroad: "30212",
  vehiclePurchase: "31013",
  vehicleOperation: "30231",
  reception: "30217",
} as const satisfies Record<string, string>;

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

const SCHEME_NAMES: Record<ClassificationScheme, string> = { function: "支出功能分类", economic: "支出经济分类" };

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
  const words = query.trim().split(/\s+/).filter(Boolean);
  const digits = words.filter((w) => /^\d+$/.test(w));
  const texts = words.filter((w) => !/^\d+$/.test(w));
  const direct: ClassificationCode[] = [];
  const inherited: ClassificationCode[] = [];
  for (const code of codes) {
    if (!digits.every((d) => code.code.startsWith(d))) continue;
    if (texts.every((t) => code.name.includes(t))) direct.push(code);
    else if (texts.every((t) => codePath(scheme, code.code, year).some((c) => c.name.includes(t)))) inherited.push(code);
    if (direct.length >= limit) break;
  }
  return [...direct, ...inherited].slice(0, Math.max(0, limit));
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

/**
 * The working split of 基本支出 (national-tables.md): 人员经费 = 301 工资福利支出 + 303 对个人和家庭的
 * 补助; everything else (302 商品和服务支出, 310 资本性支出 …) counts as 公用经费.
 */
export function personnelOrPublic(economicCode: string): "personnel" | "public" {
  if (!/^3\d{2}(\d{2})?$/.test(economicCode)) {
    throw new Error(`不是${SCHEME_NAMES.economic}的类或款编码：${economicCode}`);
  }
  const group = economicCode.slice(0, 3);
  return group === "301" || group === "303" ? "personnel" : "public";
}
