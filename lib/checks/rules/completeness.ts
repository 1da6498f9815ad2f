/**
 * A required section left empty without a statement: one rule, and at most one finding, per
 * requirement. What each section requires is written in the registry (lib/disclosure/sections.ts,
 * `required`); only 政府采购预算 has a statement of its own (空表列示), for the other sections an
 * empty list or text is the slip.
 */
import { ALL_SECTIONS, type Requirement } from "../../disclosure/sections";
import { defineRule } from "../kit";
import type { Rule } from "../types";

function requirementRule(r: Requirement): Rule {
  return defineRule({
    id: `completeness.${r.id}`,
    severity: "warning",
    title: r.title ?? `${r.name}不能为空`,
    run(doc, emit) {
      if (r.isEmpty(doc)) emit({ field: r.field, message: `${r.name}：${r.what}` });
    },
  });
}

export const COMPLETENESS_RULES: readonly Rule[] = ALL_SECTIONS.flatMap((s) => s.required.map(requirementRule));
