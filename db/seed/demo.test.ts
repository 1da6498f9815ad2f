import { describe, it, expect } from "vitest";
import { disclosureDocumentSchema } from "../../lib/disclosure/schema";
import { deriveFigures } from "../../lib/disclosure/figures";
import { runChecks } from "../../lib/checks";
import { DEMO_DEPARTMENTS, DEMO_YEARS, demoDisclosures } from "./demo";

const demos = demoDisclosures();
const documentOf = (code: string, year: number) =>
  demos.find((d) => d.departmentCode === code && d.year === year)?.document ?? null;

describe("demo data", () => {
  it("covers at least 10 departments × 2016–2019, never the real department 434", () => {
    expect(DEMO_YEARS).toEqual([2016, 2017, 2018, 2019]);
    expect(DEMO_DEPARTMENTS.length).toBeGreaterThanOrEqual(10);
    const codes = DEMO_DEPARTMENTS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain("434");
    for (const code of codes) expect(code).toMatch(/^4\d\d$/);
    expect(demos).toHaveLength(codes.length * DEMO_YEARS.length);
    for (const code of codes) for (const year of DEMO_YEARS) expect(documentOf(code, year)).not.toBeNull();
    expect(demos.every((d) => !JSON.stringify(d.document).includes("示例"))).toBe(true);
  });

  it("is deterministic", () => {
    expect(demoDisclosures()).toEqual(demos);
  });

  it("every document parses as a disclosure", () => {
    for (const { departmentCode, year, document } of demos) {
      const result = disclosureDocumentSchema.safeParse(document);
      expect(result.success, `${departmentCode}/${year}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it("every document passes every check against the same department's previous year", () => {
    for (const { departmentCode, year, document } of demos) {
      const previous = documentOf(departmentCode, year - 1);
      const findings = runChecks(document, { previous });
      expect(findings, `${departmentCode}/${year}: ${JSON.stringify(findings, null, 2)}`).toEqual([]);
    }
  });

  it("amounts are whole 0.01 万元, budgets balance, and departments differ in size", () => {
    for (const { document } of demos) {
      const amounts = JSON.stringify(document).match(/"(?:amount|personnel|publicFunds|project)":-?\d+/g) ?? [];
      for (const a of amounts) expect(Math.abs(Number(a.split(":")[1])) % 100).toBe(0);
      const f = deriveFigures(document);
      expect(f.revenueTotal).toBe(f.expenditureTotal);
      expect(f.activityBudgets).toBe(f.project);
      expect(document.expenditure.projects.length).toBeGreaterThanOrEqual(3);
      expect(document.expenditure.projects.length).toBeLessThanOrEqual(8);
      expect(document.assets.plannedPurchases.every((p) => p.amount < 100_000)).toBe(true);
    }
    const total = (code: string) => deriveFigures(documentOf(code, 2018)!).expenditureTotal!;
    const education = DEMO_DEPARTMENTS.find((d) => d.name === "县教育局")!.code;
    const civil = DEMO_DEPARTMENTS.find((d) => d.name === "县民政局")!.code;
    expect(total(education)).toBeGreaterThan(5 * total(civil));
  });
});
