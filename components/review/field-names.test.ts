import { describe, expect, it } from "vitest";
import { fieldKind, fieldName } from "./field-names";
import { changeKind, formatChinaDate, formatDateTime, formatDelta, formatValue, signedWan } from "./format";

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

describe("formatting changed values", () => {
  it("prints amounts in 万元 and statuses in Chinese", () => {
    expect(formatValue("expenditure.projects.2.amount", 1_300_000)).toBe("130.00 万元");
    expect(formatValue("status", "submitted")).toBe("已提交待审核");
    expect(formatValue("change.stated.totalPercent", -16.74)).toBe("-16.74%");
    expect(formatValue("overview", "")).toBe("（空）");
    expect(formatValue("expenditure.projects.5", { name: "网络运维", amount: 1 })).toBe("（整行）网络运维");
  });

  it("shortens very long texts", () => {
    const long = "字".repeat(400);
    expect(formatValue("otherMatters", long)).toBe(`${"字".repeat(300)}…（共400字）`);
  });

  it("computes amount deltas exactly, treating a missing side as zero", () => {
    expect(formatDelta("expenditure.personnel", 6_168_900, 6_000_000)).toBe("-16.89");
    expect(formatDelta("expenditure.projects.1.amount", undefined, 600_000)).toBe("+60.00");
    expect(formatDelta("expenditure.projects.1.name", "a", "b")).toBeNull();
    expect(signedWan(0)).toBe("0.00");
  });

  it("labels non-amount changes", () => {
    expect(changeKind(undefined, "x")).toBe("新增");
    expect(changeKind("x", undefined)).toBe("删除");
    expect(changeKind("x", "y")).toBe("修改");
  });

  it("prints times in China's zone", () => {
    const at = new Date("2024-03-04T17:30:00Z"); // 01:30 on the 5th in Beijing
    expect(formatDateTime(at)).toBe("2024/03/05 01:30");
    expect(formatChinaDate(at)).toBe("2024-03-05");
    expect(formatChinaDate(null)).toBe("—");
  });
});
