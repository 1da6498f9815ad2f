"use client";

/** Where the body finds what its markup needs among a row's cells (columns in COLUMN_KEYS order). */
export interface CompareColumns {
  code: number;
  year: number;
  value: number;
  note: number;
  /** The value cell's text for a year the department has not published (L.unpublished). */
  unpublished: string;
}

/**
 * The comparison's rows, drawn from their cells alone. A client component only so that the page's
 * embedded React payload carries each row as a short array of strings instead of its whole markup
 * (a 10 × 10 comparison has a hundred rows): the server still renders every row into the HTML,
 * and the table works without JavaScript. What the markup needs is read from the cells: the code
 * and year, the demo label in the note cell (it holds nothing else), the unpublished value text.
 * The figure columns are right-aligned by their position (.compare-table in app/globals.css).
 */
export function CompareTableBody(props: { rows: readonly (readonly string[])[]; columns: CompareColumns }) {
  const { columns } = props;
  return (
    <tbody>
      {props.rows.map((cells, index) => {
        const code = cells[columns.code];
        const year = cells[columns.year];
        return (
          // Two counties may each have a 434: the row's place keys it.
          <tr key={`${index}-${code}-${year}`} data-testid="compare-row" data-code={code} data-year={year}>
            {cells.map((text, i) => (
              <td key={i}>
                {i === columns.note && text !== "" ? (
                  // The note cell of a demo row holds the 示例数据 label (lib/compare/columns.ts), shown as the badge.
                  <span className="demo-badge">{text}</span>
                ) : i === columns.value && text === columns.unpublished ? (
                  <span className="text-stone-700">{text}</span>
                ) : (
                  text
                )}
              </td>
            ))}
          </tr>
        );
      })}
    </tbody>
  );
}
