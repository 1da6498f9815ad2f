import { describe, expect, it } from "vitest";
import { disclosureDocumentSchema } from "../disclosure/schema";
import { wan } from "../money";
import { consistentDocument, previousYearDocument } from "./fixture";
import { RULES, hasErrors, ruleById, runChecks } from "./index";

describe("the fixture", () => {
  it("is a valid disclosure document", () => {
    expect(disclosureDocumentSchema.safeParse(consistentDocument()).success).toBe(true);
    expect(disclosureDocumentSchema.safeParse(previousYearDocument()).success).toBe(true);
  });

  it("is fully consistent: no findings, with or without last year's disclosure", () => {
    expect(runChecks(consistentDocument())).toEqual([]);
    expect(runChecks(consistentDocument(), { previous: previousYearDocument() })).toEqual([]);
  });

  it("returns a fresh copy each time", () => {
    const a = consistentDocument();
    a.expenditure.projects = [];
    expect(consistentDocument().expenditure.projects).toHaveLength(2);
  });
});

describe("RULES", () => {
  it("have unique, stable dotted ids and Chinese titles", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*(\.[a-z]+(-[a-z]+)*)+$/);
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(ruleById("change.total")?.severity).toBe("error");
    expect(ruleById("nope")).toBeUndefined();
  });
});

describe("runChecks", () => {
  it("lists errors first, then warnings, each in rule order", () => {
    const doc = consistentDocument();
    doc.glossary = []; // warning, last rule
    doc.operatingCosts.items.pop(); // error operating.total + warning operating.public-funds
    doc.revenue.statedTotal = wan("1"); // error, first rule
    const findings = runChecks(doc);
    expect(findings.map((f) => [f.severity, f.ruleId])).toEqual([
      ["error", "revenue.total"],
      ["error", "operating.total"],
      ["warning", "operating.public-funds"],
      ["warning", "completeness.glossary"],
    ]);
    expect(hasErrors(findings)).toBe(true);
  });

  it("hasErrors is false for warnings only", () => {
    const doc = consistentDocument();
    doc.otherMatters = "";
    const findings = runChecks(doc);
    expect(findings).toHaveLength(1);
    expect(hasErrors(findings)).toBe(false);
    expect(hasErrors([])).toBe(false);
  });

  it("passes the context to the prior-year rules", () => {
    const previous = previousYearDocument();
    previous.expenditure.personnel = wan("281");
    const findings = runChecks(consistentDocument(), { previous });
    expect(findings.map((f) => f.field)).toEqual(["change.prior.personnel"]);
  });
});
