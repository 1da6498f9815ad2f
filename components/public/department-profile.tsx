import type { Unit } from "../../lib/disclosure/schema";
import { NumberedList } from "../disclosure/section-duties";
import { label, labelf, type Lang } from "./labels";
import { ScrollTable } from "../ui/scroll-table";

/** 部门职责 and 机构设置 as the department's latest published disclosure states them. */
export function DepartmentProfile(props: { year: number; duties: readonly string[]; units: readonly Unit[]; lang?: Lang }) {
  const { lang } = props;
  const unitsCaption = label("unitsTitle", lang);
  return (
    <>
      <section aria-labelledby="duties-title" className="mt-8">
        <h2 id="duties-title" className="text-lg font-bold">
          {label("dutiesTitle", lang)}
        </h2>
        <p className="text-sm text-stone-700">{labelf("dutiesSource", { year: props.year }, lang)}</p>
        <NumberedList items={props.duties} testId="department-duties" />
      </section>
      <section aria-labelledby="units-title" className="mt-8">
        <h2 id="units-title" className="text-lg font-bold">
          {unitsCaption}
        </h2>
        <ScrollTable label={labelf("scrollTable", { name: unitsCaption }, lang)}>
          <table className="doc-table bg-white" data-testid="department-units">
            <caption className="sr-only">{unitsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{label("unitName", lang)}</th>
                <th scope="col">{label("unitNature", lang)}</th>
                <th scope="col">{label("unitRank", lang)}</th>
                <th scope="col">{label("unitFunding", lang)}</th>
              </tr>
            </thead>
            <tbody>
              {props.units.map((unit, i) => (
                <tr key={i}>
                  <th scope="row" className="bg-white text-left font-normal">
                    {unit.name}
                  </th>
                  <td className="text-center">{unit.nature}</td>
                  <td className="text-center">{unit.rank}</td>
                  <td className="text-center">{unit.funding}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </>
  );
}
