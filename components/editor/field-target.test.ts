import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "@/db/seed/zhengding-434-2018";
import { diffDocuments, sectionOfField as reviewSectionOf } from "@/lib/disclosure/diff";
import { groupBySection } from "@/components/review/compare";
import { fieldId, resolveTarget, sectionOfField, targetCandidates } from "./field-target";

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
    // The opening is printed before 一: it has its own part of the editor, as in the review.
    expect(sectionOfField("preamble")).toBe(0);
    expect(targetCandidates("preamble")).toEqual(["field-preamble", "editor-section-0"]);
    expect(sectionOfField("toString")).toBeNull();
    expect(sectionOfField("")).toBeNull();
  });
});

describe("the editor and the review agree on sections", () => {
  it("targets each field of the seed 434/2018 in the section its review diff is grouped under", () => {
    // Every leaf of the seed, changed: the review groups it; a finding on it scrolls to its section.
    const blankLeaves = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(blankLeaves)
      : typeof value === "object" && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blankLeaves(v)]))
      : typeof value === "number" ? value + 1 : `${String(value)}改`;
    const changes = diffDocuments(ZHENGDING_434_2018, blankLeaves(ZHENGDING_434_2018) as typeof ZHENGDING_434_2018);
    expect(changes.length).toBeGreaterThan(300);
    for (const group of groupBySection(changes)) {
      for (const change of group.changes) {
        expect(sectionOfField(change.field), change.field).toBe(group.section);
        expect(targetCandidates(change.field).at(-1), change.field).toBe(`editor-section-${group.section}`);
      }
    }
  });

  it("puts the opening in section 0 on both sides: 全文 in the review, the opening part of the editor", () => {
    const after = structuredClone(ZHENGDING_434_2018);
    after.preamble = "按照《中华人民共和国预算法》规定，现将本部门部门预算公开如下：";
    const [group] = groupBySection(diffDocuments(ZHENGDING_434_2018, after));
    expect(group).toMatchObject({ section: 0, title: "全文" });
    expect(reviewSectionOf("preamble")).toBe(0);
    expect(resolveTarget("preamble", (id) => id === "editor-section-0")).toBe("editor-section-0");
  });
});
