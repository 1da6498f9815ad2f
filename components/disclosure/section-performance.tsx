import type { DisclosureDocument } from "../../lib/disclosure/schema";
import { DocSection, DocSubsection } from "./doc-parts";
import { PerformanceTable } from "./performance-table";
import { NumberedList } from "./section-duties";

/** 五、绩效预算信息 */
export function SectionPerformance(props: {
  departmentCode: string;
  departmentName: string;
  document: DisclosureDocument;
}) {
  const { performance } = props.document;
  return (
    <DocSection section="performance">
      <DocSubsection section="performance" n={1} title="总体绩效目标">
        <NumberedList items={performance.overallGoals} testId="overall-goals" />
      </DocSubsection>
      <DocSubsection section="performance" n={2} title="部门职责-工作活动绩效目标">
        <PerformanceTable
          departmentCode={props.departmentCode}
          departmentName={props.departmentName}
          activities={performance.activities}
        />
      </DocSubsection>
    </DocSection>
  );
}
