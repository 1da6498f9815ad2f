/**
 * workbookToDocument: an editor's filled-in workbook (see workbook.ts) → a DisclosureDocument, or
 * every problem found, each at its sheet and cell, in Chinese — never a partial document.
 */
import ExcelJS from "exceljs";
import { disclosureDocumentSchema, type DisclosureDocument } from "../disclosure/schema";
import { SHEET_OF_KEY } from "../disclosure/sections";
import { DATA_SHEETS, LINE_SHEETS, SHEET, TABLES, type SheetName } from "./layout";
import { readGuideMeta } from "./guide";
import { readChange, readExpenditure, readList, readOperating, readOverview, readRevenue, readSangong, readUnits, type NotStatedMarks, type Reader } from "./read-budget";
import { readLines, readStaff } from "./read-lines";
import { readActivities, readAssetTable, readGlossary, readOther, readProcurement, readNotStatedTotals, readPurchases, readStated, type StatableTotal } from "./read-more";
import { ImportContext, MAX_ERRORS, SheetReader, type ExcelError } from "./reader";
import { MAX_WORKBOOK_BYTES, WORKBOOK_TOO_LARGE } from "./limits";
import { ParseSlots } from "./parse-slots";
import { checkZip, MAX_INFLATED_BYTES } from "./zip";

export { formatExcelError, type ExcelError } from "./reader";
export { MAX_WORKBOOK_BYTES } from "./limits";

/**
 * The memory bound of imports in one server process. One parse holds the upload (at most
 * MAX_WORKBOOK_BYTES = 5 MB, plus the copy handed to exceljs: 10 MB) and what exceljs builds from
 * at most MAX_INFLATED_BYTES = 12 MB of inflated XML at 11–16 bytes per byte (measured): about
 * 200 MB. PARSE_SLOTS parses run at once (≈ 400 MB); up to MAX_WAITING more uploads wait, holding
 * only their bodies (≤ 6 MB each, ≈ 50 MB), for at most WAIT_MS, then get "服务器繁忙". So the
 * parsing of any number of parallel uploads stays under about 450 MB above the server's own
 * footprint. Not bounded here: how many requests are in flight at once, each holding its body
 * (≤ 6 MB, copied a few times by Next and proxy.ts while it is read) — a reverse proxy's
 * connection limit bounds that.
 */
const PARSE_SLOTS = 2;
const MAX_WAITING = 8;
const WAIT_MS = 20_000;
const slots = new ParseSlots(PARSE_SLOTS, MAX_WAITING, WAIT_MS);

export const SERVER_BUSY = "服务器繁忙，请稍后重试";

/**
 * `busy` when no parse slot came free in time (nothing was read). `withLines`: the workbook has the
 * budget-line sheets (人员情况, 支出明细, 基本支出经济分类), so its lines and staff counts replace
 * the draft's; a workbook made before them states neither (lines null, no staff).
 */
export type ImportResult =
  | { ok: true; document: DisclosureDocument; meta: ReturnType<typeof readGuideMeta>; withLines: boolean }
  | { ok: false; errors: ExcelError[]; busy?: true };

const NOT_EXCEL = "文件不是有效的 Excel（.xlsx）工作簿";

const refuse = (message: string): ImportResult => ({ ok: false, errors: [{ sheet: "", message }] });

function toBuffer(data: ArrayBuffer | Buffer): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(new Uint8Array(data));
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // Data validations are not needed to read values, and a whole-column one expands to a
    // million cells in exceljs.
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    await workbook.xlsx.load(copy, { ignoreNodes: ["dataValidations"] });
    return workbook;
  } catch {
    return null;
  }
}

export interface ImportOptions {
  /** The draft's fiscal year: the classification codes are checked against its lists. Default: 上年度 + 1. */
  year?: number;
}

export async function workbookToDocument(data: ArrayBuffer | Buffer, options: ImportOptions = {}): Promise<ImportResult> {
  const bytes = toBuffer(data);
  if (bytes.length > MAX_WORKBOOK_BYTES) return refuse(WORKBOOK_TOO_LARGE(bytes.length));
  // Checked outside the slots: it holds no more than the upload and stops at the first excess,
  // so a bomb is refused at once even while the slots are taken.
  const zip = await checkZip(bytes);
  if (zip === "not-zip") return refuse(NOT_EXCEL);
  if (zip === "too-many-entries") return refuse("工作簿包含的部件过多，不是有效的预算填报工作簿");
  if (zip === "too-large" || zip === "bomb") {
    return refuse(`工作簿解压后过大（上限 ${MAX_INFLATED_BYTES / 1024 / 1024} MB），请删除无关内容（图片、多余的行）后重试`);
  }
  const outcome = await slots.run(() => parse(bytes, options));
  if (outcome.busy) return { ok: false, errors: [{ sheet: "", message: SERVER_BUSY }], busy: true };
  return outcome.value;
}

async function parse(bytes: Buffer, options: ImportOptions): Promise<ImportResult> {
  const workbook = await load(bytes);
  if (!workbook || workbook.worksheets.length === 0) return refuse(NOT_EXCEL);

  const ctx = new ImportContext();
  const missing = new Set<string>();
  const readers = new Map<SheetName, SheetReader>();
  // A workbook made before the line sheets has none of them: read as before. One with some of them
  // lacks the others.
  const withLines = LINE_SHEETS.some((name) => workbook.getWorksheet(name));
  for (const name of DATA_SHEETS) {
    const ws = workbook.getWorksheet(name);
    if (ws) readers.set(name, new SheetReader(ctx, name, ws));
    else if (withLines || !LINE_SHEETS.includes(name)) {
      missing.add(name);
      ctx.error(name, undefined, `缺少工作表“${name}”`);
    }
  }
  const document = assemble(ctx, (name) => readers.get(name), withLines, options.year);

  const parsed = disclosureDocumentSchema.safeParse(document);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const location = ctx.locate(issue.path) ?? { sheet: "" };
      if (missing.has(location.sheet) || ctx.hasError(location)) continue;
      ctx.error(location.sheet, location.cell, issue.message);
    }
  }
  if (ctx.errors.length > 0) return { ok: false, errors: inSheetOrder(ctx.errors).slice(0, MAX_ERRORS) };
  if (!parsed.success) return refuse("工作簿内容不完整"); // unreachable: every issue is reported above
  return { ok: true, document: parsed.data, meta: readGuideMeta(workbook.getWorksheet(SHEET.guide)), withLines };
}

/** Errors in the order of the workbook's sheets (file-level errors first), stable within a sheet. */
function inSheetOrder(errors: readonly ExcelError[]): ExcelError[] {
  const rank = (e: ExcelError) => (e.sheet === "" ? -1 : DATA_SHEETS.findIndex((name) => name === e.sheet));
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/** `{ [name]: value }` when the figure is stated, `{}` when not. */
function opt<T extends string>(name: T, value: number | undefined): Partial<Record<T, number>> {
  const out: Partial<Record<T, number>> = {};
  if (value !== undefined) out[name] = value;
  return out;
}

/** `{ notStated }` where the workbook marks the section (either way), `{}` where it does not. */
function flag(notStated: boolean | undefined): { notStated?: boolean } {
  return notStated === undefined ? {} : { notStated };
}

/**
 * The marks of 收入 and 机关运行经费: 概述's rows (是 / 否 / empty), or — in a workbook written
 * before those rows — 未列示 in the 所列数 sheet's 收入合计 / 机关运行经费合计, still read as marked.
 * Both present and contradicting each other (否 there, 未列示 here) is refused rather than guessed.
 */
function notStatedFlags(
  ctx: ImportContext,
  marks: NotStatedMarks,
  totals: Record<StatableTotal, boolean>,
): { revenue: boolean | undefined; operating: boolean | undefined } {
  const one = (mark: boolean | undefined, total: boolean, label: string, totalLabel: string) => {
    if (mark === false && total) ctx.error(SHEET.overview, undefined, `“${label}”填“否”，而“${SHEET.stated}”表的${totalLabel}填“未列示”：两处矛盾，请改为一致`);
    return mark ?? (total ? true : undefined);
  };
  return {
    revenue: one(marks.revenue, totals.revenueTotal, "本年收入未列示", "收入合计"),
    operating: one(marks.operating, totals.operatingTotal, "机关运行经费未列示", "机关运行经费合计"),
  };
}

function assemble(ctx: ImportContext, sheet: (name: SheetName) => Reader, withLines: boolean, year: number | undefined): DisclosureDocument {
  // Where a schema issue goes when no cell was recorded for its path: the sheet its section enters it on.
  for (const [path, name] of SHEET_OF_KEY) ctx.at(path, name);
  const texts = readOverview(sheet(SHEET.overview));
  const change = readChange(sheet(SHEET.change), new Date().getFullYear() - 1);
  const s = readStated(sheet(SHEET.stated));
  const notStated = notStatedFlags(ctx, texts.marks, readNotStatedTotals(sheet(SHEET.stated)));

  return {
    schemaVersion: 2,
    preamble: texts.preamble,
    duties: readList(sheet(SHEET.duties), TABLES.duties, "duties", 100),
    units: readUnits(sheet(SHEET.units)),
    overview: texts.overview,
    revenue: { intro: texts.revenueIntro, sources: readRevenue(sheet(SHEET.revenue)), prior: null, ...opt("statedTotal", s.revenueTotal), ...flag(notStated.revenue) },
    expenditure: {
      intro: texts.expenditureIntro,
      ...readExpenditure(sheet(SHEET.expenditure)),
      ...opt("statedTotal", s.expenditureTotal),
      ...opt("statedBasic", s.basic),
      ...opt("statedProject", s.project),
    },
    change: {
      ...change,
      stated: {
        ...opt("total", s.changeTotal),
        ...opt("basic", s.changeBasic),
        ...opt("personnel", s.changePersonnel),
        ...opt("publicFunds", s.changePublicFunds),
        ...opt("project", s.changeProject),
        ...opt("totalPercent", s.totalPercent),
        ...opt("basicPercent", s.basicPercent),
        ...opt("projectPercent", s.projectPercent),
      },
    },
    operatingCosts: {
      purpose: texts.operatingPurpose,
      items: readOperating(sheet(SHEET.operating)),
      prior: null,
      ...opt("statedTotal", s.operatingTotal),
      ...flag(notStated.operating),
    },
    sangong: {
      ...readSangong(sheet(SHEET.sangong)),
      ...opt("statedTotal", s.sangongTotal),
      ...opt("statedVehicle", s.sangongVehicle),
      ...opt("statedChange", s.sangongChange),
    },
    performance: {
      overallGoals: readList(sheet(SHEET.goals), TABLES.goals, "performance.overallGoals", 100),
      activities: readActivities(sheet(SHEET.activities)),
    },
    procurement: { ...readProcurement(sheet(SHEET.procurement)), ...opt("statedTotal", s.procurementTotal) },
    assets: {
      plannedPurchases: readPurchases(sheet(SHEET.purchases)),
      ...opt("statedPlannedTotal", s.plannedTotal),
      table: { ...readAssetTable(sheet(SHEET.assets), `${change.priorYear}-12-31`), ...opt("statedTotal", s.assetTotal) },
    },
    glossary: readGlossary(sheet(SHEET.glossary)),
    otherMatters: readOther(sheet(SHEET.other)),
    // A workbook without the line sheets states neither lines nor staff counts.
    lines: withLines ? readLines(sheet(SHEET.lines), sheet(SHEET.economic), year ?? change.priorYear + 1) : null,
    staff: withLines ? readStaff(sheet(SHEET.staff)) : { authorized: null, active: null, retired: null, statedTotal: null },
  };
}
