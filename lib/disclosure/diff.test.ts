import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../db/seed/zhengding-434-2018";
import { diffDocuments, sectionOfField } from "./diff";

describe("diffDocuments", () => {
  it("finds nothing between a document and its copy", () => {
    expect(diffDocuments(ZHENGDING_434_2018, structuredClone(ZHENGDING_434_2018))).toEqual([]);
  });

  it("reports each changed cell with its path, old and new value", () => {
    const after = structuredClone(ZHENGDING_434_2018);
    after.expenditure.projects[1]!.amount += 10_000;
    after.duties[0] = "新的职责";
    after.performance.activities[0]!.children[0]!.indicators[2]!.excellent = "≥98%";
    expect(diffDocuments(ZHENGDING_434_2018, after)).toEqual([
      { field: "duties.0", old: ZHENGDING_434_2018.duties[0], new: "新的职责" },
      { field: "expenditure.projects.1.amount", old: 600_000, new: 610_000 },
      { field: "performance.activities.0.children.0.indicators.2.excellent", old: "100%", new: "≥98%" },
    ]);
  });

  it("reports added and removed rows whole, and removed stated figures", () => {
    const after = structuredClone(ZHENGDING_434_2018);
    after.expenditure.projects.push({ name: "新项目", amount: 1 });
    after.glossary.pop();
    delete after.change.stated.total;
    const changes = diffDocuments(ZHENGDING_434_2018, after);
    expect(changes).toContainEqual({ field: "expenditure.projects.6", old: undefined, new: { name: "新项目", amount: 1 } });
    expect(changes).toContainEqual({ field: "glossary.4", old: ZHENGDING_434_2018.glossary[4], new: undefined });
    expect(changes).toContainEqual({ field: "change.stated.total", old: -2_067_800, new: undefined });
  });

  it("places fields in their sections", () => {
    expect(sectionOfField("units.0.name")).toBe(1);
    expect(sectionOfField("change.stated.total")).toBe(2);
    expect(sectionOfField("sangong.current.abroad")).toBe(4);
    expect(sectionOfField("assets.table.asOf")).toBe(7);
    expect(sectionOfField("preamble")).toBe(0);
  });
});
