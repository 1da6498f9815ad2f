/**
 * The checks engine: the reconciliation rules of domain.md as pure functions over a disclosure,
 * shared by the editor (live), the server (on submit) and the public page.
 */
import type { DisclosureDocument } from "../disclosure/schema";
import { ASSETS_PROCUREMENT_RULES } from "./rules/assets-procurement";
import { BUDGET_LINE_RULES } from "./rules/budget-lines";
import { NOT_STATED_RULES } from "./rules/not-stated";
import { CHANGE_RULES } from "./rules/changes";
import { BUDGET_COMPLETENESS_RULES, COMPLETENESS_RULES } from "./rules/completeness";
import { FREE_TEXT_RULES } from "./rules/free-text";
import { OPERATING_SANGONG_RULES } from "./rules/operating-sangong";
import { PRIOR_YEAR_RULES } from "./rules/prior-year";
import { REVENUE_EXPENDITURE_RULES } from "./rules/revenue-expenditure";
import type { CheckContext, Finding, Rule } from "./types";

export type { CheckContext, Finding, Rule, Severity } from "./types";
export { PROCUREMENT_THRESHOLD_YUAN } from "./rules/assets-procurement";

/** In the order of the disclosure's sections; findings keep this order within a severity. */
export const RULES: readonly Rule[] = [
  ...REVENUE_EXPENDITURE_RULES,
  ...BUDGET_LINE_RULES,
  ...CHANGE_RULES,
  ...OPERATING_SANGONG_RULES,
  ...ASSETS_PROCUREMENT_RULES,
  ...PRIOR_YEAR_RULES,
  ...FREE_TEXT_RULES,
  ...COMPLETENESS_RULES,
  ...BUDGET_COMPLETENESS_RULES,
  ...NOT_STATED_RULES,
];

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return RULES_BY_ID.get(id);
}

/** Errors first, then warnings; within each, rule order then the rule's own order. */
export function runChecks(doc: DisclosureDocument, context: CheckContext = {}): Finding[] {
  const findings = RULES.flatMap((rule) => rule.check(doc, context));
  return [
    ...findings.filter((f) => f.severity === "error"),
    ...findings.filter((f) => f.severity === "warning"),
  ];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
