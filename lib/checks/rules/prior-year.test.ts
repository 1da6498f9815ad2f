import { describe, expect, it } from "vitest";
import { wan } from "../../money";
import { consistentDocument, previousYearDocument } from "../fixture";
import { expectOneFinding } from "../test-helpers";
import { priorYearExpenditure, priorYearSangong } from "./prior-year";

describe("prior-year.expenditure", () => {
  it("passes when the prior amounts are last year's published figures", () => {
    expect(priorYearExpenditure.check(consistentDocument(), { previous: previousYearDocument() })).toEqual([]);
  });

  it("passes when the portal has no previous disclosure", () => {
    const doc = consistentDocument();
    doc.change.prior.project = wan("1");
    expect(priorYearExpenditure.check(doc, {})).toEqual([]);
    expect(priorYearExpenditure.check(doc, { previous: null })).toEqual([]);
  });

  it("flags a prior amount that differs from last year's published figure", () => {
    const previous = previousYearDocument();
    previous.expenditure.projects.push({ name: "追加项目", amount: wan("12.34") });
    expectOneFinding(priorYearExpenditure.check(consistentDocument(), { previous }), {
      ruleId: "prior-year.expenditure",
      severity: "error",
      field: "change.prior.project",
      mentions: ["上年项目支出200.00万元", "2024年", "项目支出212.34万元"],
    });
  });
});

describe("prior-year.sangong", () => {
  it("passes when the prior 三公 items are last year's published figures", () => {
    expect(priorYearSangong.check(consistentDocument(), { previous: previousYearDocument() })).toEqual([]);
  });

  it("flags a prior 三公 item that differs from last year's published figure", () => {
    const previous = previousYearDocument();
    previous.sangong.current.reception = wan("6.80");
    expectOneFinding(priorYearSangong.check(consistentDocument(), { previous }), {
      ruleId: "prior-year.sangong",
      severity: "error",
      field: "sangong.prior.reception",
      mentions: ["上年公务接待费6.00万元", "2024年", "公务接待费6.80万元"],
    });
  });
});
