import { describe, expect, it } from "vitest";
import { fieldId, resolveTarget, sectionOfField, targetCandidates } from "./field-target";
import { describeField } from "./field-label";

describe("fieldId", () => {
  it("prefixes the document path", () => {
    expect(fieldId("expenditure.projects.2.amount")).toBe("field-expenditure.projects.2.amount");
  });
});

describe("mapping a finding's field to an element", () => {
  it("tries the path, then each shorter path, then the section", () => {
    expect(targetCandidates("change.stated.total")).toEqual([
      "field-change.stated.total",
      "field-change.stated",
      "field-change",
      "editor-section-2",
    ]);
  });

  const page = (...ids: string[]) => {
    const present = new Set(ids);
    return (id: string) => present.has(id);
  };

  it("lands on the field itself when it exists", () => {
    expect(resolveTarget("expenditure.projects.2.amount", page("field-expenditure.projects.2.amount", "field-expenditure.projects"))).toBe(
      "field-expenditure.projects.2.amount",
    );
  });

  it("falls back to the stated box of the change section", () => {
    expect(resolveTarget("change.stated.total", page("field-change.stated", "field-change"))).toBe("field-change.stated");
  });

  it("lands on a list container for findings about the whole list, or a removed row", () => {
    expect(resolveTarget("expenditure.projects", page("field-expenditure.projects"))).toBe("field-expenditure.projects");
    expect(resolveTarget("procurement.lines.0.statedTotal", page("field-procurement.lines"))).toBe("field-procurement.lines");
  });

  it("falls back to the section container", () => {
    expect(resolveTarget("performance", page("editor-section-5"))).toBe("editor-section-5");
    expect(resolveTarget("assets.statedPlannedTotal", page("editor-section-7"))).toBe("editor-section-7");
    expect(resolveTarget("otherMatters", page())).toBeNull();
  });

  it("knows the section of every part of the document", () => {
    expect(sectionOfField("duties.0")).toBe(1);
    expect(sectionOfField("revenue.sources")).toBe(2);
    expect(sectionOfField("change.reasons.project")).toBe(2);
    expect(sectionOfField("sangong.statedTotal")).toBe(4);
    expect(sectionOfField("glossary")).toBe(8);
    expect(sectionOfField("toString")).toBeNull();
    expect(sectionOfField("")).toBeNull();
  });
});

describe("describeField", () => {
  it("names a path in Chinese with 1-based rows", () => {
    expect(describeField("expenditure.projects.2.name")).toBe("支出 › 项目 第3项 › 名称");
    expect(describeField("performance.activities.0.children.1.indicators.0.excellent")).toBe(
      "绩效预算信息 › 一级活动 第1项 › 二级活动 第2项 › 绩效指标 第1项 › 优",
    );
    expect(describeField("duties.0")).toBe("部门职责 第1项");
    expect(describeField("unknownKey")).toBe("unknownKey");
  });
});
