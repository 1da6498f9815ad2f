/**
 * documentToWorkbook / templateWorkbook: a disclosure as the Excel workbook department editors fill
 * in — one sheet per section, Chinese sheet names and headers, amounts in 万元. workbookToDocument
 * (import.ts) reads it back exactly: export → import gives the same document.
 */
import ExcelJS from "exceljs";
import { SANGONG_ITEMS, type DisclosureDocument } from "../disclosure/schema";
import { ASSETS_FORM, CHANGE_FORM, OTHER_FORM, OVERVIEW_FORM, SANGONG_FORM, STAFF_FORM, STATED_FORM } from "./forms";
import { addGuide, type WorkbookMeta } from "./guide";
import { BASIC_ROWS, EXPENDITURE_KINDS, PROCUREMENT_STATEMENT, SHEET, SHEET_ORDER, TABLES, type SheetName } from "./layout";
import { statedValues } from "./stated";
import { addEconomicLines, addExpenditureLines } from "./write-lines";
import { addForm, addTable, type Out } from "./sheets";
import { emptyDocument } from "../disclosure/new-draft";
import { NOT_STATED } from "../disclosure/figures";

export type { WorkbookMeta } from "./guide";

export async function documentToWorkbook(doc: DisclosureDocument, meta: WorkbookMeta): Promise<Buffer> {
  return build(doc, meta, false);
}

/** The workbook of an empty draft: an example row on each table, the standard glossary. */
export async function templateWorkbook(meta: WorkbookMeta): Promise<Buffer> {
  // Unmarked (empty mark rows): amounts filled in state 收入 / 机关运行经费, none leave them 未列示, so
  // a template filled in without touching the marks is read as meant. (A draft's own export keeps its marks.)
  const doc = emptyDocument(meta.year);
  delete doc.revenue.notStated;
  delete doc.operatingCosts.notStated;
  return build(doc, meta, true);
}

/** A section's mark 未列示 as its cell says it: 是, 否, or empty where the document has no mark. */
const markText = (flag: boolean | undefined): string | undefined => (flag === undefined ? undefined : flag ? "是" : "否");

async function build(doc: DisclosureDocument, meta: WorkbookMeta, examples: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = meta.departmentName;
  wb.title = `${meta.departmentName}${meta.year}年部门预算信息公开`;
  // One writer per sheet, called in the registry's order (lib/disclosure/sections.ts): a sheet
  // added there without a writer here does not compile.
  const writers = sheetWriters(wb, doc, meta, examples);
  for (const name of SHEET_ORDER) writers[name]();
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function sheetWriters(wb: ExcelJS.Workbook, doc: DisclosureDocument, meta: WorkbookMeta, examples: boolean): Record<SheetName, () => void> {
  const { basic, project } = EXPENDITURE_KINDS;
  const { sangong } = doc;
  const { table } = doc.assets;
  return {
    [SHEET.guide]: () => addGuide(wb, meta),
    [SHEET.overview]: () =>
      addForm(wb, OVERVIEW_FORM, {
        preamble: doc.preamble,
        overview: doc.overview,
        revenueIntro: doc.revenue.intro,
        revenueNotStated: markText(doc.revenue.notStated),
        expenditureIntro: doc.expenditure.intro,
        operatingPurpose: doc.operatingCosts.purpose,
        operatingNotStated: markText(doc.operatingCosts.notStated),
      }),
    [SHEET.duties]: () => addTable(wb, TABLES.duties, doc.duties.map((d, i) => [i + 1, d]), examples),
    [SHEET.units]: () => addTable(wb, TABLES.units, doc.units.map((u) => [u.name, u.nature, u.rank, u.funding]), examples),
    [SHEET.staff]: () => addForm(wb, STAFF_FORM, doc.staff),
    [SHEET.revenue]: () => addTable(wb, TABLES.revenue, doc.revenue.sources.map((s) => [s.key, s.label, s.amount]), examples),
    [SHEET.expenditure]: () =>
      addTable(
        wb,
        TABLES.expenditure,
        [
          // A figure not stated is written as 未列示 (read back as null, lib/excel/cells.ts).
          [basic, BASIC_ROWS.personnel, doc.expenditure.personnel ?? NOT_STATED],
          [basic, BASIC_ROWS.publicFunds, doc.expenditure.publicFunds ?? NOT_STATED],
          ...doc.expenditure.projects.map((p): Out[] => [project, p.name, p.amount]),
        ],
        examples,
      ),
    [SHEET.lines]: () => addExpenditureLines(wb, doc.lines, meta.year, examples),
    [SHEET.economic]: () => addEconomicLines(wb, doc.lines, meta.year, examples),
    [SHEET.change]: () =>
      addForm(wb, CHANGE_FORM, {
        priorYear: doc.change.priorYear,
        personnel: doc.change.prior.personnel,
        publicFunds: doc.change.prior.publicFunds,
        project: doc.change.prior.project,
        personnelReason: doc.change.reasons.personnel,
        publicFundsReason: doc.change.reasons.publicFunds,
        projectReason: doc.change.reasons.project,
      }),
    [SHEET.operating]: () => addTable(wb, TABLES.operating, doc.operatingCosts.items.map((o) => [o.name, o.amount]), examples),
    [SHEET.sangong]: () =>
      addTable(
        wb,
        TABLES.sangong,
        SANGONG_ITEMS.map((k) => [SANGONG_FORM.rows[k].label, sangong.current[k] ?? NOT_STATED, sangong.prior[k], sangong.reasons[k]]),
        false,
      ),
    [SHEET.goals]: () => addTable(wb, TABLES.goals, doc.performance.overallGoals.map((g, i) => [i + 1, g]), examples),
    [SHEET.activities]: () => addTable(wb, TABLES.activities, activityRows(doc), examples),
    [SHEET.procurement]: () => addProcurement(wb, doc, examples),
    [SHEET.assets]: () =>
      addForm(wb, ASSETS_FORM, {
        asOf: table.asOf,
        buildingsArea: table.buildingsArea,
        buildingsValue: table.buildingsValue,
        officeArea: table.officeArea,
        officeValue: table.officeValue,
        vehicleCount: table.vehicleCount,
        vehicleValue: table.vehicleValue,
        equipmentValue: table.equipmentValue,
        otherValue: table.otherValue,
      }),
    [SHEET.purchases]: () =>
      addTable(wb, TABLES.purchases, doc.assets.plannedPurchases.map((p) => [p.item, p.quantity, p.unit, p.amount]), examples),
    [SHEET.glossary]: () => addTable(wb, TABLES.glossary, doc.glossary.map((g) => [g.term, g.definition]), examples),
    [SHEET.other]: () => addForm(wb, OTHER_FORM, { otherMatters: doc.otherMatters }),
    [SHEET.stated]: () => addForm(wb, STATED_FORM, statedValues(doc)),
  };
}

/** 政府采购: the table, with its 空表说明 above it (label in A1, text in B1). */
function addProcurement(wb: ExcelJS.Workbook, doc: DisclosureDocument, examples: boolean): void {
  const procurement = addTable(wb, TABLES.procurement, procurementRows(doc), examples);
  procurement.getCell(`A${PROCUREMENT_STATEMENT.row}`).value = PROCUREMENT_STATEMENT.label;
  procurement.getCell(`A${PROCUREMENT_STATEMENT.row}`).font = { bold: true };
  const statement = procurement.getCell(`B${PROCUREMENT_STATEMENT.row}`);
  statement.value = doc.procurement.emptyStatement;
  statement.numFmt = "@";
  statement.alignment = { wrapText: true, vertical: "top", horizontal: "left" };
  procurement.mergeCells(`B${PROCUREMENT_STATEMENT.row}:H${PROCUREMENT_STATEMENT.row}`);
  const hint = procurement.getCell(`B${PROCUREMENT_STATEMENT.row + 1}`);
  hint.value = PROCUREMENT_STATEMENT.hint;
  hint.font = { italic: true, color: { argb: "FF7F7F7F" } };
  hint.alignment = { horizontal: "left" };
}

/** 绩效活动: each activity's row carries its first indicator; further indicators follow on rows of their own. */
function activityRows(doc: DisclosureDocument): Out[][] {
  const rows: Out[][] = [];
  const add = (level: 1 | 2, a: DisclosureDocument["performance"]["activities"][number]["children"][number]) => {
    const [first, ...rest] = a.indicators;
    const cells = (i: typeof first): Out[] => (i ? [i.name, i.excellent, i.good, i.fair, i.poor] : []);
    rows.push([level, a.title, a.budget, a.description, a.goal, ...cells(first)]);
    for (const i of rest) rows.push([null, null, null, null, null, ...cells(i)]);
  };
  for (const activity of doc.performance.activities) {
    add(1, activity);
    for (const child of activity.children) add(2, child);
  }
  return rows;
}

function procurementRows(doc: DisclosureDocument): Out[][] {
  return doc.procurement.lines.map((l) => [
    l.sourceProject,
    l.sourceBudget,
    l.catalogCode,
    l.item,
    l.unit,
    l.unitPrice,
    l.quantity,
    l.general,
    l.fund,
    l.specialAccount,
    l.other,
    l.otherChannels,
    l.statedTotal,
  ]);
}
