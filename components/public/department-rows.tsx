"use client";

import Link from "next/link";
import { fill } from "@/lib/fill";

/** One department of the list, as compact data: every figure already formatted. */
export interface DepartmentRowData {
  code: string;
  /** Its ref (lib/department-ref.ts) when that is not its code: another county's department of the same code. */
  ref?: string;
  name: string;
  demo: boolean;
  /** One per column of `measures`; null where the year is not published. */
  figures: (string | null)[];
  change: string;
  changePercent: string;
  years: number[];
}

/** The row's fixed words in the page's language; `{name}` and `{year}` are filled per link. */
export interface DepartmentRowText {
  departmentsPath: string;
  demo: string;
  notPublished: string;
  yearLink: string;
  yearLinkName: string;
  /** The link to the department page's list of years, e.g. "共{count}年". */
  allYears: string;
  allYearsName: string;
}

/**
 * The department list's rows (components/public/department-table.tsx), drawn from compact data. A
 * client component only so that the page's embedded React payload carries each row as a short
 * record instead of its whole markup; the server still renders every row into the HTML. Each row
 * links its latest published year and, when there are more, the department page's list of all its
 * years: ten year links per row made the page twice as heavy to serve. Links are not prefetched: a
 * page of 50 departments holds a hundred of them.
 */
export function DepartmentRows(props: { rows: readonly DepartmentRowData[]; measures: readonly string[]; text: DepartmentRowText }) {
  const { text } = props;
  return (
    <tbody>
      {props.rows.map((d) => {
        const href = `${text.departmentsPath}/${d.ref ?? d.code}`;
        const latest = d.years.at(-1);
        return (
          <tr key={d.ref ?? d.code} data-testid="department-row" data-code={d.code}>
            <td className="num">{d.code}</td>
            <th scope="row">
              <Link href={href} prefetch={false} className="link">
                {d.name}
              </Link>
              {d.demo && (
                <>
                  {" "}
                  <span className="demo-badge">{text.demo}</span>
                </>
              )}
            </th>
            {props.measures.map((m, i) => (
              <td className="num" key={m} data-measure={m}>
                {d.figures[i] ?? <span className="text-xs text-stone-700">{text.notPublished}</span>}
              </td>
            ))}
            <td className="num" data-measure="change">
              {d.change}
            </td>
            <td className="num" data-measure="change-percent">
              {d.changePercent}
            </td>
            <td>
              {latest !== undefined && (
                <Link href={`${href}/${latest}`} prefetch={false} className="link" aria-label={fill(text.yearLinkName, { name: d.name, year: latest })}>
                  {fill(text.yearLink, { year: latest })}
                </Link>
              )}
              {d.years.length > 1 && (
                <>
                  {" "}
                  <Link href={`${href}#years-title`} prefetch={false} className="link" aria-label={fill(text.allYearsName, { name: d.name, count: d.years.length })}>
                    {fill(text.allYears, { count: d.years.length })}
                  </Link>
                </>
              )}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
