import { procurementLineTotal, type DerivedFigures } from "../../lib/disclosure/figures";
import type { DisclosureDocument, ProcurementLine } from "../../lib/disclosure/schema";
import { sum } from "../../lib/money";
import { AmountCell, DocParagraph, DocSection, TableCaption, TableRegion } from "./doc-parts";

/** 当年部门预算安排资金: a line's amount less what comes from 其他渠道. */
function currentYearFunds(line: ProcurementLine) {
  return procurementLineTotal(line) - line.otherChannels;
}

function columnTotal(lines: readonly ProcurementLine[], pick: (line: ProcurementLine) => number) {
  return sum(lines.map(pick));
}

/** 六、政府采购预算情况 — the table is published even when empty, with its statement below. */
export function SectionProcurement(props: {
  year: number;
  departmentCode: string;
  departmentName: string;
  document: DisclosureDocument;
  figures: DerivedFigures;
}) {
  const { lines, emptyStatement } = props.document.procurement;
  const otherChannels = columnTotal(lines, (l) => l.otherChannels);
  return (
    <DocSection section="procurement">
      <TableRegion label="部门政府采购预算表，可横向滚动" minWidth="min-w-[58rem]" sticky={false}>
        <table className="doc-table" data-testid="procurement-table">
          <TableCaption>部门政府采购预算</TableCaption>
          <thead>
            <tr>
              <th scope="colgroup" colSpan={7} className="bg-white text-left font-normal">
                {props.departmentCode}
                {props.departmentName}
              </th>
              <th scope="colgroup" colSpan={7} className="bg-white text-right font-normal">
                预算年度：{props.year}年　金额单位：万元
              </th>
            </tr>
            <tr>
              <th scope="colgroup" colSpan={2} rowSpan={2}>政府采购项目来源</th>
              <th scope="col" rowSpan={3}>政府采购目录序号</th>
              <th scope="col" rowSpan={3}>采购项目名称</th>
              <th scope="col" rowSpan={3}>数量单位</th>
              <th scope="col" rowSpan={3}>单价</th>
              <th scope="col" rowSpan={3}>数量</th>
              <th scope="colgroup" colSpan={7}>政府采购计划金额</th>
            </tr>
            <tr>
              <th scope="col" rowSpan={2}>总计</th>
              <th scope="colgroup" colSpan={5}>当年部门预算安排资金</th>
              <th scope="col" rowSpan={2}>其他渠道资金</th>
            </tr>
            <tr>
              <th scope="col">项目名称</th>
              <th scope="col">预算资金</th>
              <th scope="col">合计</th>
              <th scope="col">一般公共预算拨款</th>
              <th scope="col">基金预算拨款安排</th>
              <th scope="col">财政专户核拨资金</th>
              <th scope="col">其他来源收入安排</th>
            </tr>
          </thead>
          <tbody>
            <tr data-testid="procurement-total-row">
              <th scope="row" className="bg-white font-semibold">合计</th>
              <AmountCell yuan={columnTotal(lines, (l) => l.sourceBudget ?? 0)} strong />
              <td />
              <td />
              <td />
              <td />
              <td />
              <AmountCell yuan={props.figures.procurementTotal} testId="procurement-total" strong />
              <AmountCell yuan={props.figures.procurementTotal - otherChannels} strong />
              <AmountCell yuan={columnTotal(lines, (l) => l.general)} strong />
              <AmountCell yuan={columnTotal(lines, (l) => l.fund)} strong />
              <AmountCell yuan={columnTotal(lines, (l) => l.specialAccount)} strong />
              <AmountCell yuan={columnTotal(lines, (l) => l.other)} strong />
              <AmountCell yuan={otherChannels} strong />
            </tr>
            {lines.map((line, i) => (
              <tr key={i} data-testid="procurement-line">
                <td>{line.sourceProject}</td>
                <AmountCell yuan={line.sourceBudget} />
                <td className="text-center">{line.catalogCode}</td>
                <th scope="row">{line.item}</th>
                <td className="text-center">{line.unit}</td>
                <AmountCell yuan={line.unitPrice} />
                <td className="num">{line.quantity ?? ""}</td>
                <AmountCell yuan={procurementLineTotal(line)} />
                <AmountCell yuan={currentYearFunds(line)} />
                <AmountCell yuan={line.general} />
                <AmountCell yuan={line.fund} />
                <AmountCell yuan={line.specialAccount} />
                <AmountCell yuan={line.other} />
                <AmountCell yuan={line.otherChannels} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {lines.length === 0 && emptyStatement.trim() !== "" && (
        <DocParagraph testId="procurement-empty-statement">{emptyStatement}</DocParagraph>
      )}
    </DocSection>
  );
}
