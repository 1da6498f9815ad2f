import type { DerivedFigures } from "../../lib/disclosure/figures";
import { chineseDate, type Narrative } from "../../lib/disclosure/narrative";
import { itemNumber } from "../../lib/disclosure/numbering";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import type { Yuan } from "../../lib/money";
import { AmountCell, DocParagraph, DocSection, NOT_APPLICABLE, RowHeader, TableCaption, TableRegion } from "./doc-parts";

/** 七、国有资产信息 */
export function SectionAssets(props: {
  year: number;
  departmentCode: string;
  departmentName: string;
  document: DisclosureDocument;
  figures: DerivedFigures;
  narrative: Narrative;
}) {
  const { plannedPurchases, table } = props.document.assets;
  const rows: { label: string; count: string; value: Yuan; indent?: boolean; testId: string }[] = [
    { label: `${itemNumber(1)}房屋（平方米）`, count: String(table.buildingsArea), value: table.buildingsValue, testId: "asset-buildings" },
    { label: "其中：办公用房（平方米）", count: String(table.officeArea), value: table.officeValue, indent: true, testId: "asset-office" },
    { label: `${itemNumber(2)}车辆（台、辆）`, count: String(table.vehicleCount), value: table.vehicleValue, testId: "asset-vehicles" },
    { label: `${itemNumber(3)}单价在20万元以上的设备`, count: NOT_APPLICABLE, value: table.equipmentValue, testId: "asset-equipment" },
    { label: `${itemNumber(4)}其他固定资产`, count: NOT_APPLICABLE, value: table.otherValue, testId: "asset-other" },
  ];
  return (
    <DocSection section="assets">
      <DocParagraph testId="narrative-assets">{props.narrative.assets}</DocParagraph>

      {plannedPurchases.length > 0 && (
        <TableRegion label="固定资产购置预算表，可横向滚动">
          <table className="doc-table max-w-xl" data-testid="planned-purchases-table">
            <TableCaption>{props.year}年固定资产购置预算（单位：万元）</TableCaption>
            <thead>
              <tr>
                <th scope="col">资产名称</th>
                <th scope="col">数量</th>
                <th scope="col">预算金额</th>
              </tr>
            </thead>
            <tbody>
              {plannedPurchases.map((p, i) => (
                <tr key={i}>
                  <RowHeader>{p.item}</RowHeader>
                  <td className="num">{p.quantity === null ? NOT_APPLICABLE : `${p.quantity}${p.unit}`}</td>
                  <AmountCell yuan={p.amount} />
                </tr>
              ))}
              <tr>
                <RowHeader strong>合计</RowHeader>
                <td className="num">{NOT_APPLICABLE}</td>
                <AmountCell yuan={props.figures.plannedPurchases} testId="planned-purchases-total" strong />
              </tr>
            </tbody>
          </table>
        </TableRegion>
      )}

      <TableRegion label="固定资产占用情况表，可横向滚动">
        <table className="doc-table max-w-2xl" data-testid="asset-table">
          <TableCaption>固定资产占用情况表</TableCaption>
          <thead>
            <tr>
              <th scope="colgroup" colSpan={2} className="bg-white text-left font-normal">
                {props.departmentCode}
                {props.departmentName}
              </th>
              <th scope="col" className="bg-white text-right font-normal" data-testid="asset-as-of">
                截止时间：{chineseDate(table.asOf)}
              </th>
            </tr>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">数量</th>
              <th scope="col">价值（金额单位：万元）</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <RowHeader strong>资产总额</RowHeader>
              <td className="num">{NOT_APPLICABLE}</td>
              <AmountCell yuan={props.figures.assetTotal} testId="asset-total" strong />
            </tr>
            {rows.map((row) => (
              <tr key={row.testId}>
                <RowHeader indent={row.indent}>{row.label}</RowHeader>
                <td className="num">{row.count}</td>
                <AmountCell yuan={row.value} testId={row.testId} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </DocSection>
  );
}
