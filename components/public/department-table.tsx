import type { DepartmentSummary } from "../../db/queries/public-stats";
import { formatWan } from "../../lib/money";
import { DepartmentRows } from "./department-rows";
import { label, labelf, measureLabel, type Lang } from "./labels";
import { localePath } from "@/lib/lang-paths";
import { ScrollTable } from "../ui/scroll-table";
import { changeOf } from "../../lib/shares";

const MEASURES = ["total", "basic", "project", "sangongTotal"] as const;

/** Every department with its headline figures for `year`, its latest disclosure and a link to all its years. */
export function DepartmentTable(props: { year: number; departments: readonly DepartmentSummary[]; lang?: Lang }) {
  const { lang, year } = props;
  const caption = labelf("departmentsTable", { year }, lang);
  return (
    <ScrollTable label={labelf("scrollTable", { name: caption }, lang)} minWidth="min-w-[40rem]">
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
        <DepartmentRows
          measures={MEASURES}
          text={{
            departmentsPath: localePath("/departments", lang ?? "zh"),
            demo: label("demoBadge", lang),
            notPublished: label("notPublished", lang),
            yearLink: label("yearLink", lang),
            yearLinkName: label("yearLinkName", lang),
            allYears: label("allYearsLink", lang),
            allYearsName: label("allYearsLinkName", lang),
          }}
          rows={props.departments.map((d) => {
            const change = changeOf(d.current?.total, d.previous?.total);
            return {
              code: d.code,
              ...(d.ref === d.code ? {} : { ref: d.ref }),
              name: d.name,
              demo: d.isDemo,
              figures: MEASURES.map((m) => {
                const value = d.current?.[m];
                return value === undefined ? null : value === null ? label("notStated", lang) : formatWan(value);
              }),
              change: change?.amount ?? label("noPrior", lang),
              changePercent: change?.percent ? `${change.percent}%` : label("noPrior", lang),
              years: [...d.years],
            };
          })}
        />
      </table>
    </ScrollTable>
  );
}
