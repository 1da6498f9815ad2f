import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { consistentDocument } from "../checks/fixture";
import { disclosureDocumentSchema, draftDocumentSchema } from "./schema";
import { upgradeDocument } from "./upgrade";

/** A document as version 1 stored it: no lines, no staff, no revenue / 机关运行经费 prior year. */
function asVersion1(doc: ReturnType<typeof consistentDocument>): Record<string, unknown> {
  const v1: Record<string, unknown> = structuredClone(doc);
  delete v1.lines;
  delete v1.staff;
  const revenue: Record<string, unknown> = { ...doc.revenue };
  delete revenue.prior;
  const operatingCosts: Record<string, unknown> = { ...doc.operatingCosts };
  delete operatingCosts.prior;
  return { ...v1, schemaVersion: 1, revenue, operatingCosts };
}

describe("version-1 documents", () => {
  it("parse as version 2 with every value kept and the new figures not stated", () => {
    const parsed = disclosureDocumentSchema.parse(asVersion1(ZHENGDING_434_2018));
    expect(parsed).toEqual(ZHENGDING_434_2018);
    expect(parsed.lines).toBeNull();
    expect(parsed.revenue.prior).toBeNull();
    expect(parsed.staff).toEqual({ authorized: null, active: null, retired: null, statedTotal: null });
  });

  it("keep their prior-year figures as numbers (a stated 0 stays 0)", () => {
    const v1 = asVersion1(consistentDocument());
    (v1.change as { prior: { project: number } }).prior.project = 0;
    const parsed = draftDocumentSchema.parse(v1);
    expect(parsed.change.prior.project).toBe(0);
    expect(parsed.sangong.prior.vehiclePurchase).toBe(0);
  });

  it("keep a stated 0 of this year's 三公 items and 人员经费 as 0: only an explicit null is 未列示", () => {
    const v1 = asVersion1(consistentDocument());
    (v1.sangong as { current: { reception: number } }).current.reception = 0;
    (v1.expenditure as { personnel: number }).personnel = 0;
    const parsed = draftDocumentSchema.parse(v1);
    expect(parsed.sangong.current.reception).toBe(0);
    expect(parsed.expenditure.personnel).toBe(0);
    const unstated = consistentDocument();
    unstated.sangong.current.reception = null;
    unstated.expenditure.personnel = null;
    expect(disclosureDocumentSchema.parse(unstated).sangong.current.reception).toBeNull();
    expect(disclosureDocumentSchema.parse(unstated).expenditure.personnel).toBeNull();
    // Absent is no "not stated": a document must say null explicitly.
    const absent = structuredClone(consistentDocument()) as unknown as { sangong: { current: Record<string, unknown> } };
    delete absent.sangong.current.reception;
    expect(disclosureDocumentSchema.safeParse(absent).success).toBe(false);
  });

  it("read without a 未列示 mark on 收入 / 机关运行经费: the key stays absent, not false", () => {
    const parsed = disclosureDocumentSchema.parse(asVersion1(ZHENGDING_434_2018));
    expect(Object.hasOwn(parsed.revenue, "notStated")).toBe(false);
    expect(Object.hasOwn(parsed.operatingCosts, "notStated")).toBe(false);
    const v2 = draftDocumentSchema.parse(consistentDocument());
    expect(v2).toEqual(consistentDocument());
    expect(Object.hasOwn(v2.operatingCosts, "notStated")).toBe(false);
    // The mark is a boolean: a document may not say "yes" or 1.
    const odd = { ...consistentDocument(), operatingCosts: { ...consistentDocument().operatingCosts, notStated: "是" } };
    expect(disclosureDocumentSchema.safeParse(odd).success).toBe(false);
  });

  it("leave a current document untouched", () => {
    const doc = consistentDocument();
    expect(upgradeDocument(doc)).toBe(doc);
  });

  it("refuse an unknown version", () => {
    expect(disclosureDocumentSchema.safeParse({ ...consistentDocument(), schemaVersion: 3 }).success).toBe(false);
  });
});
