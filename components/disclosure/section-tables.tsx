/**
 * 附：部门预算公开表 — the national tables derived from the document's budget lines
 * (lib/disclosure/tables/), each an accessible table with its caption, scrolling sideways at
 * 375 px. An empty table is still shown, with its note; a document published without its tables
 * (the seed 434/2018) shows only that note, never invented rows.
 */
import { NOT_STATED } from "../../lib/disclosure/figures";
import { nationalTables, type BalanceCell, type BalanceTable, type BudgetTable, type GridRow, type GridTable } from "../../lib/disclosure/tables";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { AmountCell, DocParagraph, NOT_APPLICABLE, RowHeader, TableCaption, TableRegion } from "./doc-parts";

export const TABLES_SECTION_ID = "budget-tables";

function caption(table: BudgetTable): string {
  return `表${table.number} ${table.title}（单位：万元）`;
}

function percent(value: number | null): string {
  return value === null ? NOT_APPLICABLE : `${value > 0 ? "+" : ""}${value.toFixed(2)}%`;
}

const strongLevels: readonly GridRow["level"][] = ["合计", "类"];
const indentLevels: readonly GridRow["level"][] = ["款", "项"];

function Grid({ table }: { table: GridTable }) {
  const byCode = table.rows.some((r) => r.code !== "") && table.id !== "projects";
  const columns = table.columns.length + (byCode ? 2 : 1);
  return (
    <TableRegion label={`${table.title}，可横向滚动`} minWidth={columns > 5 ? "min-w-[44rem]" : "min-w-[28rem]"}>
      <table className="doc-table" data-testid={`budget-table-${table.id}`}>
        <TableCaption>{caption(table)}</TableCaption>
        <thead>
          <tr>
            {byCode && <th scope="col">科目编码</th>}
            <th scope="col">{byCode ? "科目名称" : table.id === "projects" ? "项目名称（功能分类）" : "项目"}</th>
            {table.columns.map((c) => (
              <th key={c.key} scope="col">{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.emptyNote !== null ? (
            <tr>
              <td colSpan={columns} data-testid={`budget-table-${table.id}-empty`}>{table.emptyNote}</td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={`${row.code}-${i}`}>
                {byCode && <td>{row.code}</td>}
                <RowHeader strong={strongLevels.includes(row.level)} indent={indentLevels.includes(row.level)}>
                  {row.name}
                </RowHeader>
                {row.values.map((value, j) =>
                  table.columns[j]?.kind === "percent" ? (
                    <td key={j} className="num">{percent(value)}</td>
                  ) : (
                    <AmountCell key={j} yuan={value} missing={NOT_STATED} strong={row.level === "合计"} />
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

/**
 * One side's item and amount; the same on both sides: an amount not stated reads 未列示 (never a
 * blank, which would read as nothing to a screen reader and as 0 to the eye); a side with no
 * item on this row has two empty cells.
 */
function BalanceSide({ cell }: { cell: BalanceCell | null }) {
  if (!cell) {
    return (
      <>
        <td />
        <td />
      </>
    );
  }
  return (
    <>
      <RowHeader strong={cell.strong}>{cell.name}</RowHeader>
      <AmountCell yuan={cell.amount} missing={NOT_STATED} strong={cell.strong} />
    </>
  );
}

export function Balance({ table }: { table: BalanceTable }) {
  return (
    <TableRegion label={`${table.title}，可横向滚动`} minWidth="min-w-[36rem]">
      <table className="doc-table" data-testid={`budget-table-${table.id}`}>
        <TableCaption>{caption(table)}</TableCaption>
        <thead>
          <tr>
            <th scope="col">收入项目</th>
            <th scope="col">预算数</th>
            <th scope="col">支出项目</th>
            <th scope="col">预算数</th>
          </tr>
        </thead>
        <tbody>
          {table.emptyNote !== null ? (
            <tr>
              <td colSpan={4}>{table.emptyNote}</td>
            </tr>
          ) : (
            table.rows.map((row, i) => (
              <tr key={i}>
                <BalanceSide cell={row.revenue} />
                <BalanceSide cell={row.expenditure} />
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function SectionTables(props: { year: number; document: DisclosureDocument; previous?: DisclosureDocument | null }) {
  const set = nationalTables(props.document, props.year, props.previous);
  return (
    <section id={TABLES_SECTION_ID} aria-labelledby={`${TABLES_SECTION_ID}-title`} className="mt-8 scroll-mt-4">
      <h2 id={`${TABLES_SECTION_ID}-title`} className="mb-3 text-lg font-bold text-stone-900">
        附：部门预算公开表
      </h2>
      {set.given ? (
        set.tables.map((table) => (table.kind === "grid" ? <Grid key={table.id} table={table} /> : <Balance key={table.id} table={table} />))
      ) : (
        <DocParagraph testId="budget-tables-note">{set.note}</DocParagraph>
      )}
    </section>
  );
}
