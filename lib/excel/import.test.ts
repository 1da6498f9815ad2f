import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ZHENGDING_434_2018, ZHENGDING_434_DEPARTMENT } from "../../db/seed/zhengding-434-2018";
import type { DisclosureDocument } from "../disclosure/schema";
import { MAX_WORKBOOK_BYTES, formatExcelError, workbookToDocument, type ExcelError } from "./import";
import { documentToWorkbook } from "./workbook";

const META = { departmentCode: ZHENGDING_434_DEPARTMENT.code, departmentName: ZHENGDING_434_DEPARTMENT.name, year: 2018 };
const NOT_EXCEL = "文件不是有效的 Excel（.xlsx）工作簿";

/** The seed's workbook, edited with exceljs as an editor would in Excel, written back to a buffer. */
async function edited(edit: (wb: ExcelJS.Workbook) => void, doc: DisclosureDocument = ZHENGDING_434_2018): Promise<Buffer> {
  const good = await documentToWorkbook(doc, META);
  const wb = new ExcelJS.Workbook();
  const copy = new ArrayBuffer(good.byteLength);
  new Uint8Array(copy).set(good);
  await wb.xlsx.load(copy);
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

async function errorsOf(buffer: Buffer): Promise<ExcelError[]> {
  const result = await workbookToDocument(buffer);
  if (result.ok) throw new Error("expected the workbook to be refused");
  expect(Object.keys(result)).toEqual(["ok", "errors"]); // no partial document
  return result.errors;
}

async function documentOf(buffer: Buffer): Promise<DisclosureDocument> {
  const result = await workbookToDocument(buffer);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.document;
}

describe("refusing what is not a disclosure workbook", () => {
  it("refuses random bytes, a text file and a truncated workbook", async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const text = Buffer.from("单位名称,金额\n正定县人民政府办公室,1028.57\n", "utf8");
    const good = await documentToWorkbook(ZHENGDING_434_2018, META);
    for (const bytes of [random, text, good.subarray(0, good.length / 2), Buffer.alloc(0)]) {
      expect(await errorsOf(bytes)).toEqual([{ sheet: "", message: NOT_EXCEL }]);
    }
  });

  it("refuses a zip that is not a workbook", async () => {
    // A valid zip archive holding one empty file and no workbook parts.
    const name = Buffer.from("a.txt");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length, 16);
    const zip = Buffer.concat([local, name, central, name, end]);
    expect(await errorsOf(zip)).toEqual([{ sheet: "", message: NOT_EXCEL }]);
  });

  it("refuses a file larger than 5 MB before parsing it", async () => {
    const good = await documentToWorkbook(ZHENGDING_434_2018, META);
    const big = Buffer.concat([good, Buffer.alloc(MAX_WORKBOOK_BYTES + 1 - good.length)]);
    expect(MAX_WORKBOOK_BYTES).toBe(5 * 1024 * 1024);
    const errors = await errorsOf(big);
    expect(errors).toEqual([{ sheet: "", message: "文件过大（5.1 MB），上限为 5 MB" }]);
    expect((await errorsOf(Buffer.alloc(MAX_WORKBOOK_BYTES + 1))).map((e) => e.message)).toEqual([
      "文件过大（5.1 MB），上限为 5 MB",
    ]);
  });

  it("reports every missing or renamed sheet", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        wb.removeWorksheet(sheet(wb, "收入").id);
        sheet(wb, "支出").name = "支出表";
      }),
    );
    expect(errors).toEqual([
      { sheet: "收入", message: "缺少工作表“收入”" },
      { sheet: "支出", message: "缺少工作表“支出”" },
    ]);
  });

  it("reports a changed header and a renamed form row", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        sheet(wb, "收入").getCell("C1").value = "金额";
        sheet(wb, "上年数及增减说明").getCell("A3").value = "人员经费";
      }),
    );
    expect(errors).toEqual([
      { sheet: "收入", cell: "C1", message: "表头应为“金额（万元）”，实为“金额”（请勿修改表头）" },
      { sheet: "上年数及增减说明", message: "缺少“上年人员经费（万元）”行（A列的项目名称请勿修改）" },
    ]);
  });
});

describe("refusing bad cells, each at its sheet and cell", () => {
  it("text in an amount cell", async () => {
    const errors = await errorsOf(await edited((wb) => (sheet(wb, "收入").getCell("C3").value = "一千")));
    expect(errors).toEqual([{ sheet: "收入", cell: "C3", message: "金额应为数字（万元），实为“一千”" }]);
    expect(errors.map(formatExcelError)).toEqual(["收入!C3：金额应为数字（万元），实为“一千”"]);
  });

  it("a negative amount where none is allowed, but a negative stated change is fine", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        sheet(wb, "支出").getCell("C2").value = -5;
        sheet(wb, "三公经费").getCell("C3").value = "-1.5";
      }),
    );
    expect(errors).toEqual([
      { sheet: "支出", cell: "C2", message: "人员经费不能为负数，实为“-5”" },
      { sheet: "三公经费", cell: "C3", message: "上年公务用车购置费不能为负数，实为“-1.5”" },
    ]);
    const stated = await documentOf(await edited((wb) => (sheet(wb, "所列数").getCell("B6").value = -206.58)));
    expect(stated.change.stated.total).toBe(-2_065_800);
  });

  it("more than four decimals, as a number or as text; float noise is not a decimal", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        sheet(wb, "机关运行经费").getCell("B2").value = 12.12345;
        sheet(wb, "拟购置资产").getCell("D3").value = "4.40001";
      }),
    );
    expect(errors).toEqual([
      { sheet: "机关运行经费", cell: "B2", message: "金额最多保留4位小数（万元，即精确到元），实为“12.12345”" },
      { sheet: "拟购置资产", cell: "D3", message: "金额最多保留4位小数（万元，即精确到元），实为“4.40001”" },
    ]);
    const doc = await documentOf(
      await edited((wb) => {
        sheet(wb, "机关运行经费").getCell("B2").value = 0.1 + 0.2; // 0.30000000000000004
        sheet(wb, "机关运行经费").getCell("B3").value = "２１．６８"; // full-width, as typed with a Chinese IME
      }),
    );
    expect(doc.operatingCosts.items.slice(0, 2).map((i) => i.amount)).toEqual([3_000, 216_800]);
  });

  it("a deleted 人员经费 row and a wrong 支出类别", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        sheet(wb, "支出").spliceRows(2, 1);
        sheet(wb, "支出").getCell("A3").value = "项目";
      }),
    );
    expect(errors).toEqual([
      { sheet: "支出", cell: "A3", message: "支出类别应为“基本支出”或“项目支出”，实为“项目”" },
      { sheet: "支出", message: "缺少“人员经费”行（支出类别：基本支出）" },
    ]);
  });

  it("a missing required cell in a row that has other cells filled", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        sheet(wb, "机构设置").getCell("A2").value = null;
        sheet(wb, "名词解释").getCell("B3").value = "";
        sheet(wb, "支出").getCell("C5").value = null;
      }),
    );
    expect(errors).toEqual([
      { sheet: "机构设置", cell: "A2", message: "请填写单位名称" },
      { sheet: "支出", cell: "C5", message: "请填写金额" },
      { sheet: "名词解释", cell: "B3", message: "请填写解释" },
    ]);
  });

  it("too many rows for the schema", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        const units = sheet(wb, "机构设置");
        for (let row = 3; row <= 202; row++) units.getRow(row).values = [`单位${row}`, "事业", "", ""];
        const revenue = sheet(wb, "收入");
        for (let row = 6; row <= 22; row++) revenue.getRow(row).values = ["other", `其他${row}`, 1];
      }),
    );
    expect(errors).toEqual([
      { sheet: "机构设置", cell: "A202", message: "不能超过200行" },
      { sheet: "收入", cell: "A22", message: "不能超过20行" },
    ]);
  });

  it("maps the remaining schema issues to their cells", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        sheet(wb, "机构设置").getCell("B2").value = "行".repeat(21);
        sheet(wb, "国有资产").getCell("B2").value = "去年年底";
        sheet(wb, "绩效活动").getCell("F3").value = null; // an indicator without its name
      }),
    );
    expect(errors).toEqual([
      { sheet: "机构设置", cell: "B2", message: "文字不能超过20字" },
      { sheet: "绩效活动", cell: "F3", message: "请填写绩效指标" },
      { sheet: "国有资产", cell: "B2", message: "截止时间格式应为 YYYY-MM-DD" },
    ]);
  });

  it("activity rows out of place", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        const ws = sheet(wb, "绩效活动");
        ws.spliceRows(2, 0, [null, null, null, null, null, "先于活动的指标", "≥1"], [2, "没有上级的二级活动"]);
        ws.getCell("A6").value = 3;
        ws.getCell("B20").value = null;
      }),
    );
    expect(errors).toEqual([
      { sheet: "绩效活动", cell: "F2", message: "绩效指标之前应先填写所属职责活动（级次和职责活动）" },
      { sheet: "绩效活动", cell: "A3", message: "二级职责活动之前应先填写一级职责活动" },
      { sheet: "绩效活动", cell: "A6", message: "级次应为 1 或 2，实为“3”" },
      { sheet: "绩效活动", cell: "B20", message: "请填写职责活动名称" },
    ]);
  });

  it("collects every error, capped at 200", async () => {
    const errors = await errorsOf(
      await edited((wb) => {
        const ws = sheet(wb, "机关运行经费");
        for (let row = 2; row <= 400; row++) ws.getRow(row).values = [`项目${row}`, "很多"];
      }),
    );
    expect(errors).toHaveLength(200);
    expect(errors[0]).toEqual({ sheet: "机关运行经费", cell: "B2", message: "金额应为数字（万元），实为“很多”" });
  });
});

describe("reading what editors type", () => {
  it("reads dates, formulas, text numbers and ignores example and empty rows", async () => {
    const doc = await documentOf(
      await edited((wb) => {
        sheet(wb, "国有资产").getCell("B2").value = new Date(Date.UTC(2017, 11, 31));
        sheet(wb, "机关运行经费").getCell("B2").value = { formula: "10+2.4", result: 12.4 };
        sheet(wb, "收入").getCell("C2").value = "1,028.57";
        sheet(wb, "拟购置资产").spliceRows(2, 0, ["示例：空调", 1, "台", 1], [], ["", null, "", null]);
      }),
    );
    expect(doc).toEqual(ZHENGDING_434_2018);
  });

  it("round-trips indicators on a level-1 activity that also has sub-activities", async () => {
    const doc = structuredClone(ZHENGDING_434_2018);
    const [first] = doc.performance.activities;
    if (!first) throw new Error("seed without activities");
    first.indicators = [
      { name: "一级指标甲", excellent: "≥95%", good: "≥90%", fair: "≥80%", poor: "<80%" },
      { name: "一级指标乙", excellent: "100%", good: "", fair: "", poor: "" },
    ];
    first.budget = 0;
    expect(await documentOf(await documentToWorkbook(doc, META))).toEqual(doc);
  });
});
