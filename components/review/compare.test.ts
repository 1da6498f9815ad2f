import { describe, expect, it } from "vitest";
import { consistentDocument } from "@/lib/checks/fixture";
import { diffDocuments } from "@/lib/disclosure/diff";
import { wan } from "@/lib/money";
import { correctionsOf, groupBySection, headlineRows, type PublicVersion } from "./compare";

function version(versionNo: number, edit: (doc: ReturnType<typeof consistentDocument>) => void = () => {}): PublicVersion {
  const document = consistentDocument();
  edit(document);
  return {
    versionNo,
    publishedAt: new Date(`2024-0${versionNo}-01T02:00:00Z`),
    correctionNote: null,
    document,
  };
}

describe("compare", () => {
  it("groups changes by section in document order", () => {
    const after = consistentDocument();
    after.otherMatters = "新增说明";
    after.expenditure.projects[0]!.amount += 100;
    after.preamble = "改";
    const groups = groupBySection(diffDocuments(consistentDocument(), after));
    expect(groups.map((g) => [g.section, g.changes.length])).toEqual([
      [0, 1],
      [2, 1],
      [9, 1],
    ]);
    expect(groups[1]!.title).toBe("二、部门预算安排的总体情况");
    expect(groups[0]!.title).toBe("全文");
  });

  it("compares headline figures with change and rate", () => {
    const after = consistentDocument();
    after.expenditure.personnel = after.expenditure.personnel! + wan("30.02");
    const rows = headlineRows(consistentDocument(), after);
    const personnel = rows.find((r) => r.measure === "personnel")!;
    expect(personnel).toMatchObject({ label: "人员经费", change: wan("30.02"), percent: 10 });
    expect(rows.find((r) => r.measure === "total")!.change).toBe(wan("30.02"));
    expect(rows.find((r) => r.measure === "sangongAbroad")!.percent).toBeNull();
  });

  it("lists each correction against the version it replaced, newest first", () => {
    const v1 = version(1);
    const v2 = version(2, (d) => {
      d.expenditure.projects[1]!.amount += wan("1");
    });
    const v4 = version(4, (d) => {
      d.expenditure.projects[1]!.amount += wan("1");
      d.glossary[0]!.definition = "更正后的解释";
    });
    const corrections = correctionsOf([v4, v1, v2]);
    expect(corrections.map((c) => [c.versionNo, c.replacedVersionNo])).toEqual([
      [4, 2],
      [2, 1],
    ]);
    expect(corrections[1]!.figures.map((f) => f.measure)).toEqual(["total", "project"]);
    expect(corrections[1]!.sections).toEqual(["二、部门预算安排的总体情况"]);
    expect(corrections[0]!.figures).toEqual([]);
    expect(corrections[0]!.sections).toEqual(["八、专业名词解释"]);
    expect(correctionsOf([v1])).toEqual([]);
  });
});
