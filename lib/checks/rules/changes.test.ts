import { describe, expect, it } from "vitest";
import { wan } from "../../money";
import { consistentDocument } from "../fixture";
import { expectOneFinding } from "../test-helpers";
import { CHANGE_RULES, changeBasic, changePercent, changePriorDifference, changeTotal } from "./changes";

describe("change.total", () => {
  it("passes when the total change is basic + project change", () => {
    expect(changeTotal.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags the seed's kind of slip, in the seed's words", () => {
    const doc = consistentDocument();
    doc.change.stated.total = wan("-206.78");
    doc.change.stated.basic = wan("-52.58");
    doc.change.stated.project = wan("-154");
    const f = expectOneFinding(changeTotal.check(doc, {}), {
      ruleId: "change.total",
      severity: "error",
      field: "change.stated.total",
      mentions: [],
    });
    expect(f.message).toBe(
      "比上年增减：所列支出总额变动-206.78万元，与基本支出变动-52.58万元、项目支出变动-154.00万元之和-206.58万元不符",
    );
    expect(f).toMatchObject({ expected: wan("-206.58"), actual: wan("-206.78") });
  });

  it("uses the computed parts where they are not stated", () => {
    const doc = consistentDocument();
    delete doc.change.stated.basic;
    delete doc.change.stated.project;
    doc.change.stated.total = wan("-50");
    expectOneFinding(changeTotal.check(doc, {}), {
      ruleId: "change.total",
      severity: "error",
      field: "change.stated.total",
      mentions: ["-50.00万元", "基本支出变动10.20万元", "项目支出变动-60.00万元", "之和-49.80万元"],
    });
  });
});

describe("change.basic", () => {
  it("passes when the basic change is personnel + public change", () => {
    expect(changeBasic.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a basic change that is not personnel + public change", () => {
    const doc = consistentDocument();
    doc.change.stated.basic = wan("12.20");
    doc.change.stated.total = wan("-47.80"); // consistent with the wrong basic: one slip, one finding
    const findings = CHANGE_RULES.flatMap((r) => r.check(doc, {}));
    expectOneFinding(findings, {
      ruleId: "change.basic",
      severity: "error",
      field: "change.stated.basic",
      mentions: ["基本支出变动12.20万元", "人员经费变动20.20万元", "日常公用经费变动-10.00万元", "之和10.20万元"],
    });
  });
});

describe("change.prior-difference", () => {
  it("passes when each stated change is current − prior", () => {
    expect(changePriorDifference.check(consistentDocument(), {})).toEqual([]);
  });

  it("flags a stated change that is not current − prior", () => {
    const doc = consistentDocument();
    doc.change.stated.publicFunds = wan("-12");
    doc.change.stated.basic = wan("8.20");
    doc.change.stated.total = wan("-51.80");
    const findings = CHANGE_RULES.flatMap((r) => r.check(doc, {}));
    expectOneFinding(findings, {
      ruleId: "change.prior-difference",
      severity: "error",
      field: "change.stated.publicFunds",
      mentions: ["日常公用经费变动-12.00万元", "本年60.30万元", "上年70.30万元", "之差-10.00万元"],
    });
  });

  it("does not report the total: change.total does", () => {
    const doc = consistentDocument();
    doc.change.stated.total = wan("-50");
    expect(changePriorDifference.check(doc, {})).toEqual([]);
    expect(CHANGE_RULES.flatMap((r) => r.check(doc, {}))).toHaveLength(1);
  });
});

describe("change.percent", () => {
  it("passes when each percentage is change ÷ prior, within 0.01 point", () => {
    const doc = consistentDocument();
    expect(changePercent.check(doc, {})).toEqual([]);
    doc.change.stated.basicPercent = 2.92;
    expect(changePercent.check(doc, {})).toEqual([]);
  });

  it("skips a percentage when there is no prior-year amount", () => {
    const doc = consistentDocument();
    doc.change.prior.project = 0;
    delete doc.change.stated.project;
    delete doc.change.stated.totalPercent;
    delete doc.change.stated.basicPercent;
    expect(changePercent.check(doc, {})).toEqual([]);
  });

  it("accepts a percentage derived from the printed change, even a wrong one", () => {
    const doc = consistentDocument();
    doc.change.stated.project = wan("-62"); // −31% of 200; reported once, by change.prior-difference
    doc.change.stated.projectPercent = -31;
    expect(changePercent.check(doc, {})).toEqual([]);
  });

  it("flags a percentage that is not change ÷ prior", () => {
    const doc = consistentDocument();
    doc.change.stated.totalPercent = -9.5;
    expectOneFinding(changePercent.check(doc, {}), {
      ruleId: "change.percent",
      severity: "error",
      field: "change.stated.totalPercent",
      mentions: ["-9.50%", "变动额-49.80万元", "上年支出总额550.30万元", "-9.05%"],
    });
  });
});
