/**
 * A required section left empty without a statement: one rule, and at most one finding, per
 * section. Only 政府采购预算 has a statement of its own (空表列示); for the other sections an
 * empty list or text is the slip.
 */
import type { DisclosureDocument } from "../../disclosure/schema";
import { defineRule } from "../kit";
import type { Rule } from "../types";

function sectionRule(
  id: string,
  section: string,
  field: string,
  isEmpty: (doc: DisclosureDocument) => boolean,
  what: string,
  title = `${section}不能为空`,
): Rule {
  return defineRule({
    id: `completeness.${id}`,
    severity: "warning",
    title,
    run(doc, emit) {
      if (isEmpty(doc)) emit({ field, message: `${section}：${what}` });
    },
  });
}

const blank = (text: string): boolean => text.trim() === "";

export const COMPLETENESS_RULES: readonly Rule[] = [
  sectionRule("duties", "部门职责", "duties", (d) => d.duties.length === 0, "未列出部门职责"),
  sectionRule("units", "机构设置", "units", (d) => d.units.length === 0, "未列出所属单位"),
  sectionRule(
    "revenue-sources",
    "预算收入",
    "revenue.sources",
    (d) => d.revenue.sources.length === 0,
    "未列出收入来源",
  ),
  sectionRule(
    "performance",
    "绩效预算信息",
    "performance",
    (d) => d.performance.overallGoals.length === 0 && d.performance.activities.length === 0,
    "既无总体绩效目标，也无职责活动绩效目标",
  ),
  sectionRule(
    "procurement",
    "政府采购预算",
    "procurement.emptyStatement",
    (d) => d.procurement.lines.length === 0 && blank(d.procurement.emptyStatement),
    "采购表为空，且未说明（如“未安排政府采购预算，空表列示”）",
    "政府采购预算为空表时须附说明",
  ),
  sectionRule("glossary", "专业名词解释", "glossary", (d) => d.glossary.length === 0, "未列出名词解释"),
  sectionRule(
    "other-matters",
    "其他需要说明的事项",
    "otherMatters",
    (d) => blank(d.otherMatters),
    "未填写（无事项时请写“无”）",
  ),
];
