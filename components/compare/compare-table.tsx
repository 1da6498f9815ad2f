import { cellList, compareHeaders, rowCells } from "@/lib/compare/columns";
import { COLUMN_KEYS, L, type Lang } from "@/lib/compare/labels";
import type { CompareRow } from "@/lib/compare/table";
import type { Measure } from "@/lib/classification/measure";
import { CompareTableBody } from "./compare-table-body";
import { ScrollTable } from "../ui/scroll-table";

/**
 * The comparison table. Every cell's text is the string the downloads carry (lib/compare/columns),
 * so a CSV row equals the row's cells; all cells are <td> in the downloads' column order.
 */
export function CompareTable(props: { rows: readonly CompareRow[]; measure: Measure; caption: string; lang?: Lang }) {
  const { lang = "zh" } = props;
  const header = compareHeaders(props.measure, lang);
  return (
    <ScrollTable label={L.tableRegion[lang]}>
      <table className="doc-table compare-table min-w-[46rem] bg-white" data-testid="compare-table">
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
        <CompareTableBody
          rows={props.rows.map((row) => cellList(rowCells(row, lang)))}
          columns={{
            code: COLUMN_KEYS.indexOf("code"),
            year: COLUMN_KEYS.indexOf("year"),
            value: COLUMN_KEYS.indexOf("value"),
            note: COLUMN_KEYS.indexOf("note"),
            unpublished: L.unpublished[lang],
          }}
        />
      </table>
    </ScrollTable>
  );
}
