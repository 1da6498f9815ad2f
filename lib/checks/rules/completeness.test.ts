import { describe, expect, it } from "vitest";
import type { DisclosureDocument } from "../../disclosure/schema";
import { consistentDocument } from "../fixture";
import { expectOneFinding } from "../test-helpers";
import { emptyDocument } from "../../disclosure/new-draft";
import { COMPLETENESS_RULES, zeroAmounts } from "./completeness";

const CASES: ReadonlyArray<{
  id: string;
  field: string;
  mentions: readonly string[];
  empty: (doc: DisclosureDocument) => void;
}> = [
  { id: "completeness.duties", field: "duties", mentions: ["部门职责"], empty: (d) => void (d.duties = []) },
  { id: "completeness.units", field: "units", mentions: ["机构设置"], empty: (d) => void (d.units = []) },
  {
    id: "completeness.revenue-sources",
    field: "revenue.sources",
    mentions: ["预算收入", "收入来源"],
    empty: (d) => void (d.revenue.sources = []),
  },
  // A figure not stated (未列示, null — not 0) is named, not printed.
  {
    id: "completeness.not-stated.revenue",
    field: "revenue.notStated",
    mentions: ["收入：本年收入未列示"],
    empty: (d) => void (d.revenue.notStated = true),
  },
  {
    id: "completeness.not-stated.personnel",
    field: "expenditure.personnel",
    mentions: ["预算支出：人员经费未列示"],
    empty: (d) => void (d.expenditure.personnel = null),
  },
  {
    id: "completeness.not-stated.public-funds",
    field: "expenditure.publicFunds",
    mentions: ["预算支出：日常公用经费未列示"],
    empty: (d) => void (d.expenditure.publicFunds = null),
  },
  {
    id: "completeness.not-stated.operating-costs",
    field: "operatingCosts.notStated",
    mentions: ["机关运行经费：本年机关运行经费未列示"],
    empty: (d) => void (d.operatingCosts.notStated = true),
  },
  ...(
    [
      ["abroad", "abroad", "因公出国（境）费"],
      ["vehicle-purchase", "vehiclePurchase", "公务用车购置费"],
      ["vehicle-operation", "vehicleOperation", "公务用车运行维护费"],
      ["reception", "reception", "公务接待费"],
    ] as const
  ).map(([id, item, label]) => ({
    id: `completeness.not-stated.sangong.${id}`,
    field: `sangong.current.${item}`,
    mentions: [`“三公”经费：${label}未列示`],
    empty: (d: DisclosureDocument) => void (d.sangong.current[item] = null),
  })),
  {
    id: "completeness.performance",
    field: "performance",
    mentions: ["绩效预算信息"],
    empty: (d) => {
      d.performance.overallGoals = [];
      d.performance.activities = [];
    },
  },
  {
    id: "completeness.procurement",
    field: "procurement.emptyStatement",
    mentions: ["政府采购预算", "空表列示"],
    empty: (d) => {
      d.procurement.lines = [];
      d.procurement.emptyStatement = "  ";
    },
  },
  { id: "completeness.glossary", field: "glossary", mentions: ["专业名词解释"], empty: (d) => void (d.glossary = []) },
  {
    id: "completeness.other-matters",
    field: "otherMatters",
    mentions: ["其他需要说明的事项"],
    empty: (d) => void (d.otherMatters = " "),
  },
];

describe("completeness", () => {
  it("has one rule per required section, each tested here", () => {
    expect(COMPLETENESS_RULES.map((r) => r.id)).toEqual(CASES.map((c) => c.id));
  });

  for (const { id, field, mentions, empty } of CASES) {
    const rule = COMPLETENESS_RULES.find((r) => r.id === id);

    it(`${id} passes on a complete document`, () => {
      expect(rule?.check(consistentDocument(), {})).toEqual([]);
    });

    it(`${id} warns when the section is empty`, () => {
      const doc = consistentDocument();
      empty(doc);
      const findings = COMPLETENESS_RULES.flatMap((r) => r.check(doc, {}));
      expectOneFinding(findings, { ruleId: id, severity: "warning", field, mentions });
    });
  }

  it("accepts an empty procurement table published with a statement", () => {
    const doc = consistentDocument();
    doc.procurement.lines = [];
    doc.procurement.emptyStatement = "2025年度未安排政府采购预算，空表列示。";
    expect(COMPLETENESS_RULES.flatMap((r) => r.check(doc, {}))).toEqual([]);
  });

  it("takes a stated 0 as stated: no finding for a 三公 item or 人员经费 of 0.00", () => {
    const doc = consistentDocument();
    doc.sangong.current.reception = 0;
    doc.expenditure.personnel = 0;
    expect(COMPLETENESS_RULES.flatMap((r) => r.check(doc, {}))).toEqual([]);
  });

  it("takes revenue marked 未列示 as saying so: no 未列出收入来源 on top of 本年收入未列示", () => {
    const doc = consistentDocument();
    doc.revenue.sources = [];
    doc.revenue.notStated = true;
    const ids = COMPLETENESS_RULES.flatMap((r) => r.check(doc, {})).map((f) => f.ruleId);
    expect(ids).toEqual(["completeness.not-stated.revenue"]);
  });

  it("takes an explicit notStated: false as stated: no finding", () => {
    const doc = consistentDocument();
    doc.revenue.notStated = false;
    doc.operatingCosts.notStated = false;
    expect(COMPLETENESS_RULES.flatMap((r) => r.check(doc, {}))).toEqual([]);
  });

  it("accepts overall goals without activities", () => {
    const doc = consistentDocument();
    doc.performance.activities = [];
    expect(COMPLETENESS_RULES.flatMap((r) => r.check(doc, {}))).toEqual([]);
  });
});

describe("completeness.amounts", () => {
  it("refuses a new draft, whose every figure is still 未列示, as an error", () => {
    const findings = zeroAmounts.check(emptyDocument(2019), {});
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "error", field: "revenue.sources" });
    expect(findings[0]!.message).toContain("均未填写金额（未列示或0.00万元）");
  });

  it("refuses a budget whose every amount is a stated 0.00", () => {
    const doc = emptyDocument(2019);
    doc.revenue.notStated = false;
    doc.operatingCosts.notStated = false;
    doc.expenditure.personnel = 0;
    doc.expenditure.publicFunds = 0;
    expect(zeroAmounts.check(doc, {})).toHaveLength(1);
  });

  it("is not escaped by leaving one part of the expenditure 未列示", () => {
    const doc = emptyDocument(2019);
    doc.expenditure.personnel = 0;
    expect(zeroAmounts.check(doc, {})).toHaveLength(1);
  });

  it("passes once any revenue or expenditure is entered", () => {
    expect(zeroAmounts.check(consistentDocument(), {})).toEqual([]);
    const doc = emptyDocument(2019);
    doc.expenditure.personnel = 100; // 日常公用经费 still 未列示
    expect(zeroAmounts.check(doc, {})).toEqual([]);
    const revenue = emptyDocument(2019);
    revenue.revenue.notStated = false;
    revenue.revenue.sources[0]!.amount = 100;
    expect(zeroAmounts.check(revenue, {})).toEqual([]);
  });
});
