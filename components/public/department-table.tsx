import Link from "next/link";
import type { DepartmentSummary } from "../../db/queries/public-stats";
import { formatWan } from "../../lib/money";
import { DemoBadge } from "../ui/demo-badge";
import { label, labelf, measureLabel, type Lang } from "./labels";
import { localePath } from "./lang-paths";
import { ScrollTable } from "./scroll-table";
import { changeOf } from "./stats";

const MEASURES = ["total", "basic", "project", "sangongTotal"] as const;
const link = "text-blue-800 underline underline-offset-2";

/** Every department with its headline figures for `year` and links to each published disclosure. */
export function DepartmentTable(props: { year: number; departments: readonly DepartmentSummary[]; lang?: Lang }) {
  const { lang, year } = props;
  const caption = labelf("departmentsTable", { year }, lang);
  return (
    <ScrollTable label={labelf("scrollTable", { name: caption }, lang)} minWidth="min-w-[52rem]">
      <table className="doc-table bg-white" data-testid="department-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{label("colCode", lang)}</th>
            <th scope="col">{label("colDepartment", lang)}</th>
            {MEASURES.map((m) => (
              <th scope="col" key={m}>
                {measureLabel(m, lang)}
              </th>
            ))}
            <th scope="col">
              {label("colChange", lang)}
              <span className="block text-xs font-normal">（{measureLabel("total", lang)}）</span>
            </th>
            <th scope="col">{label("colChangePercent", lang)}</th>
            <th scope="col">{label("colPublishedYears", lang)}</th>
          </tr>
        </thead>
        <tbody>
          {props.departments.map((d) => {
            const change = changeOf(d.current?.total, d.previous?.total);
            return (
              <tr key={d.code} data-testid="department-row" data-code={d.code}>
                <td className="num">{d.code}</td>
                <th scope="row" className="bg-white text-left font-normal">
                  <Link href={localePath(`/departments/${encodeURIComponent(d.code)}`, lang ?? "zh")} className={link}>
                    {d.name}
                  </Link>
                  {d.isDemo && (
                    <>
                      {" "}
                      <DemoBadge lang={lang} />
                    </>
                  )}
                </th>
                {MEASURES.map((m) => (
                  <td className="num" key={m} data-measure={m}>
                    {d.current ? formatWan(d.current[m]) : <NotPublished lang={lang} />}
                  </td>
                ))}
                <td className="num" data-measure="change">
                  {change?.amount ?? label("noPrior", lang)}
                </td>
                <td className="num" data-measure="change-percent">
                  {change?.percent ? `${change.percent}%` : label("noPrior", lang)}
                </td>
                <td>
                  <ul className="flex flex-wrap gap-x-3 gap-y-1">
                    {d.years.map((y) => (
                      <li key={y}>
                        <Link
                          href={localePath(`/departments/${encodeURIComponent(d.code)}/${y}`, lang ?? "zh")}
                          className={link}
                          aria-label={labelf("yearLinkName", { name: d.name, year: y }, lang)}
                        >
                          {labelf("yearLink", { year: y }, lang)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function NotPublished(props: { lang?: Lang }) {
  return <span className="text-xs text-stone-700">{label("notPublished", props.lang)}</span>;
}
