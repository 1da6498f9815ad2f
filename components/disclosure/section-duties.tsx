import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { itemNumber } from "../../lib/disclosure/numbering";
import { staffSentence } from "../../lib/disclosure/narrative";
import { DocParagraph, DocSection, DocSubsection, TableCaption, TableRegion } from "./doc-parts";

/** 一、部门职责及机构设置情况 */
export function SectionDuties(props: { document: DisclosureDocument }) {
  const { duties, units } = props.document;
  return (
    <DocSection section="duties">
      <DocSubsection section="duties" n={1} title="部门职责">
        <NumberedList items={duties} testId="duties" />
      </DocSubsection>
      <DocSubsection section="duties" n={2} title="机构设置">
        <TableRegion label="部门机构设置情况表，可横向滚动">
          <table className="doc-table" data-testid="units-table">
            <TableCaption>部门机构设置情况</TableCaption>
            <thead>
              <tr>
                <th scope="col">单位名称</th>
                <th scope="col">单位性质</th>
                <th scope="col">单位规格</th>
                <th scope="col">经费保障形式</th>
              </tr>
            </thead>
            <tbody>
              {units.map((unit, i) => (
                <tr key={i}>
                  <th scope="row">
                    {unit.name}
                  </th>
                  <td className="text-center">{unit.nature}</td>
                  <td className="text-center">{unit.rank}</td>
                  <td className="text-center">{unit.funding}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        {/* 人员情况, where the document states it (none before the budget lines). */}
        <DocParagraph testId="narrative-staff">{staffSentence(props.document)}</DocParagraph>
      </DocSubsection>
    </DocSection>
  );
}

/**
 * A numbered list printed as the document prints it ("1、…"). The numbers are written out rather
 * than left to list-style so that they are copied and printed with the text.
 */
export function NumberedList(props: { items: readonly string[]; testId?: string }) {
  return (
    // role="list": Safari drops list semantics from a list without markers.
    <ol role="list" className="my-2 list-none space-y-2 pl-0" data-testid={props.testId}>
      {props.items.map((item, i) => (
        <li key={i} className="leading-relaxed">
          <span className="tabular-nums">{itemNumber(i + 1)}</span>
          {item}
        </li>
      ))}
    </ol>
  );
}
