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

/** The citation of a list, as the database's `source` column and the open data carry it. */
export function citation(list: CodeList): string {
  const { issuer, title, documentNumber } = list.source;
  return `${issuer}${title}${documentNumber ? `（${documentNumber}）` : ""}`;
}
