/** The 说明 sheet: what the workbook is for, how to fill it in, the revenue source codes. */
import type { Workbook, Worksheet } from "exceljs";
import { REVENUE_SOURCE_KEYS } from "../disclosure/schema";
import { DATA_SHEETS, EXAMPLE_PREFIX, REVENUE_KEY_NAMES, SHEET } from "./layout";

export interface WorkbookMeta {
  departmentCode: string;
  departmentName: string;
  year: number;
}

const INSTRUCTIONS = [
  "金额单位：万元，最多保留4位小数（即精确到元）；请填写数字，不要填写“万元”等文字。",
  "请勿重命名、删除工作表，请勿修改各表的表头和A列项目名称；可以增加或删除数据行。",
  `以“${EXAMPLE_PREFIX}”开头的行是填写示例，导入时忽略，可以删除；空行也会被忽略。`,
  "部门职责、总体绩效目标：每行一条，不写“1、”“一、”等编号，系统公开时自动编号。",
  "支出：“人员经费”“日常公用经费”两行的支出类别为“基本支出”；每个项目一行，支出类别为“项目支出”。",
  "合计数、小计数、增减数和增减幅度由系统根据明细自动计算，无需填写。",
  "支出明细（部门预算公开表的依据）：每个支出功能分类科目（项，7位编码）× 资金来源一行，项目支出每个项目一行；金额填在“人员经费”“公用经费”或“项目支出”列。基本支出经济分类：每个部门预算支出经济分类科目（款，5位编码）一行。编码须为本预算年度有效的科目；“科目名称”列仅供阅读，导入时不读取，以编码为准。",
  "人员情况：编制数、在职人数、离退休人数填整数；未掌握的留空（留空表示未列示，不等于0）。",
  "未列示：本部门不公开的本年“三公”经费某项、人员经费或日常公用经费，请填写文字“未列示”（与0不同，公开时不生成相应说明）；本年“三公”经费留空视为0，上年数留空视为未列示。本部门不公开本年收入或机关运行经费的，在“概述”表的“本年收入未列示”或“机关运行经费未列示”行填“是”（填“否”为公开，没有明细时即0.00；留空则有金额即公开）；新建的模板中这些数字均为“未列示”，填写时请替换。",
  "绩效活动：填写“级次”和“职责活动”的行开始一个职责活动（1 = 一级，2 = 所属的二级）；同一行及其后“职责活动”为空的行填写该活动的绩效指标，每行一个指标及其优、良、中、差评价标准。",
  "政府采购：未安排政府采购预算时，表格留空，并在“空表说明”中填写说明。",
  "所列数：仅用于录入历史公开文件中印出的合计数、增减数，保留原文数字；新填报请全部留空。",
];

export function addGuide(wb: Workbook, meta: WorkbookMeta): void {
  const ws = wb.addWorksheet(SHEET.guide);
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 100;
  const title = ws.getCell("A1");
  title.value = `${meta.departmentName}${meta.year}年部门预算信息公开 填报工作簿`;
  title.font = { bold: true, size: 14 };
  ws.mergeCells("A1:B1");
  const rows: [string, string][] = [
    ["部门代码", meta.departmentCode],
    ["部门名称", meta.departmentName],
    ["预算年度", String(meta.year)],
    ["金额单位", "万元"],
  ];
  let row = 3;
  for (const [label, value] of rows) {
    ws.getCell(`A${row}`).value = label;
    ws.getCell(`A${row}`).font = { bold: true };
    ws.getCell(`B${row}`).value = value;
    ws.getCell(`B${row}`).numFmt = "@";
    row++;
  }
  row++;
  ws.getCell(`A${row}`).value = "填写说明";
  ws.getCell(`A${row}`).font = { bold: true };
  INSTRUCTIONS.forEach((text, i) => {
    const cell = ws.getCell(`B${row + i}`);
    cell.value = `${i + 1}. ${text}`;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  row += INSTRUCTIONS.length + 1;
  ws.getCell(`A${row}`).value = "工作表";
  ws.getCell(`A${row}`).font = { bold: true };
  ws.getCell(`B${row}`).value = DATA_SHEETS.join("、");
  ws.getCell(`B${row}`).alignment = { wrapText: true };
  row += 2;
  ws.getCell(`A${row}`).value = "收入来源代码";
  ws.getCell(`B${row}`).value = "来源名称（收入表“来源代码”列填写左侧代码，“来源名称”按当年文件的叫法填写）";
  ws.getRow(row).font = { bold: true };
  for (const key of REVENUE_SOURCE_KEYS) {
    row++;
    ws.getCell(`A${row}`).value = key;
    ws.getCell(`B${row}`).value = REVENUE_KEY_NAMES[key];
  }
}

/**
 * The department and year a workbook was made for, as its 说明 sheet names them (the labels in
 * column A, wherever the rows sit), or null where the sheet or the value is missing: a workbook
 * built by hand is read all the same, the editor answering for what it holds.
 */
export function readGuideMeta(ws: Worksheet | undefined): { departmentCode: string | null; departmentName: string | null } {
  const found = new Map<string, string>();
  ws?.eachRow((row) => {
    const label = String(row.getCell(1).text ?? "").trim();
    const value = String(row.getCell(2).text ?? "").trim();
    if (label !== "" && value !== "" && !found.has(label)) found.set(label, value);
  });
  return { departmentCode: found.get("部门代码") ?? null, departmentName: found.get("部门名称") ?? null };
}

/**
 * A workbook of another department imported into this one's draft would publish that
 * department's text under this one's name: refused, unless the workbook names no department.
 */
export function otherDepartmentMessage(
  workbook: { departmentCode: string | null; departmentName: string | null },
  draft: { code: string; name: string },
): string | null {
  if (workbook.departmentCode === null || workbook.departmentCode === draft.code) return null;
  const theirs = `${workbook.departmentName ?? "另一部门"}（部门代码 ${workbook.departmentCode}）`;
  return `这份工作簿是${theirs}的，本草稿属于${draft.name}（部门代码 ${draft.code}），未导入，草稿未作任何改动。请下载本部门的模板或导出本草稿后填写。`;
}
