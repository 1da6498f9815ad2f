/**
 * The budget-line sheets of the workbook: 人员情况, 支出明细 (with 结转下年) and 基本支出经济分类 —
 * export → import exactly, every bad cell refused at its address in Chinese with no document, and
 * a workbook made before these sheets still read as before.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { demoDisclosures } from "../../db/seed/demo";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "../../db/seed/zhengding-434-2018";
import { emptyDocument } from "../disclosure/new-draft";
import type { DisclosureDocument } from "../disclosure/schema";
import { MAX_ECONOMIC_LINES, MAX_EXPENDITURE_LINES, type ExpenditureLine } from "../disclosure/schema-lines";
import { withFieldsOutsideTemplate } from "../disclosure/outside-template";
import { formatExcelError, workbookToDocument, type ExcelError } from "./import";
import { LINE_SHEETS, LINES_BLOCK, SHEET, TABLES } from "./layout";
import { MAX_WORKBOOK_BYTES } from "./limits";
import { documentToWorkbook, templateWorkbook } from "./workbook";
import { checkZip } from "./zip";

const META = { departmentCode: "401", departmentName: "县教育局", year: 2020 };
/** The first data row of 支出明细 (below its 结转下年 / 未随原文公开 block and header). */
const FIRST = TABLES.lines.headerRow + 1;

function withLines(): DisclosureDocument {
  const doc = emptyDocument(2020);
  const line = (functionCode: string, kind: ExpenditureLine["kind"], amount: number, source: ExpenditureLine["source"] = "general", project = ""): ExpenditureLine => ({
    functionCode,
    kind,
    source,
    project,
    amount,
  });
  doc.lines = {
    expenditure: [
      line("2050101", "personnel", 12_345_678),
      line("2050101", "public", 3_000_001),
      line("2080505", "personnel", 100),
      line("2050202", "project", 1_205_000, "general", "中小学校舍维修改造"),
      line("2050202", "project", 0, "specialAccount", "中小学校舍维修改造"),
      line("2120804", "project", 800_000, "fund", "学校周边道路"),
      line("2050101", "public", 50_000, "carryover"),
    ],
    economic: [
      { economicCode: "30101", amount: 5_000_000 },
      { economicCode: "30108", amount: 1 },
      { economicCode: "30201", amount: 3_000_001 },
    ],
    carryForward: 123_400,
  };
  doc.staff = { authorized: 30, active: 28, retired: 0, statedTotal: null };
  return doc;
}

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const copy = new ArrayBuffer(buffer.byteLength);
  new Uint8Array(copy).set(buffer);
  await wb.xlsx.load(copy);
  return wb;
}

async function edited(edit: (wb: ExcelJS.Workbook) => void, doc = withLines()): Promise<Buffer> {
  const wb = await load(await documentToWorkbook(doc, META));
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function errorsOf(buffer: Buffer, year?: number): Promise<ExcelError[]> {
  const result = await workbookToDocument(buffer, { year });
  if (result.ok) throw new Error("expected the workbook to be refused");
  expect(Object.keys(result)).toEqual(["ok", "errors"]); // no partial document
  return result.errors;
}

describe("the line sheets round-trip", () => {
  it("gives back lines, economic lines, staff counts and 结转下年 exactly", async () => {
    const doc = withLines();
    const result = await workbookToDocument(await documentToWorkbook(doc, META), { year: 2020 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.withLines).toBe(true);
    expect(result.document).toStrictEqual(doc);
  });

  it("gives back a demo document's lines (db/seed/demo-lines.ts), before and after the 2018 reform", async () => {
    const all = demoDisclosures();
    for (const pick of [all.find((d) => d.departmentCode === "402" && d.year === 2017), all.find((d) => d.departmentCode === "401" && d.year === 2019)]) {
      if (!pick) throw new Error("demo document missing");
      const { departmentCode, year, document } = pick;
      expect(document.lines?.expenditure.length).toBeGreaterThan(3);
      const result = await workbookToDocument(await documentToWorkbook(document, { departmentCode, departmentName: "示例", year }), { year });
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
      expect(result.document.lines).toStrictEqual(document.lines);
      expect(result.document.staff).toStrictEqual(document.staff);
    }
  });

  it("writes one row per line: the code's official name, the source's name, the amount in its kind's column", async () => {
    const wb = await load(await documentToWorkbook(withLines(), META));
    const lines = sheet(wb, SHEET.lines);
    expect(lines.getRow(TABLES.lines.headerRow).values).toEqual([
      undefined, "功能分类科目编码", "科目名称", "资金来源", "项目名称", "人员经费（万元）", "公用经费（万元）", "项目支出（万元）",
    ]);
    expect(lines.getCell(LINES_BLOCK.carryForward.cell).value).toBe(12.34);
    expect(lines.getCell(LINES_BLOCK.notPublished.cell).value).toBeNull();
    expect(lines.getRow(FIRST).values).toEqual([undefined, "2050101", "行政运行", "一般公共预算拨款", "", 1234.5678]);
    expect(lines.getRow(FIRST + 3).values).toEqual([undefined, "2050202", "小学教育", "一般公共预算拨款", "中小学校舍维修改造", undefined, undefined, 120.5]);
    expect(lines.getCell(`G${FIRST + 4}`).value).toBe(0);
    expect(lines.getCell(`C${FIRST + 5}`).value).toBe("政府性基金预算拨款");
    const economic = sheet(wb, SHEET.economic);
    expect(economic.getRow(2).values).toEqual([undefined, "30101", "基本工资", 500]);
    const staff = sheet(wb, SHEET.staff);
    expect([2, 3, 4, 5].map((r) => [staff.getCell(`A${r}`).value, staff.getCell(`B${r}`).value])).toEqual([
      ["编制数", 30],
      ["在职人数", 28],
      ["离退休人数", 0],
      ["实有人数（原文所列）", null],
    ]);
  });

  it("keeps the seed's tables 未随原文公开: lines null ↔ 明细未随原文公开 = 是", async () => {
    const meta = { departmentCode: ZHENGDING_434_DEPARTMENT.code, departmentName: ZHENGDING_434_DEPARTMENT.name, year: 2018 };
    const buffer = await documentToWorkbook(ZHENGDING_434_2018, meta);
    expect(sheet(await load(buffer), SHEET.lines).getCell(LINES_BLOCK.notPublished.cell).value).toBe("是");
    const result = await workbookToDocument(buffer, { year: 2018 });
    expect(result.ok && result.document.lines).toBeNull();
    expect(result.ok && result.withLines).toBe(true);
  });

  it("reads an empty template as lines not entered (no lines, not null) and takes what an editor fills in", async () => {
    const wb = await load(await templateWorkbook(META));
    expect(String(sheet(wb, SHEET.lines).getCell(`A${FIRST}`).value)).toMatch(/^示例：/);
    expect(sheet(wb, SHEET.lines).getCell(`A${FIRST + 1}`).dataValidation).toMatchObject({ type: "textLength", formulae: [7], prompt: expect.stringContaining("以编码为准") });
    const empty = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(empty.ok && empty.document.lines).toEqual({ expenditure: [], economic: [], carryForward: 0 });
    expect(empty.ok && empty.document.staff).toEqual({ authorized: null, active: null, retired: null, statedTotal: null });

    sheet(wb, SHEET.lines).addRow([2050101, "随便写的名称", "一般公共预算拨款", null, 100, "20.5"]);
    sheet(wb, SHEET.lines).addRow(["2050202", "", "财政专户核拨", "校舍维修", null, null, 33.33]);
    sheet(wb, SHEET.economic).addRow(["30101", "名称与编码不符也不影响", 100]);
    sheet(wb, SHEET.staff).getCell("B2").value = 12;
    const filled = await workbookToDocument(Buffer.from(await wb.xlsx.writeBuffer()), { year: 2020 });
    if (!filled.ok) throw new Error(JSON.stringify(filled.errors));
    expect(filled.document.lines).toEqual({
      expenditure: [
        { functionCode: "2050101", kind: "personnel", source: "general", project: "", amount: 1_000_000 },
        { functionCode: "2050101", kind: "public", source: "general", project: "", amount: 205_000 },
        { functionCode: "2050202", kind: "project", source: "specialAccount", project: "校舍维修", amount: 333_300 },
      ],
      economic: [{ economicCode: "30101", amount: 1_000_000 }],
      carryForward: 0,
    });
    expect(filled.document.staff.authorized).toBe(12);
  });
});

describe("refusing bad line cells, each at its cell, nothing imported", () => {
  it("a malformed code, a 款 instead of a 项, a code not valid in the draft's year, a bad source, a negative and a non-number amount", async () => {
    const buffer = await edited((wb) => {
      const ws = sheet(wb, SHEET.lines);
      ws.getCell(`A${FIRST}`).value = "20501O1";
      ws.getCell(`A${FIRST + 1}`).value = "20501";
      ws.getCell(`A${FIRST + 2}`).value = "2100501"; // 行政单位医疗 until 2017; 2101101 since 2018
      ws.getCell(`C${FIRST + 3}`).value = "自筹";
      ws.getCell(`G${FIRST + 3}`).value = -5;
      ws.getCell(`E${FIRST}`).value = "一百";
      ws.getCell(LINES_BLOCK.carryForward.cell).value = "约10";
      const economic = sheet(wb, SHEET.economic);
      economic.getCell("A2").value = "30104"; // 社会保障缴费: gone with the 2018 reform
      economic.getCell("C3").value = -1;
      sheet(wb, SHEET.staff).getCell("B3").value = 2.5;
    });
    const errors = await errorsOf(buffer, 2020);
    expect(errors.map(formatExcelError)).toEqual([
      "人员情况!B3：在职人数应为非负整数，实为“2.5”",
      "支出明细!B1：结转下年应为数字（万元），实为“约10”",
      "支出明细!A5：功能分类科目编码应为7位数字，实为“20501O1”",
      "支出明细!E5：人员经费应为数字（万元），实为“一百”",
      "支出明细!A6：功能分类科目编码应为7位数字（项）（类、款请展开到项），实为“20501”",
      "支出明细!A7：“2100501”不是2020年有效的支出功能分类科目（项），请对照当年的政府收支分类科目",
      "支出明细!C8：资金来源应为一般公共预算拨款、政府性基金预算拨款、财政专户核拨、其他来源、国有资本经营预算拨款、单位资金、上年结转结余之一，实为“自筹”",
      "支出明细!G8：项目支出不能为负数，实为“-5”",
      "基本支出经济分类!A2：“30104”不是2020年有效的部门预算支出经济分类科目（款），请对照当年的政府收支分类科目",
      "基本支出经济分类!C3：金额不能为负数，实为“-1”",
    ]);
  });

  it("checks codes against the draft's year, not the workbook's: 2101101 is refused in a 2017 draft", async () => {
    const buffer = await documentToWorkbook(withLines(), META);
    expect((await workbookToDocument(buffer, { year: 2020 })).ok).toBe(true);
    const doc = withLines();
    doc.lines!.expenditure[2] = { ...doc.lines!.expenditure[2]!, functionCode: "2101101" };
    const errors = await errorsOf(await documentToWorkbook(doc, META), 2017);
    expect(errors.map(formatExcelError)).toContain("支出明细!A7：“2101101”不是2017年有效的支出功能分类科目（项），请对照当年的政府收支分类科目");
    // Without a year, 上年度 + 1 of the workbook itself decides (2019 + 1 here).
    expect((await workbookToDocument(await documentToWorkbook(doc, META))).ok).toBe(true);
  });

  it("a row with no amount, a project name on a basic line, an unknown 未随原文公开 value", async () => {
    const buffer = await edited((wb) => {
      const ws = sheet(wb, SHEET.lines);
      ws.getCell(`E${FIRST}`).value = null;
      ws.getCell(`D${FIRST + 1}`).value = "某项目";
      ws.getCell(LINES_BLOCK.notPublished.cell).value = "否";
    });
    expect((await errorsOf(buffer, 2020)).map(formatExcelError)).toEqual([
      "支出明细!B2：“明细未随原文公开”只能填“是”或留空，实为“否”",
      "支出明细!E5：请在“人员经费”“公用经费”或“项目支出”列填写金额",
      "支出明细!D6：项目名称只用于项目支出：请在本行“项目支出”列填写金额，或清空项目名称",
    ]);
  });

  it("refuses 未随原文公开 on a sheet that holds lines", async () => {
    const buffer = await edited((wb) => {
      sheet(wb, SHEET.lines).getCell(LINES_BLOCK.notPublished.cell).value = "是";
    });
    expect((await errorsOf(buffer, 2020)).map(formatExcelError)).toEqual([
      "支出明细!B2：已填写支出明细、经济分类明细或结转下年，“明细未随原文公开”应留空",
    ]);
  });

  it(`refuses more than ${MAX_EXPENDITURE_LINES} lines and ${MAX_ECONOMIC_LINES} economic rows at the first row beyond`, async () => {
    const buffer = await edited((wb) => {
      const ws = sheet(wb, SHEET.lines);
      // 2 000 more lines, two a row, right below the 7 lines of rows 5–11.
      for (let i = 0; i < 1_000; i++) ws.getRow(FIRST + 7 + i).values = ["2050101", "", "一般公共预算拨款", "", 1, 1];
      const economic = sheet(wb, SHEET.economic);
      for (let i = 0; i < MAX_ECONOMIC_LINES; i++) economic.getRow(5 + i).values = ["30201", "", 1];
    });
    // Line 2 001 is the second of row 12 + 996; economic rows 2–301 hold 300 lines.
    expect((await errorsOf(buffer, 2020)).map(formatExcelError)).toEqual([
      `支出明细!A1008：支出明细最多${MAX_EXPENDITURE_LINES}条（每个填了金额的单元格一条），从此行起超出`,
      `基本支出经济分类!A302：基本支出经济分类明细最多${MAX_ECONOMIC_LINES}行，从此行起超出`,
    ]);
  });

  it("refuses a workbook that has some of the line sheets but not all", async () => {
    const buffer = await edited((wb) => wb.removeWorksheet(sheet(wb, SHEET.economic).id));
    expect((await errorsOf(buffer)).map(formatExcelError)).toEqual(["工作表“基本支出经济分类”：缺少工作表“基本支出经济分类”"]);
  });
});

describe("a workbook made before the line sheets", () => {
  it("imports exactly as before: lines and staff not stated, and the draft keeps its own", async () => {
    const old = await edited((wb) => {
      for (const name of LINE_SHEETS) wb.removeWorksheet(sheet(wb, name).id);
    });
    const result = await workbookToDocument(old, { year: 2020 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.withLines).toBe(false);
    expect(result.document.lines).toBeNull();
    expect(result.document.staff).toEqual({ authorized: null, active: null, retired: null, statedTotal: null });
    const draft = withLines();
    expect(withFieldsOutsideTemplate(result.document, draft, result.withLines).lines).toStrictEqual(draft.lines);
    expect(withFieldsOutsideTemplate(result.document, draft, result.withLines).staff).toStrictEqual(draft.staff);
    // A new workbook replaces them, also with nothing.
    const fresh = await workbookToDocument(await templateWorkbook(META), { year: 2020 });
    if (!fresh.ok) throw new Error(JSON.stringify(fresh.errors));
    expect(withFieldsOutsideTemplate(fresh.document, draft, fresh.withLines).lines).toEqual({ expenditure: [], economic: [], carryForward: 0 });
  });
});

describe("the upload limits hold the largest workbook the schema allows", () => {
  it(`${MAX_EXPENDITURE_LINES} lines and ${MAX_ECONOMIC_LINES} economic rows stay under the 5 MB and inflation (zip.ts) caps and import`, async () => {
    const doc = withLines();
    doc.lines!.expenditure = Array.from({ length: MAX_EXPENDITURE_LINES }, (_, i) => ({
      functionCode: "2050202",
      kind: "project" as const,
      source: "general" as const,
      project: `第${i + 1}个项目：农村义务教育学校校舍维修改造及设备购置`,
      amount: 12_345_678 + i,
    }));
    doc.lines!.economic = Array.from({ length: MAX_ECONOMIC_LINES }, (_, i) => ({ economicCode: "30201", amount: 100 + i }));
    const buffer = await documentToWorkbook(doc, META);
    expect(buffer.length).toBeLessThan(MAX_WORKBOOK_BYTES);
    expect(await checkZip(buffer)).toBe("ok");
    const result = await workbookToDocument(buffer, { year: 2020 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.document.lines).toStrictEqual(doc.lines);
  });
});
