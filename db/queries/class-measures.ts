/**
 * A class's amount per published version, read from the totals stored when the version was
 * published (version_class_totals: lib/classification/measure.ts classTotals, the one definition,
 * written by db/queries/versions.ts storeClassTotals): the stored amount of the class's code of
 * the version's year (classCodeInYear follows renamed and moved codes), 0 when the version has
 * lines but none under the class (its wholes, code "", are stored), null when the document's lines
 * were not published (no rows: 未列示) or the year has no such class.
 *
 * Why stored and not summed from the document's lines at read time: the year ranking sorts, ranks
 * and pages every department of a year (2,000 in a county, tens of thousands in a province) in
 * one query; summing each document's lines on every uncached ranking read (detoasted) every
 * document of the year (measured: class-measures.perf.test.ts, docs/benchmarks.md).
 */
import { sql, type SQL } from "drizzle-orm";
import { classCodeInYear, classRef, type ClassMeasure } from "../../lib/classification/measure";
import { disclosureVersions } from "../schema";

/**
 * The stored amount of `code` of a version: one index scan of version_class_totals' key for the
 * class and the scheme's whole. Null without the whole (lines not published), 0 without the class.
 * (`version_class_totals` is written out: drizzle would leave its columns unqualified here.)
 */
function storedAmount(scheme: "function" | "economic", code: string): SQL {
  return sql`(${storedAmountSelect(scheme, code)})`;
}

function storedAmountSelect(scheme: "function" | "economic", code: string): SQL {
  return sql`select case when bool_or(t.code = '') then coalesce(sum(t.amount) filter (where t.code = ${code}::text), 0) end::bigint as amount
    from version_class_totals t
    where t.version_id = ${disclosureVersions.id} and t.scheme = ${scheme}::text and t.code in ('', ${code}::text)`;
}

/**
 * The class's amount of the version, as an SQL expression over disclosure_versions, for the
 * `years` the query reads (each year's code, classCodeInYear). bigint, null for 未列示.
 */
export function classAmountSql(measure: ClassMeasure, years: readonly number[]): SQL<number | null> {
  const ref = classRef(measure);
  const branches = [...new Set(years)].flatMap((year) => {
    const code = classCodeInYear(ref, year);
    return code === undefined ? [] : [sql`when ${year}::int then ${storedAmount(ref.scheme, code)}`];
  });
  if (branches.length === 0) return sql<number | null>`null::bigint`;
  return sql<number | null>`(case ${disclosureVersions.year} ${sql.join(branches, sql` `)} end)::bigint`.mapWith(Number);
}

/**
 * The measured amount of each version of one `year`, as a lateral join (`measured.amount`):
 * computed once per row, however often the ranking's query refers to it (its order, its rank,
 * its sums and counts). The lateral is the aggregate itself, which the planner cannot pull up
 * into the outer query: a scalar subquery there was inlined and run again at every reference
 * (six in the ranking's totals), which cost more than reading the stored rows.
 */
export function measuredJoin(measure: ClassMeasure, year: number): { join: SQL; amount: SQL<number | null> } {
  const ref = classRef(measure);
  const code = classCodeInYear(ref, year);
  const amount = sql<number | null>`measured.amount`.mapWith(Number);
  if (code === undefined) return { join: sql`lateral (select null::bigint as amount) measured`, amount };
  return { join: sql`lateral (${storedAmountSelect(ref.scheme, code)}) measured`, amount };
}
