import type { Yuan } from "../money";
import type { DisclosureDocument } from "../disclosure/schema";

export type Severity = "error" | "warning";

/** One check result, shown in the 数据核对 panel, the editor (linked to `field`) and the review. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Dotted path of the field the finding concerns, e.g. "change.stated.total" or "expenditure.projects". */
  field: string;
  /** Chinese, naming the figures (in 万元, two decimals) and the field. */
  message: string;
  /** The figure the lines give, and the one that was stated, where the rule compares two amounts. */
  expected?: Yuan;
  actual?: Yuan;
}

export interface CheckContext {
  /** Last year's published disclosure of the same department, where the portal has it. */
  previous?: DisclosureDocument | null;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Short Chinese title of the rule, e.g. "收入合计 = 各项收入之和". */
  title: string;
  check(doc: DisclosureDocument, context: CheckContext): Finding[];
}
