import type { DerivedFigures } from "../../lib/disclosure/figures";
import type { Narrative } from "../../lib/disclosure/narrative";
import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { DocParagraph, DocSection, DocSubsection } from "./doc-parts";
import { ChangeTable, ExpenditureTable, RevenueTable } from "./overview-tables";

/** 二、部门预算安排的总体情况 */
export function SectionOverview(props: {
  year: number;
  document: DisclosureDocument;
  figures: DerivedFigures;
  narrative: Narrative;
}) {
  const { document, figures, narrative, year } = props;
  return (
    <DocSection section="overview">
      {document.overview.trim() !== "" && <DocParagraph testId="overview">{document.overview}</DocParagraph>}
      <DocSubsection section="overview" n={1} title="预算收入情况说明">
        <DocParagraph testId="narrative-revenue">{narrative.revenue}</DocParagraph>
        <RevenueTable document={document} figures={figures} year={year} />
      </DocSubsection>
      <DocSubsection section="overview" n={2} title="支出说明">
        <DocParagraph testId="narrative-expenditure">{narrative.expenditure}</DocParagraph>
        <ExpenditureTable document={document} figures={figures} year={year} />
      </DocSubsection>
      <DocSubsection section="overview" n={3} title="比上年增减情况">
        <DocParagraph testId="narrative-change">{narrative.change}</DocParagraph>
        <ChangeTable figures={figures} year={year} priorYear={document.change.priorYear} />
      </DocSubsection>
    </DocSection>
  );
}
