/**
 * One text's numbers against the document's figures: the findings of rule "text.numbers"
 * (lib/checks/rules/free-text.ts) for that text, without the rule's id and severity.
 */
import type { DerivedFigures } from "../../disclosure/figures";
import type { DisclosureDocument } from "../../disclosure/schema";
import type { Finding } from "../types";
import { disagreement } from "./compare";
import { figuresOf, measureById } from "./measures";
import { readClaims, type Claim } from "./reader";
import type { FreeText } from "./texts";

export type TextFinding = Omit<Finding, "ruleId" | "severity">;

export function checkText(doc: DisclosureDocument, f: DerivedFigures, text: Omit<FreeText, "read">, content: string): TextFinding[] {
  if (!/\d|[０-９]|持平/.test(content)) return [];
  const explains = text.explains === undefined ? undefined : measureById(text.explains);
  const findings: TextFinding[] = [];
  const seen = new Set<string>();
  const claims = readClaims(content, { priorYear: doc.change.priorYear, ...(explains ? { explains } : {}) });
  const decomposed = decomposedChanges(claims);
  for (const claim of claims) {
    if (claim.kind === "change" && decomposed.has(claim.measure.id)) continue;
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

/**
 * Measures whose change a text states more than once, differently: "因退休减少人员经费15万元，因新增
 * 人员增加人员经费35.2万元" splits the change by cause, and no one part is the whole.
 */
function decomposedChanges(claims: readonly Claim[]): Set<string> {
  const changes = new Map<string, Set<string>>();
  for (const claim of claims) {
    if (claim.kind !== "change") continue;
    const said = `${claim.direction}${claim.amount.mantissa}e-${claim.amount.decimals}${claim.unit}`;
    changes.set(claim.measure.id, (changes.get(claim.measure.id) ?? new Set()).add(said));
  }
  return new Set([...changes].filter(([, said]) => said.size > 1).map(([id]) => id));
}
