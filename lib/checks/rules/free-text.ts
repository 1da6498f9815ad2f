/**
 * Numbers in 说明 / reason texts agree with the computed figures: "公务接待费比上年下降10%" is read
 * (lib/checks/free-text/reader.ts) and compared with the change the lines give, within the
 * rounding the text uses. A warning: the text is the department's own words and the reviewer
 * decides; nothing is blocked by it.
 */
import { deriveFigures } from "../../disclosure/figures";
import { checkText } from "../free-text/check-text";
import { FREE_TEXTS } from "../free-text/texts";
import { defineRule } from "../kit";
import type { Rule } from "../types";

export const freeTextNumbers = defineRule({
  id: "text.numbers",
  severity: "warning",
  title: "说明文字中的金额、增减和百分比 = 按数据计算的数",
  run(doc, emit) {
    const f = deriveFigures(doc);
    for (const text of FREE_TEXTS) for (const finding of checkText(doc, f, text, text.read(doc))) emit(finding);
  },
});

export const FREE_TEXT_RULES: readonly Rule[] = [freeTextNumbers];
