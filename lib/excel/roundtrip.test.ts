import ExcelJS from "exceljs";
import { withFieldsOutsideTemplate } from "../disclosure/outside-template";
import { describe, expect, it } from "vitest";
import { demoDisclosures, DEMO_DEPARTMENTS } from "../../db/seed/demo";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "../../db/seed/zhengding-434-2018";
import { disclosureDocumentSchema, type DisclosureDocument } from "../disclosure/schema";
import { deriveFigures } from "../disclosure/figures";
import { emptyDocument } from "../disclosure/new-draft";
import { STANDARD_GLOSSARY } from "../disclosure/glossary";
import { workbookToDocument } from "./import";
import { DATA_SHEETS, SHEET, SHEET_ORDER } from "./layout";
import { documentToWorkbook, templateWorkbook } from "./workbook";

const META = { departmentCode: ZHENGDING_434_DEPARTMENT.code, departmentName: ZHENGDING_434_DEPARTMENT.name, year: 2018 };

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  await wb.xlsx.load(copy);
  return wb;
}

describe("round trip", () => {
  it("gives back 正定县人民政府办公室 2018 exactly, stated figures and the seed's slip included", async () => {
    const result = await workbookToDocument(await documentToWorkbook(ZHENGDING_434_2018, META));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    expect(result.document).toStrictEqual(ZHENGDING_434_2018);
    expect(result.document.change.stated.total).toBe(-2_067_800);
  });

  it("gives back every demo disclosure exactly", async () => {
    const all = demoDisclosures();
    expect(all.some((d) => d.document.procurement.lines.length > 0)).toBe(true);
    expect(all.some((d) => d.document.units.length > 1)).toBe(true);
    expect(all.some((d) => d.document.revenue.sources.some((s) => s.key === "carryover"))).toBe(true);
    for (const { departmentCode, year, document } of all) {
      const name = DEMO_DEPARTMENTS.find((d) => d.code === departmentCode)?.name ?? departmentCode;
      const result = await workbookToDocument(await documentToWorkbook(document, { departmentCode, departmentName: name, year }));
      if (!result.ok) throw new Error(`${departmentCode}/${year}: ${JSON.stringify(result.errors.slice(0, 5))}`);
      // The two prior-year totals have no cells in the template: the import keeps them from the
      // draft it replaces (draft-commands.ts), as here. Lines and staff counts come from the workbook.
      expect(result.withLines).toBe(true);
      expect(result.document.lines, `${departmentCode}/${year}`).toStrictEqual(document.lines);
      expect(result.document.staff, `${departmentCode}/${year}`).toStrictEqual(document.staff);
      expect(withFieldsOutsideTemplate(result.document, document, result.withLines), `${departmentCode}/${year}`).toStrictEqual(document);
    }
  });

  it("accepts an ArrayBuffer as well as a Buffer", async () => {
    const buffer = await documentToWorkbook(ZHENGDING_434_2018, META);
    const copy = new ArrayBuffer(buffer.byteLength);
    new Uint8Array(copy).set(buffer);
    const result = await workbookToDocument(copy);
    expect(result.ok).toBe(true);
  });

  it("writes Chinese sheets in order, frozen bold headers and amounts as numbers of 万元", async () => {
    const wb = await load(await documentToWorkbook(ZHENGDING_434_2018, META));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...SHEET_ORDER]);
    const revenue = wb.getWorksheet(SHEET.revenue);
    expect(revenue?.getRow(1).values).toEqual([undefined, "来源代码", "来源名称", "金额（万元）"]);
    expect(revenue?.getCell("A1").font?.bold).toBe(true);
    expect(revenue?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(revenue?.getCell("C2").value).toBe(1028.57);
    expect(revenue?.getCell("C2").numFmt).toBe("0.00##");
    expect(revenue?.getCell("C2").alignment?.horizontal).toBe("right");
    const expenditure = wb.getWorksheet(SHEET.expenditure);
    expect([2, 3, 4].map((r) => expenditure?.getRow(r).values)).toEqual([
      [undefined, "基本支出", "人员经费", 616.89],
      [undefined, "基本支出", "日常公用经费", 88.68],
      [undefined, "项目支出", "政府政务信息及门户网站运行经费项目", 29.5],
    ]);
    const units = wb.getWorksheet(SHEET.units);
    expect(units?.getCell("B2").dataValidation).toMatchObject({ type: "list", formulae: ['"行政,事业,参公"'] });
    const activities = wb.getWorksheet(SHEET.activities);
    expect(activities?.getRow(3).values).toEqual([
      undefined, 2, "政务公开、会议管理、督查督办、打私事务、政务联络。", 29.5,
      expect.any(String), expect.any(String), "对外联络服务满意率", "≥95%", "≥90%", "≥80%", "<80%",
    ]);
    expect(activities?.getCell("B4").value).toBeNull();
    expect(activities?.getCell("F4").value).toBe("事项督查反馈率");
    expect(wb.getWorksheet(SHEET.procurement)?.getCell("B1").value).toBe("2018年度未安排政府采购预算，空表列示。");
  });

  it("never lets a float leak into an amount cell", async () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.expenditure.projects = [{ name: "小数", amount: 3_001 }, ...doc.expenditure.projects]; // 0.3001 万元
    doc.operatingCosts.items[0] = { name: "办公及印刷费", amount: 1 }; // 0.0001 万元
    const buffer = await documentToWorkbook(doc, META);
    const wb = await load(buffer);
    expect(wb.getWorksheet(SHEET.expenditure)?.getCell("C4").value).toBe(0.3001);
    expect(wb.getWorksheet(SHEET.operating)?.getCell("B2").value).toBe(0.0001);
    const result = await workbookToDocument(buffer);
    expect(result.ok && result.document).toEqual(doc);
  });
});

describe("template", () => {
  it("imports as a valid, essentially empty document with the standard glossary", async () => {
    const buffer = await templateWorkbook({ departmentCode: "401", departmentName: "县教育局", year: 2020 });
    const wb = await load(buffer);
    for (const name of DATA_SHEETS) expect(wb.getWorksheet(name), name).toBeDefined();
    expect(String(wb.getWorksheet(SHEET.units)?.getCell("A2").value)).toMatch(/^示例：/);
    expect(String(wb.getWorksheet(SHEET.guide)?.getCell("A1").value)).toContain("县教育局2020年");
    const result = await workbookToDocument(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const doc = result.document;
    expect(disclosureDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.glossary).toEqual(STANDARD_GLOSSARY);
    expect(doc.duties).toEqual([]);
    expect(doc.units).toEqual([]);
    // The standard sources are pre-filled with 0 for the editor to complete.
    expect(doc.revenue.sources.map((r) => [r.key, r.amount])).toEqual([
      ["general", 0],
      ["fund", 0],
      ["specialAccount", 0],
      ["other", 0],
    ]);
    // Every figure that may be 未列示 starts so, as in a new draft: the editor replaces it.
    expect(doc.expenditure).toMatchObject({ personnel: null, publicFunds: null, projects: [] });
    expect(doc.sangong.current).toEqual({ abroad: null, vehiclePurchase: null, vehicleOperation: null, reception: null });
    // 收入 and 机关运行经费 unmarked: not stated until amounts are filled in, which then state them.
    expect([doc.revenue.notStated, doc.operatingCosts.notStated]).toEqual([undefined, undefined]);
    expect(deriveFigures(doc).stated).toMatchObject({ revenue: false, operatingCosts: false });
    expect(doc.performance).toEqual({ overallGoals: [], activities: [] });
    expect(doc.procurement).toEqual({ lines: [], emptyStatement: "" });
    expect(doc.assets.plannedPurchases).toEqual([]);
    expect(doc.assets.table.asOf).toBe("2019-12-31");
    expect(doc.change.priorYear).toBe(2019);
    expect(doc.change.stated).toEqual({});
    expect(doc.revenue.statedTotal).toBeUndefined();
  });

  it("takes what an editor fills in below the examples", async () => {
    const wb = await load(await templateWorkbook({ departmentCode: "401", departmentName: "县教育局", year: 2020 }));
    wb.getWorksheet(SHEET.units)?.addRow(["县教育局", "行政", "正科级", "财政拨款"]);
    wb.getWorksheet(SHEET.revenue)?.eachRow((row) => {
      if (row.getCell(1).value === "general") row.getCell(3).value = 3456.7891;
    });
    wb.getWorksheet(SHEET.expenditure)?.addRow(["项目支出", "中小学校舍维修改造", 120.5]);
    const activities = wb.getWorksheet(SHEET.activities);
    activities?.addRow([1, "义务教育保障", 120.5, "改善办学条件", "办学条件持续改善"]);
    activities?.addRow([2, "中小学校舍维修改造", 120.5, "维修校舍", "按期完工", "工程验收合格率", "100%", "≥95%", "≥90%", "<90%"]);
    activities?.addRow([null, null, null, null, null, "维修改造校舍面积", "≥12000平方米", "", "", ""]);
    const result = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.units).toEqual([{ name: "县教育局", nature: "行政", rank: "正科级", funding: "财政拨款" }]);
    expect(result.document.revenue.sources[0]).toEqual({ key: "general", label: "一般公共预算拨款收入", amount: 34_567_891 });
    expect(result.document.revenue.sources.slice(1).every((r) => r.amount === 0)).toBe(true);
    expect(deriveFigures(result.document).revenueTotal).toBe(34_567_891); // stated by its amount, no mark needed
    expect(result.document.expenditure.projects).toEqual([{ name: "中小学校舍维修改造", amount: 1_205_000 }]);
    expect(result.document.performance.activities).toEqual([
      {
        title: "义务教育保障",
        budget: 1_205_000,
        description: "改善办学条件",
        goal: "办学条件持续改善",
        indicators: [],
        children: [
          {
            title: "中小学校舍维修改造",
            budget: 1_205_000,
            description: "维修校舍",
            goal: "按期完工",
            indicators: [
              { name: "工程验收合格率", excellent: "100%", good: "≥95%", fair: "≥90%", poor: "<90%" },
              { name: "维修改造校舍面积", excellent: "≥12000平方米", good: "", fair: "", poor: "" },
            ],
          },
        ],
      },
    ]);
  });
});

describe("a figure not stated (未列示)", () => {
  const notStated = () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.sangong.current.reception = null;
    doc.expenditure.personnel = null;
    return doc;
  };

  it("is written as the text 未列示 and read back as null, not 0", async () => {
    const buffer = await documentToWorkbook(notStated(), META);
    const wb = await load(buffer);
    const sangong = wb.getWorksheet(SHEET.sangong)!;
    const cells = [2, 3, 4, 5, 6, 7].map((row) => [sangong.getCell(`A${row}`).value, sangong.getCell(`B${row}`).value]);
    expect(cells).toContainEqual(["公务接待费", "未列示"]);
    const result = await workbookToDocument(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    expect(result.document.sangong.current.reception).toBeNull();
    expect(result.document.expenditure.personnel).toBeNull();
    expect(result.document).toStrictEqual(notStated());
  });

  /** The 概述 sheet's column A and B, row by row. */
  const formCells = async (buffer: Buffer, name: string) => {
    const cells: unknown[][] = [];
    (await load(buffer)).getWorksheet(name)!.eachRow((row) => cells.push([row.getCell(1).value, row.getCell(2).value]));
    return cells;
  };
  const roundTrip = async (doc: DisclosureDocument) => {
    const result = await workbookToDocument(await documentToWorkbook(doc, META));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    return result.document;
  };

  it("marks 收入 and 机关运行经费 in 概述 (是), and reads the mark back", async () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    doc.revenue.notStated = true;
    doc.operatingCosts.notStated = true;
    delete doc.revenue.statedTotal;
    delete doc.operatingCosts.statedTotal;
    const buffer = await documentToWorkbook(doc, META);
    const overview = await formCells(buffer, SHEET.overview);
    expect(overview).toContainEqual(["本年收入未列示", "是"]);
    expect(overview).toContainEqual(["机关运行经费未列示", "是"]);
    // The 所列数 sheet holds printed figures only.
    expect(await formCells(buffer, SHEET.stated)).toContainEqual(["收入合计（万元）", null]);
    const result = await workbookToDocument(buffer);
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    expect(result.document).toStrictEqual(doc);
    // Without the mark the row is empty and no mark is read; the printed total as before.
    expect(await formCells(await documentToWorkbook(ZHENGDING_434_2018, META), SHEET.overview)).toContainEqual(["机关运行经费未列示", null]);
    const plain = await roundTrip(ZHENGDING_434_2018);
    expect(Object.hasOwn(plain.operatingCosts, "notStated")).toBe(false);
    expect(plain.operatingCosts.statedTotal).toBe(ZHENGDING_434_2018.operatingCosts.statedTotal);
  });

  it("gives back every state of every figure that may be 未列示 exactly: marked, explicitly stated (even 0.00 with no rows), unmarked", async () => {
    // Each state of each mark, beside a different state of the other, with and without a printed total.
    const pairs = [[true, false], [false, undefined], [undefined, true]] as const;
    for (const [revenue, operating] of pairs) {
      for (const printed of [true, false]) {
        const doc = structuredClone(ZHENGDING_434_2018);
        if (revenue === undefined) delete doc.revenue.notStated;
        else doc.revenue.notStated = revenue;
        if (operating === undefined) delete doc.operatingCosts.notStated;
        else doc.operatingCosts.notStated = operating;
        if (!printed) {
          delete doc.revenue.statedTotal;
          delete doc.operatingCosts.statedTotal;
        }
        if (operating === false) doc.operatingCosts.items = []; // stated as 0.00: distinct from unmarked and empty
        const label = `revenue ${String(revenue)}, operating ${String(operating)}, printed ${printed}`;
        const back = await roundTrip(doc);
        expect(back, label).toStrictEqual(doc);
        expect(deriveFigures(back).stated, label).toEqual(deriveFigures(doc).stated);
      }
    }
    // 人员经费, 日常公用经费 and each 三公 item: 未列示 (null) and a stated 0.00 both come back as they were.
    const single = structuredClone(ZHENGDING_434_2018);
    single.expenditure.personnel = null;
    single.expenditure.publicFunds = 0;
    single.sangong.current = { abroad: null, vehiclePurchase: 0, vehicleOperation: null, reception: 0 };
    expect(await roundTrip(single)).toStrictEqual(single);
    // A new draft, every figure 未列示: so is its workbook.
    const fresh = emptyDocument(2026);
    expect(await roundTrip(fresh)).toStrictEqual(fresh);
  });

  it("still reads 未列示 in 收入合计 / 机关运行经费合计 of a workbook written before the marks", async () => {
    const wb = await load(await documentToWorkbook(ZHENGDING_434_2018, META));
    wb.getWorksheet(SHEET.stated)!.eachRow((row) => {
      if (row.getCell(1).value === "收入合计（万元）" || row.getCell(1).value === "机关运行经费合计（万元）") row.getCell(2).value = "未列示";
    });
    const overview = wb.getWorksheet(SHEET.overview)!;
    const rows: number[] = [];
    overview.eachRow((row, n) => {
      if (String(row.getCell(1).value).endsWith("未列示")) rows.push(n);
    });
    expect(rows).toHaveLength(2);
    for (const n of rows.reverse()) overview.spliceRows(n, 1); // the older sheet has no mark rows
    const result = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 1));
    expect(result.document.revenue.notStated).toBe(true);
    expect(result.document.operatingCosts.notStated).toBe(true);
    expect(result.document.revenue.statedTotal).toBeUndefined();
  });

  it("refuses a mark other than 是 / 否, and a 否 contradicting 未列示 in 所列数", async () => {
    const wb = await load(await documentToWorkbook(ZHENGDING_434_2018, META));
    const set = (sheet: string, label: string, value: string) =>
      wb.getWorksheet(sheet)!.eachRow((row) => {
        if (row.getCell(1).value === label) row.getCell(2).value = value;
      });
    set(SHEET.overview, "本年收入未列示", "不公开");
    set(SHEET.overview, "机关运行经费未列示", "否");
    set(SHEET.stated, "机关运行经费合计（万元）", "未列示");
    const result = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => e.message);
    expect(messages).toContain("本年收入未列示应填“是”或“否”，或留空，实为“不公开”");
    expect(messages).toContain("“机关运行经费未列示”填“否”，而“所列数”表的机关运行经费合计填“未列示”：两处矛盾，请改为一致");
  });

  it("refuses any other text in 机关运行经费合计", async () => {
    const wb = await load(await documentToWorkbook(ZHENGDING_434_2018, META));
    wb.getWorksheet(SHEET.stated)!.eachRow((row) => {
      if (row.getCell(1).value === "机关运行经费合计（万元）") row.getCell(2).value = "不公开";
    });
    const result = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message).join("\n")).toContain("机关运行经费合计应为数字");
  });

  it("is not an empty cell: an empty 三公 cell is still 0, an empty 人员经费 still refused", async () => {
    const wb = await load(await documentToWorkbook(ZHENGDING_434_2018, META));
    const sangong = wb.getWorksheet(SHEET.sangong)!;
    sangong.eachRow((row) => {
      if (row.getCell(1).value === "公务接待费") row.getCell(2).value = null;
    });
    const expenditure = wb.getWorksheet(SHEET.expenditure)!;
    expenditure.eachRow((row) => {
      if (row.getCell(2).value === "人员经费") row.getCell(3).value = null;
    });
    const result = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.message)).toContain("请填写人员经费");
    expenditure.eachRow((row) => {
      if (row.getCell(2).value === "人员经费") row.getCell(3).value = 300.5;
    });
    const again = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!again.ok) throw new Error(JSON.stringify(again.errors, null, 1));
    expect(again.document.sangong.current.reception).toBe(0);
  });
});
