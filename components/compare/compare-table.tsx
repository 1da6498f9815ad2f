import { DemoBadge } from "@/components/ui/demo-badge";
import { compareHeaders, NUMERIC_COLUMNS, rowCells } from "@/lib/compare/columns";
import { COLUMN_KEYS, L, type Lang } from "@/lib/compare/labels";
import type { CompareRow } from "@/lib/compare/table";
import type { HeadlineMeasure } from "@/lib/disclosure/figures";
import { ScrollRegion } from "./scroll-region";

/**
 * The comparison table. Every cell's text is the string the downloads carry (lib/compare/columns),
 * so a CSV row equals the row's cells; all cells are <td> in the downloads' column order.
 */
export function CompareTable(props: { rows: readonly CompareRow[]; measure: HeadlineMeasure; caption: string; lang?: Lang }) {
  const { lang = "zh" } = props;
  const header = compareHeaders(props.measure, lang);
  return (
    <ScrollRegion label={L.tableRegion[lang]}>
      <table className="doc-table min-w-[46rem] bg-white" data-testid="compare-table">
        <caption className="mb-1 text-left text-sm text-stone-700">{props.caption}</caption>
        <thead>
          <tr>
            {header.map((text, i) => (
              <th key={COLUMN_KEYS[i]} scope="col">
                {text}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => {
            const cells = rowCells(row, lang);
            return (
              <tr key={`${row.department.code}-${row.year}`} data-testid="compare-row" data-code={row.department.code} data-year={row.year}>
                {COLUMN_KEYS.map((key) => (
                  <td key={key} className={NUMERIC_COLUMNS.has(key) ? "num" : undefined}>
                    {key === "note" && row.department.isDemo ? (
                      <DemoBadge lang={lang} />
                    ) : key === "value" && row.value === null ? (
                      <span className="text-stone-700">{cells.value}</span>
                    ) : (
                      cells[key]
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
