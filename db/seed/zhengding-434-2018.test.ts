import { describe, it, expect } from "vitest";
import { wan, sum } from "../../lib/money";
import { disclosureDocumentSchema } from "../../lib/disclosure/schema";
import { deriveFigures } from "../../lib/disclosure/figures";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "./zhengding-434-2018";

const doc = ZHENGDING_434_2018;
const f = deriveFigures(doc);

describe("seed: 正定县人民政府办公室 2018 (434)", () => {
  it("is a valid disclosure document", () => {
    expect(() => disclosureDocumentSchema.parse(doc)).not.toThrow();
    // parsing trims text; the seed is already clean, so it round-trips unchanged
    expect(disclosureDocumentSchema.parse(doc)).toEqual(doc);
    expect(ZHENGDING_434_DEPARTMENT).toEqual({ code: "434", name: "正定县人民政府办公室" });
  });

  it("revenue 1028.57 = 一般预算 1028.57 + 基金 0 + 专户 0 + 其他 0", () => {
    expect(f.revenueTotal).toBe(wan("1028.57"));
    expect(doc.revenue.statedTotal).toBe(wan("1028.57"));
    expect(doc.revenue.sources.map((s) => [s.key, s.amount])).toEqual([
      ["general", wan("1028.57")],
      ["fund", wan("0")],
      ["specialAccount", wan("0")],
      ["other", wan("0")],
    ]);
  });

  it("expenditure 1028.57 = basic 705.57 (616.89 + 88.68) + project 323 (six projects)", () => {
    expect(f.expenditureTotal).toBe(wan("1028.57"));
    expect(f.basic).toBe(wan("705.57"));
    expect(f.personnel).toBe(wan("616.89"));
    expect(f.publicFunds).toBe(wan("88.68"));
    expect(f.project).toBe(wan("323"));
    expect(doc.expenditure.projects.map((p) => p.amount)).toEqual(
      ["29.5", "60", "50", "16.5", "130", "37"].map(wan),
    );
    expect(f.expenditureTotal).toBe(f.revenueTotal);
    expect(doc.expenditure.statedTotal).toBe(f.expenditureTotal);
    expect(doc.expenditure.statedBasic).toBe(f.basic);
    expect(doc.expenditure.statedProject).toBe(f.project);
  });

  it("changes vs 2017, including the seed's slip in the stated total", () => {
    expect(doc.change.priorYear).toBe(2017);
    expect(f.change.basic).toBe(wan("-52.58"));
    expect(f.change.personnel).toBe(wan("-69.72"));
    expect(f.change.publicFunds).toBe(wan("17.14"));
    expect(f.change.project).toBe(wan("-154"));
    expect(f.change.total).toBe(wan("-206.58"));
    expect(doc.change.stated.total).toBe(wan("-206.78"));
    expect(doc.change.stated.total).not.toBe(f.change.total);
    expect(doc.change.stated.basic).toBe(f.change.basic);
    expect(doc.change.stated.personnel).toBe(f.change.personnel);
    expect(doc.change.stated.publicFunds).toBe(f.change.publicFunds);
    expect(doc.change.stated.project).toBe(f.change.project);
  });

  it("机关运行经费 88.68 from nine items", () => {
    expect(doc.operatingCosts.items).toHaveLength(9);
    expect(f.operatingCosts).toBe(wan("88.68"));
    expect(doc.operatingCosts.statedTotal).toBe(f.operatingCosts);
  });

  it("三公 79.1 = 0 + 0 + 57.1 + 22; vs 2017 −5 (出国 −5)", () => {
    expect(f.sangong.abroad).toBe(wan("0"));
    expect(f.sangong.vehiclePurchase).toBe(wan("0"));
    expect(f.sangong.vehicleOperation).toBe(wan("57.1"));
    expect(f.sangong.reception).toBe(wan("22"));
    expect(f.sangong.vehicle).toBe(wan("57.1"));
    expect(f.sangong.total).toBe(wan("79.1"));
    expect(doc.sangong.statedTotal).toBe(f.sangong.total);
    expect(doc.sangong.statedVehicle).toBe(f.sangong.vehicle);
    expect(f.sangongChange.total).toBe(wan("-5"));
    expect(f.sangongChange.abroad).toBe(wan("-5"));
    expect(f.sangongChange.vehiclePurchase).toBe(0);
    expect(f.sangongChange.vehicleOperation).toBe(0);
    expect(f.sangongChange.reception).toBe(0);
    expect(doc.sangong.statedChange).toBe(f.sangongChange.total);
  });

  it("performance: 9 overall goals, 14 activities with budgets 29.5 + 126.5 + 167 = 323", () => {
    const { overallGoals, activities } = doc.performance;
    expect(overallGoals).toHaveLength(9);
    expect(activities).toHaveLength(14);
    expect(activities.filter((a) => a.budget !== null).map((a) => a.budget)).toEqual(
      ["29.5", "126.5", "167"].map(wan),
    );
    expect(f.activityBudgets).toBe(wan("323"));
    expect(f.activityBudgets).toBe(f.project);
    // every top-level activity has one sub-activity, except 七、组织推进依法行政
    expect(activities.map((a) => a.children.length)).toEqual([1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1]);
    expect(activities[6]?.title).toBe("组织推进依法行政");
    // numbering stripped from titles
    for (const a of activities) {
      expect(a.title).not.toMatch(/^[一二三四五六七八九十]+、/);
      for (const c of a.children) expect(c.title).not.toMatch(/^[\s\u3000]*\d+、/);
    }
  });

  it("performance: 22 indicators, all on sub-activities", () => {
    const { activities } = doc.performance;
    expect(sum(activities.map((a) => a.indicators.length))).toBe(0);
    const perChild = activities.flatMap((a) => a.children.map((c) => c.indicators.length));
    expect(perChild).toEqual([7, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(sum(perChild)).toBe(22);
    const all = activities.flatMap((a) => a.children.flatMap((c) => c.indicators));
    expect(all.find((i) => i.name === "政务信息公开培训任务完成率")?.poor).toBe("＜90%");
    expect(all.find((i) => i.name === "组织大型对外联络活动次数")?.excellent).toBe("≥3");
    expect(all.find((i) => i.name === "确保外国来访人员及归侨侨眷满意率")?.excellent).toBe(
      "归侨侨眷满意率90%以上",
    );
    expect(all.find((i) => i.name === "网络畅通率")?.excellent).toBe("95%及以上");
  });

  it("procurement: none, with the empty-table statement", () => {
    expect(doc.procurement.lines).toHaveLength(0);
    expect(f.procurementTotal).toBe(0);
    expect(doc.procurement.statedTotal).toBe(wan("0"));
    expect(doc.procurement.emptyStatement).toBe("2018年度未安排政府采购预算，空表列示。");
  });

  it("assets 5308.07 = 4000 + 227.45 + 0 + 1080.62; 40000 m²; 10 vehicles; planned 7", () => {
    const t = doc.assets.table;
    expect(t.asOf).toBe("2017-12-31");
    expect(t.buildingsValue).toBe(wan("4000"));
    expect(t.vehicleValue).toBe(wan("227.45"));
    expect(t.equipmentValue).toBe(wan("0"));
    expect(t.otherValue).toBe(wan("1080.62"));
    expect(f.assetTotal).toBe(wan("5308.07"));
    expect(t.statedTotal).toBe(f.assetTotal);
    expect(t.buildingsArea).toBe(40000);
    expect(t.officeArea).toBe(40000);
    expect(t.officeValue).toBe(wan("4000"));
    expect(t.vehicleCount).toBe(10);
    expect(doc.assets.plannedPurchases.map((p) => p.amount)).toEqual(["2", "4.4", "0.23", "0.37"].map(wan));
    expect(f.plannedPurchases).toBe(wan("7"));
    expect(doc.assets.statedPlannedTotal).toBe(f.plannedPurchases);
  });

  it("counts: 14 duties, 1 unit, 5 glossary terms", () => {
    expect(doc.duties).toHaveLength(14);
    expect(doc.units).toEqual([
      { name: "正定县人民政府办公室", nature: "行政", rank: "正科级", funding: "财政拨款" },
    ]);
    expect(doc.glossary.map((g) => g.term)).toEqual([
      "一般公共预算拨款收入",
      "基本支出",
      "项目支出",
      "财政拨款“三公经费”",
      "机关运行费",
    ]);
    expect(doc.otherMatters).toBe("无。");
  });
});
