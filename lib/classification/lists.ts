/**
 * The code lists as data: one JSON file per scheme and range of years in ./data, each citing the
 * 财政部 list it was taken from, plus ./data/changes.json for codes that moved to another code.
 * The files are parsed here once, so a malformed new year's file fails loudly (in the tests and at
 * the first use) rather than giving the editor a half list. Levels and parents are not stored in
 * the files: they follow from the code (3 digits 类, 5 款, 7 项; a 款 belongs to its first 3
 * digits, a 项 to its first 5).
 */
import { z } from "zod";
import "../zod-csp";
import economic2016 from "./data/economic-2016-2017.json";
import economic2018 from "./data/economic-2018-2027.json";
import changes from "./data/changes.json";
import function2016 from "./data/function-2016-2018.json";
import function2019 from "./data/function-2019-2027.json";

const year = z.number().int().min(1990).max(2100);
const code = z.string().regex(/^\d{3}(\d{2}){0,2}$/, "科目编码应为3、5或7位数字");

const listSchema = z.object({
  scheme: z.enum(["function", "economic"]),
  title: z.string().min(1),
  years: z.object({ from: year, to: year }),
  source: z.object({
    title: z.string().min(1),
    issuer: z.string().min(1),
    documentNumber: z.string().min(1).nullable(),
    publisher: z.string().min(1).nullable(),
    url: z.string().url().nullable(),
  }),
  /** Which parts were checked against which public source, and which are recalled. */
  verification: z.string().min(1),
  /**
   * What was checked, code by code: the public copies consulted (`sources`, by a short key) and
   * each code seen there with its name (`verified`). A code appears here only when the source
   * shows that code next to that name; the source's year is the year the code and name were seen
   * in force. Everything in `codes` without an entry here is recalled, not checked.
   */
  evidence: z.object({
    sources: z.record(
      z.string().regex(/^[a-z0-9-]+$/, "来源键只用小写字母、数字和连字符"),
      z.object({
        url: z.string().url(),
        title: z.string().min(1),
        /** The fiscal year whose list the source shows. */
        year,
        /** What the source shows and how its codes read there (e.g. 款 given as two digits under their 类). */
        note: z.string().min(1),
      }),
    ),
    verified: z.array(z.object({ code, name: z.string().min(1), source: z.string().min(1) })),
  }).refine((e) => e.verified.every((v) => Object.hasOwn(e.sources, v.source)), "evidence.verified 引用了 sources 中没有的来源"),
  codes: z.array(z.object({ code, name: z.string().min(1), from: year.optional(), to: year.optional() })).min(1),
});

const changesSchema = z.object({
  note: z.string(),
  moves: z.array(
    z.object({ scheme: z.enum(["function", "economic"]), year, from: code, to: code, note: z.string().min(1) }),
  ),
});

export type CodeList = z.infer<typeof listSchema>;
export type CodeMove = z.infer<typeof changesSchema>["moves"][number];

/** Every list, in the order of the years it covers within its scheme. */
export const CODE_LISTS: readonly CodeList[] = [function2016, function2019, economic2016, economic2018].map((file) =>
  listSchema.parse(file),
);

/** Codes that became another code from `year` on (the old code is gone that year). */
export const CODE_MOVES: readonly CodeMove[] = changesSchema.parse(changes).moves;

export type CodeEntry = CodeList["codes"][number];
const LEVELS = { 3: "类", 5: "款", 7: "项" } as const;

/**
 * Whether an entry of a list (a code with one name over its years) was seen in a source: some
 * verified record gives the same code and name, from a source whose year lies in the entry's years.
 */
export function entryVerified(list: CodeList, entry: CodeEntry): boolean {
  const from = entry.from ?? list.years.from;
  const to = entry.to ?? list.years.to;
  return list.evidence.verified.some((v) => {
    const source = Object.hasOwn(list.evidence.sources, v.source) ? list.evidence.sources[v.source] : undefined;
    return v.code === entry.code && v.name === entry.name && source !== undefined && from <= source.year && source.year <= to;
  });
}

/**
 * The state of a list's checking as its `verification` note must state it, e.g.
 * "已核对：类 2/10，款 41/101" (levels the list does not hold are left out). Counts entries: a code
 * renamed within the list counts once per name.
 */
export function verificationCounts(list: CodeList): string {
  const counts = ([3, 5, 7] as const).flatMap((length) => {
    const entries = list.codes.filter((e) => e.code.length === length);
    return entries.length === 0 ? [] : [`${LEVELS[length]} ${entries.filter((e) => entryVerified(list, e)).length}/${entries.length}`];
  });
  return `已核对：${counts.join("，")}`;
}

/** The citation of a list, as the database's `source` column and the open data carry it. */
export function citation(list: CodeList): string {
  const { issuer, title, documentNumber } = list.source;
  return `${issuer}${title}${documentNumber ? `（${documentNumber}）` : ""}`;
}
