/** Assertions shared by the rules' unit tests. */
import { expect } from "vitest";
import type { Finding, Severity } from "./types";

export interface ExpectedFinding {
  ruleId: string;
  severity: Severity;
  field: string;
  /** Figures (and words) the message must name, e.g. "-206.78万元". */
  mentions: readonly string[];
}

/** Exactly one finding, with that rule, severity and field, naming those figures. */
export function expectOneFinding(findings: readonly Finding[], expected: ExpectedFinding): Finding {
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  if (!finding) throw new Error("no finding");
  expect(finding).toMatchObject({ ruleId: expected.ruleId, severity: expected.severity, field: expected.field });
  for (const mention of expected.mentions) expect(finding.message).toContain(mention);
  return finding;
}
