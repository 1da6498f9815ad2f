/**
 * 支出去向 (where the money goes) of a disclosure or of a county-year: the drill-down chart
 * (components/charts/spending-drilldown.tsx, a small client leaf) and, always, the same figures
 * as a server-rendered table of every 类, 款 and 项 — what a reader without JavaScript, a screen
 * reader or a printer gets, and the chart's no-script target (its links jump to the class's row).
 * Amounts in 万元 with two decimals; each share is of the parent (lib/disclosure/tables/spending.ts).
 * Where there are no lines (the seed 434/2018: tables not published with the source), the note
 * alone, never a chart.
 */
import type { ReactNode } from "react";
import { formatWan } from "../../lib/money";
import { spendingRows, type SpendingTree } from "../../lib/disclosure/tables/spending";
import { seriesStyle } from "../charts/chart-style";
import { SpendingDrilldown, type DrilldownLabels } from "../charts/spending-drilldown";
import { ScrollTable } from "../ui/scroll-table";
import { DemoBadge } from "../ui/demo-badge";
import { StaticMarkup } from "../ui/static-markup";
import { label, labelf, type Lang } from "./labels";

export const SPENDING_SECTION_ID = "spending";
const ROW_ID_PREFIX = "spending-row-";

const LEVELS_EN = { 类: "class", 款: "item", 项: "sub-item" } as const;

function drilldownLabels(lang: Lang): DrilldownLabels {
  return {
    chart: label("spendingChart", lang),
    all: label("spendingAll", lang),
    level: label("spendingLevel", lang),
    open: label("spendingOpen", lang),
    shown: label("spendingShown", lang),
    unit: label("unitNote", lang),
    levels: lang === "en" ? LEVELS_EN : { 类: "类", 款: "款", 项: "项" },
  };
}

export function SpendingView(props: {
  /** The section's heading (h2). */
  heading: string;
  /** What the table's caption names: the department and year, or the county-year. */
  subject: string;
  tree: SpendingTree | null;
  /** Shown instead of the chart and table when `tree` is null. */
  note?: string;
  isDemo: boolean;
  lang?: Lang;
  /** Links and notes under the heading (the county page's counts, the disclosure's link to the county). */
  children?: ReactNode;
}) {
  const lang = props.lang ?? "zh";
  // The code names are Chinese on every page (the official lists); an English page says so.
  const namesLang = lang === "en" ? "zh-CN" : undefined;
  const title = `${SPENDING_SECTION_ID}-title`;
  return (
    <section id={SPENDING_SECTION_ID} aria-labelledby={title} className="mt-8 scroll-mt-4 rounded bg-white p-4 shadow-sm sm:p-8" data-testid="spending-view">
      <h2 id={title} className="mb-2 text-lg font-bold text-stone-900">
        {props.heading}
        {props.isDemo && (
          <span className="ml-2 align-middle text-sm font-normal">
            <DemoBadge lang={lang} />
          </span>
        )}
      </h2>
      {props.children}
      {props.tree ? (
        <>
          <p className="no-print text-sm text-stone-700">{label("spendingIntro", lang)}</p>
          <SpendingDrilldown tree={props.tree} labels={drilldownLabels(lang)} color={seriesStyle(0).stroke} rowIdPrefix={ROW_ID_PREFIX} namesLang={namesLang} />
          {/* Sent as compact data, like the document's own tables (components/ui/static-markup.tsx). */}
          <StaticMarkup>
            <SpendingTable tree={props.tree} caption={labelf("spendingTable", { title: props.subject }, lang)} lang={lang} namesLang={namesLang} />
          </StaticMarkup>
          <p className="text-sm text-stone-700">{label("spendingShareNote", lang)}</p>
        </>
      ) : (
        <p className="my-2 text-sm text-stone-800" data-testid="spending-note">
          {props.note}
        </p>
      )}
    </section>
  );
}

function SpendingTable(props: { tree: SpendingTree; caption: string; lang: Lang; namesLang?: string }) {
  const { lang } = props;
  return (
    <ScrollTable label={labelf("scrollTable", { name: props.caption }, lang)}>
      <table className="doc-table" data-testid="spending-table">
        <caption className="mb-1 text-left font-semibold text-stone-800">
          <span className="sticky left-0 inline-block max-w-[calc(100vw-3rem)]">{props.caption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{label("spendingColCode", lang)}</th>
            <th scope="col">{label("spendingColName", lang)}</th>
            <th scope="col">{label("spendingColAmount", lang)}</th>
            <th scope="col">{label("spendingColShare", lang)}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="spending-row" data-code="" data-level="合计">
            <td />
            <th scope="row" className="strong">
              {label("spendingTotal", lang)}
            </th>
            <td className="num font-semibold">{formatWan(props.tree.total)}</td>
            <td className="num">{props.tree.total > 0 ? "100.00" : ""}</td>
          </tr>
          {spendingRows(props.tree).map((node) => (
            <tr key={node.code} id={`${ROW_ID_PREFIX}${node.code}`} data-testid="spending-row" data-code={node.code} data-level={node.level} className="scroll-mt-4">
              <td className="tabular-nums">{node.code}</td>
              <th scope="row" className={node.level === "类" ? "strong" : node.level === "款" ? "indent" : "pl-10"} lang={props.namesLang}>
                {node.name}
              </th>
              <td className={node.level === "类" ? "num font-semibold" : "num"}>{formatWan(node.amount)}</td>
              <td className="num">{node.share ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
