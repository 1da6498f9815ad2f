import { NOT_STATED, type DerivedFigures, type MaybeSangongFigures } from "../../lib/disclosure/figures";
import type { Narrative } from "../../lib/disclosure/narrative";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { AmountCell, DocParagraph, DocSection, RowHeader, TableCaption, TableRegion } from "./doc-parts";

/** 三、机关运行经费安排情况 */
export function SectionOperatingCosts(props: {
  year: number;
  document: DisclosureDocument;
  figures: DerivedFigures;
  narrative: Narrative;
}) {
  return (
    <DocSection section="operatingCosts">
      <DocParagraph testId="narrative-operating-costs">{props.narrative.operatingCosts}</DocParagraph>
      <TableRegion label="机关运行经费明细表，可横向滚动">
        <table className="doc-table max-w-xl" data-testid="operating-costs-table">
          <TableCaption>{props.year}年机关运行经费明细（单位：万元）</TableCaption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">金额</th>
            </tr>
          </thead>
          <tbody>
            {props.document.operatingCosts.items.map((item, i) => (
              <tr key={i}>
                <RowHeader>{item.name}</RowHeader>
                {/* Marked 未列示, the items' amounts are no figure either (they would add up to the total). */}
                <AmountCell yuan={props.figures.stated.operatingCosts ? item.amount : null} missing={NOT_STATED} />
              </tr>
            ))}
            <tr>
              <RowHeader strong>合计</RowHeader>
              <AmountCell yuan={props.figures.operatingCosts} missing={NOT_STATED} testId="operating-costs-total" strong />
            </tr>
          </tbody>
        </table>
      </TableRegion>
    </DocSection>
  );
}

const SANGONG_ROWS: readonly { key: keyof MaybeSangongFigures; label: string; indent?: boolean; strong?: boolean }[] = [
  { key: "abroad", label: "因公出国（境）费" },
  { key: "vehicle", label: "公务用车购置及运行维护费" },
  { key: "vehiclePurchase", label: "其中：公务用车购置费", indent: true },
  { key: "vehicleOperation", label: "公务用车运行维护费", indent: true },
  { key: "reception", label: "公务接待费" },
  { key: "total", label: "合计", strong: true },
];

/** 四、财政拨款“三公”经费预算情况及增减变化原因 */
export function SectionSangong(props: {
  year: number;
  figures: DerivedFigures;
  narrative: Narrative;
}) {
  const f = props.figures;
  return (
    <DocSection section="sangong">
      <DocParagraph testId="narrative-sangong-items">{props.narrative.sangongItems}</DocParagraph>
      <DocParagraph testId="narrative-sangong-change">{props.narrative.sangongChange}</DocParagraph>
      <TableRegion label="财政拨款“三公”经费预算表，可横向滚动">
        <table className="doc-table max-w-2xl" data-testid="sangong-table">
          <TableCaption>{props.year}年财政拨款“三公”经费预算（单位：万元）</TableCaption>
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">本年</th>
              <th scope="col">上年</th>
              <th scope="col">增减</th>
            </tr>
          </thead>
          <tbody>
            {SANGONG_ROWS.map((row) => (
              <tr key={row.key}>
                <RowHeader indent={row.indent} strong={row.strong}>
                  {row.label}
                </RowHeader>
                <AmountCell yuan={f.sangong[row.key]} testId={`sangong-${row.key}`} strong={row.strong} missing={NOT_STATED} />
                <AmountCell yuan={f.sangongPrior[row.key]} strong={row.strong} />
                <AmountCell yuan={f.sangongChange[row.key]} signed testId={`sangong-${row.key}-change`} strong={row.strong} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </DocSection>
  );
}
