/**
 * Shared building blocks of the rules: a rule definition that stamps id and severity on its
 * findings, and the wording of amounts (万元, two decimals, always through formatWan).
 */
import { agrees, formatWan, type Yuan } from "../money";
import type { DisclosureDocument } from "../disclosure/schema";
import type { CheckContext, Finding, Rule, Severity } from "./types";

export type Emit = (finding: Omit<Finding, "ruleId" | "severity">) => void;

export interface RuleSpec {
  id: string;
  severity: Severity;
  title: string;
  run(doc: DisclosureDocument, emit: Emit, context: CheckContext): void;
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, severity, title } = spec;
  return {
    id,
    severity,
    title,
    check(doc, context) {
      const findings: Finding[] = [];
      spec.run(doc, (f) => findings.push({ ruleId: id, severity, ...f }), context);
      return findings;
    },
  };
}

/** "-206.78万元" */
export function wanText(yuan: Yuan): string {
  return `${formatWan(yuan)}万元`;
}

export type Part = readonly [label: string, amount: Yuan];

/** "基本支出变动-52.58万元、项目支出变动-154.00万元" */
export function partsText(parts: readonly Part[]): string {
  return parts.map(([label, amount]) => `${label}${wanText(amount)}`).join("、");
}

/**
 * Compares a figure the document states with the one its parts give. Undefined means "not
 * stated": nothing to compare, no finding.
 */
export function compareStated(
  emit: Emit,
  field: string,
  stated: Yuan | undefined,
  expected: Yuan,
  message: (stated: Yuan) => string,
): void {
  if (stated === undefined || agrees(stated, expected)) return;
  emit({ field, message: message(stated), expected, actual: stated });
}

/** "{section}：所列{label}X万元，与{parts}之和Y万元不符" */
export function sumMismatch(section: string, label: string, stated: Yuan, parts: string, total: Yuan): string {
  return `${section}：所列${label}${wanText(stated)}，与${parts}之和${wanText(total)}不符`;
}

/** "{section}：所列{label}X万元，与本年Y万元减上年Z万元之差D万元不符" */
export function differenceMismatch(
  section: string,
  label: string,
  stated: Yuan,
  current: Yuan,
  prior: Yuan,
): string {
  return (
    `${section}：所列${label}${wanText(stated)}，` +
    `与本年${wanText(current)}减上年${wanText(prior)}之差${wanText(current - prior)}不符`
  );
}
