/**
 * Query and path parameters of the open-data API, validated with zod. Unknown parameters are
 * ignored; a known one that is malformed answers 400 with the rule in Chinese and English.
 */
import { z } from "zod";
import "../zod-csp";
import { isDepartmentRef } from "../department-ref";
import { parseMeasure, type Measure } from "../classification/measure";
import { HEADLINE_MEASURES } from "../disclosure/figures";
import { invalidParameters, type ApiError, type ParameterProblem } from "./errors";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const MAX_LIST_ITEMS = { departments: 100, years: 50 } as const;

/** A department is named by its ref (lib/department-ref.ts): "434", or "130124_434" for another county's 434. */
const code = z.string().refine(isDepartmentRef);
const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(1990).max(2100));
const list = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .string()
    .transform((s) => [...new Set(s.split(",").map((part) => part.trim()).filter(Boolean))])
    .pipe(z.array(item).min(1).max(max));

/** What each parameter must be, for the 400 answer. */
const RULES: Record<string, { zh: string; en: string }> = {
  page: { zh: "page 应为不小于 1 的整数", en: "page must be an integer of at least 1" },
  pageSize: {
    zh: `pageSize 应为 1–${MAX_PAGE_SIZE} 的整数`,
    en: `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`,
  },
  year: { zh: "year 应为四位年份（1990–2100）", en: "year must be a four-digit year (1990–2100)" },
  department: {
    zh: "department 应为预算单位编码（字母、数字或连字符，至多20位），或“区县编码_预算单位编码”",
    en: "department must be a budget-unit code (letters, digits or hyphens, at most 20), or “countyCode_code”",
  },
  departments: {
    zh: `departments 应为以逗号分隔的预算单位编码（或“区县编码_预算单位编码”），1–${MAX_LIST_ITEMS.departments} 个`,
    en: `departments must be 1 to ${MAX_LIST_ITEMS.departments} comma-separated budget-unit codes (or “countyCode_code”)`,
  },
  years: {
    zh: `years 应为以逗号分隔的四位年份，1–${MAX_LIST_ITEMS.years} 个`,
    en: `years must be 1 to ${MAX_LIST_ITEMS.years} comma-separated four-digit years`,
  },
  measure: {
    zh: `measure 应为以下之一：${HEADLINE_MEASURES.join(", ")}；或分类科目：fn: 加支出功能分类的类、款、项编码（如 fn:205），econ: 加经济分类的类、款编码（如 econ:301）`,
    en: `measure must be one of: ${HEADLINE_MEASURES.join(", ")}; or a class: fn: and a function code (fn:205), econ: and an economic code (econ:301)`,
  },
};

const pagination = {
  page: integer(1, 1_000_000).default(1),
  pageSize: integer(1, MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

export const departmentsQuery = z.object(pagination);
export const disclosuresQuery = z.object({ ...pagination, year: year.optional(), department: code.optional() });
export const figuresQuery = z.object({
  departments: list(code, MAX_LIST_ITEMS.departments),
  years: list(year, MAX_LIST_ITEMS.years),
  measure: z
    .string()
    .default("total")
    .refine((text) => parseMeasure(text).ok)
    .transform((text) => text as Measure),
});

export type Page = z.output<typeof departmentsQuery>;
export type DisclosuresQuery = z.output<typeof disclosuresQuery>;
export type FiguresQuery = z.output<typeof figuresQuery>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/**
 * Reads the schema's parameters from a query string. A parameter given twice is joined with a
 * comma, so `year=2017&year=2018` is refused rather than silently read as 2017.
 */
export function parseQuery<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  params: URLSearchParams,
): Parsed<z.output<z.ZodObject<Shape>>> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const values = params.getAll(key);
    input[key] = values.length ? values.join(",") : undefined;
  }
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const names = [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")))];
  const problems: ParameterProblem[] = names.map((name) => ({
    name,
    message: RULES[name]?.zh ?? `${name} 无效`,
    messageEn: RULES[name]?.en ?? `${name} is invalid`,
  }));
  return { ok: false, error: invalidParameters(problems) };
}

/** A department ref from the path; null when it cannot be one (answered 404). */
export function pathCode(value: string): string | null {
  return isDepartmentRef(value) ? value : null;
}

/** A year from the path; null when it cannot be one (answered 404). */
export function pathYear(value: string): number | null {
  const parsed = year.safeParse(value);
  return parsed.success ? parsed.data : null;
}
