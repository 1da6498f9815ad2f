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
