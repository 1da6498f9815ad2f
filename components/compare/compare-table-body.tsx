"use client";

/** One table row as compact data: the cells in column order, plus what the markup needs. */
export interface CompactRow {
  code: string;
  year: number;
  cells: string[];
  demo: boolean;
  unpublished: boolean;
}

/**
 * The comparison's rows, drawn from compact data. A client component only so that the page's
 * embedded React payload carries each row as a short array instead of its whole markup: the
 * server still renders every row into the HTML, and the table works without JavaScript.
 */
export function CompareTableBody(props: { rows: readonly CompactRow[]; numeric: readonly boolean[]; valueColumn: number; noteColumn: number }) {
  return (
    <tbody>
      {props.rows.map((row) => (
        <tr key={`${row.code}-${row.year}`} data-testid="compare-row" data-code={row.code} data-year={row.year}>
          {row.cells.map((text, i) => (
            <td key={i} {...(props.numeric[i] ? { className: "num" } : {})}>
              {i === props.noteColumn && row.demo ? (
                // The note cell of a demo row holds the 示例数据 label (lib/compare/columns.ts), shown as the badge.
                <span className="demo-badge">{text}</span>
              ) : i === props.valueColumn && row.unpublished ? (
                <span className="text-stone-700">{text}</span>
              ) : (
                text
              )}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
