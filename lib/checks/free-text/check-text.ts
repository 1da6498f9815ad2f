/**
 * One text's numbers against the document's figures: the findings of rule "text.numbers"
 * (lib/checks/rules/free-text.ts) for that text, without the rule's id and severity.
 */
import type { DerivedFigures } from "../../disclosure/figures";
import type { DisclosureDocument } from "../../disclosure/schema";
import type { Finding } from "../types";
import { disagreement } from "./compare";
import { figuresOf, measureById } from "./measures";
import { readClaims } from "./reader";
import type { FreeText } from "./texts";

export type TextFinding = Omit<Finding, "ruleId" | "severity">;

export function checkText(doc: DisclosureDocument, f: DerivedFigures, text: Omit<FreeText, "read">, content: string): TextFinding[] {
  if (!/\d|[０-９]|持平/.test(content)) return [];
  const explains = text.explains === undefined ? undefined : measureById(text.explains);
  const findings: TextFinding[] = [];
  const seen = new Set<string>();
  for (const claim of readClaims(content, { priorYear: doc.change.priorYear, ...(explains ? { explains } : {}) })) {
    const found = disagreement(claim, figuresOf(claim.measure, doc, f));
    const key = `${claim.measure.id}|${claim.quote}`;
    if (!found || seen.has(key)) continue;
    seen.add(key);
    const year = claim.kind === "level" && claim.year === "prior" ? "上年" : "";
    const who = claim.measure === explains ? `${claim.measure.label}说明` : `${text.label}中${claim.measure.label}`;
    findings.push({
      field: text.field,
      message: `${who}写${year}“${claim.quote}”，按数据计算${year}为${found.computed}`,
      ...(found.expected === undefined ? {} : { expected: found.expected }),
      ...(found.actual === undefined ? {} : { actual: found.actual }),
    });
  }
  return findings;
}
