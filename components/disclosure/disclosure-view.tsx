/**
 * The official rendering of one 部门预算信息公开, laid out like the published document: the
 * title, the preamble and the nine parts numbered 一…九. Narrative sentences print figures as
 * published (stated figures where the document has them); tables show figures derived from the
 * lines. Check results are a separate panel (./checks-panel.tsx) that pages place beside this.
 */
import { DemoBadge } from "../ui/demo-badge";
import { formatChinaDate } from "../review/format";
import { deriveFigures } from "../../lib/disclosure/figures";
import { narrative } from "../../lib/disclosure/narrative";
import { sectionNumber } from "../../lib/disclosure/numbering";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { DocParagraph } from "./doc-parts";
import { SectionAssets } from "./section-assets";
import { SectionDuties } from "./section-duties";
import { SectionGlossary, SectionOtherMatters } from "./section-glossary";
import { SectionOperatingCosts, SectionSangong } from "./section-operating-sangong";
import { SectionOverview } from "./section-overview";
import { SectionPerformance } from "./section-performance";
import { SectionProcurement } from "./section-procurement";
import { SECTIONS, sectionId } from "../../lib/disclosure/sections";
import { SectionTables } from "./section-tables";

export interface DisclosureViewProps {
  departmentCode: string;
  departmentName: string;
  year: number;
  document: DisclosureDocument;
  isDemo: boolean;
  /** Last year's published disclosure: the prior-year base where this one states none. */
  previous?: DisclosureDocument | null;
  /** The published version shown (公开日期, 版本 under the title); absent for a draft's preview. */
  publication?: { versionNo: number; publishedAt: Date };
}

export function DisclosureView(props: DisclosureViewProps) {
  const { departmentCode, departmentName, year, document } = props;
  const figures = deriveFigures(document, props.previous);
  const sentences = narrative(document, year, props.previous);
  const department = { departmentCode, departmentName };
  return (
    <article aria-labelledby="disclosure-title" data-testid="disclosure-view" className="font-serif text-stone-900">
      <header className="text-center">
        <h1 id="disclosure-title" className="text-xl font-bold leading-snug sm:text-2xl" data-testid="disclosure-title">
          {departmentName}
          {year}年部门预算信息公开
        </h1>
        {props.publication && (
          <p className="mt-2 font-sans text-sm text-stone-700" data-testid="publication-line">
            {/* A plain date (China's day, already YYYY-MM-DD): no <time dateTime>, whose camel-cased
                attribute the compact markup would serve differently from what the browser reads back. */}
            公开日期：{formatChinaDate(props.publication.publishedAt)}
            <span className="ml-4">版本：第{props.publication.versionNo}版</span>
          </p>
        )}
        {props.isDemo && (
          <p className="mt-2">
            <DemoBadge />
          </p>
        )}
      </header>

      <nav aria-label="目录" className="no-print my-4 rounded border border-stone-300 bg-white p-3 font-sans text-sm">
        <ol role="list" className="grid list-none gap-1 pl-0 sm:grid-cols-2">
          {SECTIONS.map((s, i) => (
            <li key={s.key}>
              <a href={`#${sectionId(s.key)}`} className="text-brand underline-offset-4 hover:underline">
                {sectionNumber(i + 1)}
                {s.title.zh}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {document.preamble.trim() !== "" && <DocParagraph testId="preamble">{document.preamble}</DocParagraph>}

      <SectionDuties document={document} />
      <SectionOverview year={year} document={document} figures={figures} narrative={sentences} />
      <SectionOperatingCosts year={year} document={document} figures={figures} narrative={sentences} />
      <SectionSangong year={year} figures={figures} narrative={sentences} />
      <SectionPerformance {...department} document={document} />
      <SectionProcurement {...department} year={year} document={document} figures={figures} />
      <SectionAssets {...department} year={year} document={document} figures={figures} narrative={sentences} />
      <SectionGlossary document={document} />
      <SectionOtherMatters document={document} />
      <SectionTables year={year} document={document} previous={props.previous} />
    </article>
  );
}
