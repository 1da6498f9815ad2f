/**
 * The figures tables of 二、部门预算安排的总体情况. They show figures derived from the lines
 * (lib/disclosure/figures.ts), while the sentences above them print the figures as published, so a
 * published slip shows as a visible difference between the two.
 */
import { NOT_STATED, type DerivedFigures } from "../../lib/disclosure/figures";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { AmountCell, NOT_APPLICABLE, RowHeader, TableCaption, TableRegion } from "./doc-parts";

export function RevenueTable(props: { document: DisclosureDocument; figures: DerivedFigures; year: number }) {
  return (
    <TableRegion label="预算收入构成表，可横向滚动">
      <table className="doc-table max-w-xl" data-testid="revenue-table">
        <TableCaption>{props.year}年预算收入构成（单位：万元）</TableCaption>
        <thead>
          <tr>
            <th scope="col">收入来源</th>
            <th scope="col">金额</th>
          </tr>
        </thead>
        <tbody>
          {/* Marked 未列示, the rows' amounts are no figure: each reads 未列示, as the total does. */}
          {props.document.revenue.sources.map((source, i) => (
            <tr key={i}>
              <RowHeader>{source.label}</RowHeader>
              <AmountCell yuan={props.figures.stated.revenue ? source.amount : null} missing={NOT_STATED} />
            </tr>
          ))}
          <tr>
            <RowHeader strong>合计</RowHeader>
            <AmountCell yuan={props.figures.revenueTotal} missing={NOT_STATED} testId="revenue-total" strong />
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}

export function ExpenditureTable(props: { document: DisclosureDocument; figures: DerivedFigures; year: number }) {
  const f = props.figures;
  return (
    <TableRegion label="支出预算构成表，可横向滚动">
      <table className="doc-table max-w-xl" data-testid="expenditure-table">
        <TableCaption>{props.year}年支出预算构成（单位：万元）</TableCaption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">金额</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <RowHeader strong>基本支出</RowHeader>
            <AmountCell yuan={f.basic} testId="expenditure-basic" strong missing={NOT_STATED} />
          </tr>
          <tr>
            <RowHeader indent>人员经费</RowHeader>
            <AmountCell yuan={f.personnel} testId="expenditure-personnel" missing={NOT_STATED} />
          </tr>
          <tr>
            <RowHeader indent>日常公用经费</RowHeader>
            <AmountCell yuan={f.publicFunds} testId="expenditure-public" missing={NOT_STATED} />
          </tr>
          <tr>
            <RowHeader strong>项目支出</RowHeader>
            <AmountCell yuan={f.project} testId="expenditure-project" strong />
          </tr>
          {props.document.expenditure.projects.map((project, i) => (
            <tr key={i}>
              <RowHeader indent>{project.name}</RowHeader>
              <AmountCell yuan={project.amount} />
            </tr>
          ))}
          <tr>
            <RowHeader strong>合计</RowHeader>
            <AmountCell yuan={f.expenditureTotal} testId="expenditure-total" strong missing={NOT_STATED} />
          </tr>
        </tbody>
      </table>
    </TableRegion>
  );
}


function percentText(percent: number | null): string {
  if (percent === null) return NOT_APPLICABLE;
  return `${percent > 0 ? "+" : ""}${percent.toFixed(2)}%`;
}

export function ChangeTable(props: { figures: DerivedFigures; year: number; priorYear: number }) {
  const f = props.figures;
  const rows = [
    { key: "total", label: "支出合计", strong: true, percent: f.changePercent.total },
    { key: "basic", label: "基本支出", strong: true, percent: f.changePercent.basic },
    { key: "personnel", label: "人员经费", indent: true, percent: f.changePercent.personnel },
    { key: "publicFunds", label: "日常公用经费", indent: true, percent: f.changePercent.publicFunds },
    { key: "project", label: "项目支出", strong: true, percent: f.changePercent.project },
  ] as const;
  const current = {
    total: f.expenditureTotal,
    basic: f.basic,
    personnel: f.personnel,
    publicFunds: f.publicFunds,
    project: f.project,
  };
  return (
    <TableRegion label="支出比上年增减情况表，可横向滚动">
      <table className="doc-table" data-testid="change-table">
        <TableCaption>
          {props.year}年与{props.priorYear}年支出预算比较（单位：万元；由明细数计算）
        </TableCaption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col">{props.year}年</th>
            <th scope="col">{props.priorYear}年</th>
            <th scope="col">增减</th>
            <th scope="col">增减率</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <RowHeader strong={"strong" in row} indent={"indent" in row}>
                {row.label}
              </RowHeader>
              <AmountCell yuan={current[row.key]} missing={NOT_STATED} />
              <AmountCell yuan={f.prior[row.key]} missing={NOT_STATED} />
              <AmountCell yuan={f.change[row.key]} signed testId={`change-${row.key}`} missing={NOT_STATED} />
              <td className="num" data-testid={`change-${row.key}-percent`}>
                {percentText(row.percent)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
