/**
 * A class's amount per published version, in SQL (lib/classification/measure.ts defines it:
 * classAmount; class-measures.test.ts holds the two equal on every demo document): Σ of the
 * lines of the document under the class's code of the version's year, null when the document's
 * lines were not published (未列示) or the year has no such class.
 *
 * Why SQL and not the lib function over loaded lines: the year ranking sorts, ranks and pages
 * every department of a year (2,000 in a county, tens of thousands in a province) in one query,
 * and reads only one page of rows; loading every document's lines to rank them in JavaScript
 * would move each document to the server on every ranking (measured: class-measures.perf.test.ts).
 */
import { sql, type SQL } from "drizzle-orm";
import { classCodeInYear, classRef, type ClassMeasure } from "../../lib/classification/measure";
import { disclosureVersions } from "../schema";

/** Σ of the lines under `code` (digits only: validated by parseClassMeasure, and bound as a parameter). */
function amountUnder(scheme: "function" | "economic", code: string): SQL {
  const array = scheme === "function" ? "expenditure" : "economic";
  const key = scheme === "function" ? "functionCode" : "economicCode";
  const lines = sql`${disclosureVersions.document} -> 'lines'`;
  return sql`(case when jsonb_typeof(${lines}) = 'object' then (select coalesce(sum((l ->> 'amount')::bigint), 0) from jsonb_array_elements(${lines} -> ${sql.raw(`'${array}'`)}) l where l ->> ${sql.raw(`'${key}'`)} like ${`${code}%`}::text) end)`;
}

/**
 * The class's amount of the version, as an SQL expression over disclosure_versions, for the
 * `years` the query reads (each year's code, classCodeInYear). bigint, null for 未列示.
 */
export function classAmountSql(measure: ClassMeasure, years: readonly number[]): SQL<number | null> {
  const ref = classRef(measure);
  const branches = [...new Set(years)].flatMap((year) => {
    const code = classCodeInYear(ref, year);
    return code === undefined ? [] : [sql`when ${year}::int then ${amountUnder(ref.scheme, code)}`];
  });
  if (branches.length === 0) return sql<number | null>`null::bigint`;
  return sql<number | null>`(case ${disclosureVersions.year} ${sql.join(branches, sql` `)} end)::bigint`.mapWith(Number);
}

/**
 * The measured amount of each version of one `year`, as a lateral join (`measured.amount`):
 * computed once per row, however often the ranking's query refers to it (its order, its rank,
 * its sums and counts). Written as a plain expression instead, the planner evaluated the lines'
 * sum again at every reference (nine per row in a page of the ranking), and reading the document
 * dominates: see class-measures.perf.test.ts for the measured times.
 */
export function measuredJoin(measure: ClassMeasure, year: number): { join: SQL; amount: SQL<number | null> } {
  const ref = classRef(measure);
  const code = classCodeInYear(ref, year);
  const amount = sql<number | null>`measured.amount`.mapWith(Number);
  if (code === undefined) return { join: sql`lateral (select null::bigint as amount) measured`, amount };
  const array = sql.raw(`'${ref.scheme === "function" ? "expenditure" : "economic"}'`);
  const key = sql.raw(`'${ref.scheme === "function" ? "functionCode" : "economicCode"}'`);
  // The document is read (detoasted) once per row: `offset 0` keeps the planner from inlining
  // d.lines back into each of its uses, which tripled the cost.
  return {
    join: sql`lateral (select (case when max(jsonb_typeof(d.lines)) = 'object' then coalesce(sum((l ->> 'amount')::bigint), 0) end)::bigint as amount
      from (select ${disclosureVersions.document} -> 'lines' as lines offset 0) d
      left join lateral jsonb_array_elements(case when jsonb_typeof(d.lines) = 'object' then d.lines -> ${array} else '[]'::jsonb end) l
        on l ->> ${key} like ${`${code}%`}::text) measured`,
    amount,
  };
}
