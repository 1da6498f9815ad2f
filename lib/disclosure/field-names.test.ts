import { describe, expect, it } from "vitest";
import { describeField, fieldKind, fieldName, sectionLabel, SECTION_OPTIONS } from "./field-names";

describe("fieldName", () => {
  it("names list cells with a 1-based item number", () => {
    expect(fieldName("expenditure.projects.2.amount")).toBe("项目支出·第3项·金额");
    expect(fieldName("expenditure.projects.0.name")).toBe("项目支出·第1项·名称");
    expect(fieldName("expenditure.projects.4")).toBe("项目支出·第5项");
    expect(fieldName("duties.1")).toBe("部门职责·第2项");
  });

  it("names nested groups", () => {
    expect(fieldName("expenditure.personnel")).toBe("人员经费");
    expect(fieldName("change.prior.project")).toBe("比上年增减·上年数·项目支出");
    expect(fieldName("sangong.current.reception")).toBe("“三公”经费·本年·公务接待费");
    expect(fieldName("assets.table.buildingsValue")).toBe("国有资产·固定资产占用·房屋价值");
    expect(fieldName("performance.activities.0.children.1.indicators.2.excellent")).toBe(
      "绩效·一级活动·第1项·二级活动·第2项·绩效指标·第3项·优",
    );
    expect(fieldName("revenue.sources.0.amount")).toBe("收入来源·第1项·金额");
  });

  it("keeps unknown segments instead of hiding them", () => {
    expect(fieldName("expenditure.newThing")).toBe("newThing");
    expect(fieldName("mystery.3.x")).toBe("mystery·第4项·x");
    expect(fieldName("")).toBe("全文");
  });

  it("knows which fields are amounts", () => {
    expect(fieldKind("expenditure.projects.2.amount")).toBe("yuan");
    expect(fieldKind("expenditure.projects.2.name")).toBe("text");
    expect(fieldKind("change.stated.totalPercent")).toBe("percent");
    expect(fieldKind("status")).toBe("status");
    expect(fieldKind("expenditure.projects.2")).toBe("text");
  });
});

describe("describeField", () => {
  it("lays the same names out as a location, with 1-based rows", () => {
    expect(describeField("expenditure.projects.2.name")).toBe("项目支出 第3项 › 名称");
    expect(describeField("performance.activities.0.children.1.indicators.0.excellent")).toBe(
      "绩效 › 一级活动 第1项 › 二级活动 第2项 › 绩效指标 第1项 › 优",
    );
    expect(describeField("duties.0")).toBe("部门职责 第1项");
    expect(describeField("change.stated.total")).toBe("比上年增减 › 原文所列增减 › 支出合计");
  });

  it("calls a grouping by its section's title, and keeps what it does not know", () => {
    expect(describeField("revenue")).toBe("部门预算安排的总体情况");
    expect(describeField("unknownKey")).toBe("unknownKey");
  });
});

describe("section labels of the review", () => {
  it("numbers the nine sections and calls 0 the whole document", () => {
    expect(sectionLabel(3)).toBe("三、机关运行经费安排情况");
    expect(sectionLabel(0)).toBe("全文");
    expect(sectionLabel(10)).toBe("全文");
    expect(SECTION_OPTIONS.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(SECTION_OPTIONS[9]!.label).toBe("九、其他需要说明的事项");
  });
});
