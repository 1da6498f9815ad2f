import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018 } from "../../../db/seed/zhengding-434-2018";
import { demoDisclosures } from "../../../db/seed/demo";
import { deriveFigures } from "../figures";
import { emptyDocument } from "../new-draft";
import { wan } from "../../money";
import { documentWithLines } from "./fixture";
import { nationalTables, tableById, TABLES_NOT_ENTERED, TABLES_NOT_GIVEN, type GridTable } from "./index";
import { disclosureSpending, drillPath, spendingRows, spendingTree, type SpendingNode, type SpendingTree } from "./spending";

function treeOf(doc = documentWithLines(), year = 2025): SpendingTree {
  const spending = disclosureSpending(doc, year);
  if (!spending.given) throw new Error(spending.note);
  return spending.tree;
}

const total = (nodes: readonly SpendingNode[]) => nodes.reduce((s, n) => s + n.amount, 0);
/** Shares in hundredths of a percent, added exactly. */
const shareSum = (nodes: readonly SpendingNode[]) => nodes.reduce((s, n) => s + Math.round(Number(n.share) * 100), 0);

/** Every tie of a tree: 合计 = Σ 类, each 类 = Σ 款, each 款 = Σ 项; siblings' shares = 100.00 %. */
function expectTies(tree: SpendingTree) {
  expect(total(tree.classes)).toBe(tree.total);
  expect(shareSum(tree.classes)).toBe(10_000);
  for (const cls of tree.classes) {
    expect(cls.level).toBe("类");
    expect(cls.children.length).toBeGreaterThan(0);
    expect(total(cls.children), cls.code).toBe(cls.amount);
    if (cls.amount > 0) expect(shareSum(cls.children), cls.code).toBe(10_000);
    for (const kuan of cls.children) {
      expect(kuan.level).toBe("款");
      expect(kuan.code.startsWith(cls.code)).toBe(true);
      expect(total(kuan.children), kuan.code).toBe(kuan.amount);
      if (kuan.amount > 0) expect(shareSum(kuan.children), kuan.code).toBe(10_000);
      for (const xiang of kuan.children) {
        expect(xiang.level).toBe("项");
        expect(xiang.code.startsWith(kuan.code)).toBe(true);
        expect(xiang.children).toEqual([]);
      }
    }
  }
}

describe("支出去向: spending by function 类 → 款 → 项", () => {
  it("rolls the lines up with the names of the year's list, in code order", () => {
    const tree = treeOf();
    expect(tree.total).toBe(wan("500.50"));
    expect(tree.classes.map((c) => [c.code, c.name, c.amount])).toEqual([
      ["201", "一般公共服务支出", wan("430.50")],
      ["208", "社会保障和就业支出", wan("30")],
      ["210", "卫生健康支出", wan("10")],
      ["212", "城乡社区支出", wan("20")],
      ["221", "住房保障支出", wan("10")],
    ]);
    const general = tree.classes[0]!;
    expect(general.children.map((k) => [k.code, k.amount])).toEqual([["20103", wan("430.50")]]);
    expect(general.children[0]!.children.map((x) => [x.code, x.name, x.amount])).toEqual([
      ["2010301", "行政运行", wan("310.50")],
      ["2010302", "一般行政管理事务", wan("120")],
    ]);
    expectTies(tree);
  });

  it("agrees with the 部门支出总表 row for row, and its total with the document's expenditure", () => {
    const doc = documentWithLines();
    const set = nationalTables(doc, 2025);
    if (!set.given) throw new Error(set.note);
    const expenditure = tableById(set.tables, "expenditure") as GridTable;
    const tree = treeOf(doc);
    expect(spendingRows(tree).map((n) => [n.code, n.name, n.amount])).toEqual(expenditure.rows.slice(1).map((r) => [r.code, r.name, r.values[0]]));
    expect(tree.total).toBe(expenditure.rows[0]!.values[0]);
    expect(tree.total).toBe(deriveFigures(doc).expenditureTotal);
  });

  it("gives each node its share of the parent, rounded so that siblings make exactly 100.00 %", () => {
    // Three equal parts: 33.33 + 33.33 + 33.33 would be 99.99; the largest remainder takes the last hundredth.
    const tree = spendingTree(
      [
        { functionCode: "2050101", amount: 100 },
        { functionCode: "2080505", amount: 100 },
        { functionCode: "2101101", amount: 100 },
      ],
      2025,
    );
    expect(tree.classes.map((c) => c.share)).toEqual(["33.34", "33.33", "33.33"]);
    expect(tree.classes[0]!.children[0]!.share).toBe("100.00");
    const zero = spendingTree([{ functionCode: "2050101", amount: 0 }], 2025);
    expect(zero.classes[0]!.share).toBeNull();
  });

  it("ties for every demo department and year (示例数据)", () => {
    const demos = demoDisclosures();
    expect(demos.length).toBeGreaterThan(20);
    for (const { document, year } of demos) {
      const tree = treeOf(document, year);
      expectTies(tree);
      expect(tree.total).toBe(deriveFigures(document).expenditureTotal);
    }
  });

  it("the education bureau's biggest 类 is 205 教育支出", () => {
    const demo = demoDisclosures().find((d) => d.departmentCode === "401" && d.year === 2018)!;
    const tree = treeOf(demo.document, 2018);
    const biggest = [...tree.classes].sort((a, b) => b.amount - a.amount)[0]!;
    expect([biggest.code, biggest.name]).toEqual(["205", "教育支出"]);
  });

  it("shows the note, never invented lines, for a document without its tables", () => {
    expect(disclosureSpending(ZHENGDING_434_2018, 2018)).toEqual({ given: false, note: TABLES_NOT_GIVEN });
    expect(disclosureSpending({ ...emptyDocument(2025), lines: { expenditure: [], economic: [], carryForward: 0 } }, 2025)).toEqual({ given: false, note: TABLES_NOT_ENTERED });
  });

  it("finds a ?class= value's place: a 类, or a 款 under its 类; nothing for anything else", () => {
    const tree = treeOf();
    expect(drillPath(tree, "201")).toEqual(["201"]);
    expect(drillPath(tree, "20103")).toEqual(["201", "20103"]);
    expect(drillPath(tree, "20199")).toEqual(["201"]);
    expect(drillPath(tree, "205")).toEqual([]);
    expect(drillPath(tree, "2010301")).toEqual([]);
    expect(drillPath(tree, "x")).toEqual([]);
    expect(drillPath(tree, null)).toEqual([]);
  });
});
