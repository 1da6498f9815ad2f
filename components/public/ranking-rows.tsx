"use client";

import Link from "next/link";
// A plain module: a function exported from this client module could not be called on the server.
import { rankAnchor } from "./rank-anchor";

/** One ranked department as compact data: every figure already formatted. */
export interface RankingRowData {
  rank: number;
  code: string;
  /** Its ref (lib/department-ref.ts): the code, or the code and county where codes repeat. */
  ref: string;
  name: string;
  demo: boolean;
  /** The measure in 万元, formatted. */
  value: string;
  /** The bar's length in percent of the year's largest value (ranking-table.tsx barPercent). */
  bar: number;
  /** Its share of the county total, formatted. */
  share: string;
}

/** The rows' fixed words and addresses in the page's language. */
export interface RankingRowText {
  /** The department pages' path in the page's language, e.g. "/en/departments". */
  departmentsPath: string;
  year: number;
  /** The 示例数据 badge's words. */
  demo: string;
}

/**
 * A year ranking's rows (ranking-table.tsx), drawn from compact data. A client component only so
 * that the page's embedded React payload carries each row as a short record instead of its whole
 * markup (a page of 100 rows sent 121 KB of payload beside 64 KB of HTML, and Next compresses both
 * for every answer); the server still renders every row into the HTML. The bar under each figure
 * is CSS only and hidden from screen readers: the figure stays the text that is read and copied.
 * Links are not prefetched: a page holds a hundred of them.
 */
export function RankingRows({ rows, text }: { rows: readonly RankingRowData[]; text: RankingRowText }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.ref} id={rankAnchor(row.ref)} data-testid="ranking-row" data-code={row.code} className="target:bg-amber-100">
          <td className="num">{row.rank}</td>
          <td className="num">{row.code}</td>
          <th scope="row" className="bg-white text-left font-normal">
            <Link href={`${text.departmentsPath}/${row.ref}/${text.year}`} prefetch={false} className="text-blue-800 underline underline-offset-2">
              {row.name}
            </Link>
            {row.demo && (
              <>
                {" "}
                <span className="demo-badge">{text.demo}</span>
              </>
            )}
          </th>
          <td className="num" data-measure="value">
            <span aria-hidden="true" className="rank-bar" data-testid="rank-bar">
              <span style={{ width: `${row.bar}%` }} />
            </span>
            {row.value}
          </td>
          <td className="num" data-measure="share">
            {row.share}
          </td>
        </tr>
      ))}
    </tbody>
  );
}
