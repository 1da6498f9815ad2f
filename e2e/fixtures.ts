/**
 * Test data for the editor's end-to-end test: what the editor types through the UI, and "the rest"
 * of 434/2018, written into the blank template the portal hands out.
 */
import ExcelJS from "exceljs";
import { ZHENGDING_434_2018 } from "../db/seed/zhengding-434-2018";
import { documentToWorkbook } from "../lib/excel/workbook";
import type { DisclosureDocument } from "../lib/disclosure/schema";

export const SEED = ZHENGDING_434_2018;

/**
 * 434/2018 without the sections the test enters through the UI (revenue amounts, expenditure,
 * prior-year amounts and reasons, 机关运行经费, 三公, performance). The figures printed in the
 * original document (所列数) stay: an editor transcribing it enters those from the workbook.
 */
export function seedWithoutTypedSections(): DisclosureDocument {
  const doc = structuredClone(SEED);
  doc.revenue.sources = doc.revenue.sources.map((s) => ({ ...s, amount: 0 }));
  doc.expenditure = { ...doc.expenditure, personnel: 0, publicFunds: 0, projects: [] };
  doc.change.prior = { personnel: 0, publicFunds: 0, project: 0 };
  doc.change.reasons = { personnel: "", publicFunds: "", project: "" };
  doc.operatingCosts = { ...doc.operatingCosts, purpose: "", items: [] };
  const zero = { abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0 };
  doc.sangong = { ...doc.sangong, current: { ...zero }, prior: { ...zero }, reasons: { abroad: "", vehiclePurchase: "", vehicleOperation: "", reception: "" } };
  doc.performance = { overallGoals: [], activities: [] };
  return doc;
}

/** Fills the downloaded blank template, sheet by sheet, with `doc` (values only, headers kept). */
export async function fillTemplate(template: Buffer, doc: DisclosureDocument, meta: { departmentCode: string; departmentName: string; year: number }) {
  const blank = new ExcelJS.Workbook();
  await blank.xlsx.load(template as unknown as ArrayBuffer);
  const filled = new ExcelJS.Workbook();
  await filled.xlsx.load((await documentToWorkbook(doc, meta)) as unknown as ArrayBuffer);
  filled.eachSheet((source) => {
    const target = blank.getWorksheet(source.name);
    if (!target || source.name === "说明") return;
    if (target.rowCount > source.rowCount) target.spliceRows(source.rowCount + 1, target.rowCount - source.rowCount);
    source.eachRow({ includeEmpty: true }, (row, r) => {
      target.getRow(r).values = row.values as ExcelJS.CellValue[];
    });
  });
  return Buffer.from(await blank.xlsx.writeBuffer());
}
