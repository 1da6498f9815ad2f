/**
 * Reading cells with per-cell Chinese errors. Every value read records where it came from (its
 * document path → sheet and cell), so that a schema issue found afterwards can be reported at the
 * cell that caused it.
 */
import type { Worksheet } from "exceljs";
import type { Yuan } from "../money";
import { isNotStated, parseAmount, parseCount, parseDate, parsePercent, rawOf, textOf, type Parsed, type Raw } from "./cells";
import { FORM_HEADER, type FormSpec } from "./forms";
import { EXAMPLE_PREFIX, headerText, type SheetName, type TableSpec } from "./layout";

export interface ExcelError {
  /** The sheet, e.g. "收入"; "" for the file as a whole. */
  sheet: string;
  /** The cell, e.g. "C5", when the error is about one cell. */
  cell?: string;
  /** In Chinese, without the location (see formatExcelError). */
  message: string;
}

export const MAX_ERRORS = 200;

/** "收入!C3：金额应为数字（万元），实为“一千”". */
export function formatExcelError(error: ExcelError): string {
  const where = error.sheet === "" ? "" : error.cell ? `${error.sheet}!${error.cell}` : `工作表“${error.sheet}”`;
  return where ? `${where}：${error.message}` : error.message;
}

export interface Location {
  sheet: string;
  cell?: string;
}

export class ImportContext {
  readonly errors: ExcelError[] = [];
  private readonly locations = new Map<string, Location>();

  error(sheet: string, cell: string | undefined, message: string): void {
    if (this.errors.length >= MAX_ERRORS) return;
    this.errors.push(cell === undefined ? { sheet, message } : { sheet, cell, message });
  }

  at(path: string, sheet: string, cell?: string): void {
    this.locations.set(path, cell === undefined ? { sheet } : { sheet, cell });
  }

  /** The location of the longest recorded prefix of a document path. */
  locate(path: readonly PropertyKey[]): Location | undefined {
    for (let n = path.length; n > 0; n--) {
      const found = this.locations.get(path.slice(0, n).map(String).join("."));
      if (found) return found;
    }
    return undefined;
  }

  hasError(location: Location): boolean {
    return this.errors.some((e) => e.sheet === location.sheet && (e.cell === undefined || e.cell === location.cell));
  }
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** One data row of a table sheet: its row number and cells by column index. */
export interface DataRow {
  row: number;
  cell(index: number): string;
}

export class SheetReader {
  /** Set when a header differed from the layout: the sheet's rows were not read. */
  headerFailed = false;

  constructor(
    readonly ctx: ImportContext,
    readonly sheet: SheetName,
    readonly ws: Worksheet,
  ) {}

  raw(address: string): Raw {
    return rawOf(this.ws.getCell(address).value);
  }

  /** The cell's text without recording a location. */
  peek(address: string): string {
    return textOf(this.raw(address));
  }

  private take<T>(address: string, path: string, parsed: Parsed<T>, fallback: T): T {
    this.ctx.at(path, this.sheet, address);
    if (parsed.ok) return parsed.value;
    this.ctx.error(this.sheet, address, parsed.message);
    return fallback;
  }

  /**
   * A section's mark 未列示 (revenue.notStated / operatingCosts.notStated): 是 → true, 否 → false
   * (stated, even as 0.00 without rows), empty → undefined (no mark: stated where an amount is).
   */
  notStatedMark(address: string, label: string, path: string): boolean | undefined {
    const text = this.text(address, path);
    if (text === "") return undefined;
    if (text === "是") return true;
    if (text === "否") return false;
    this.ctx.error(this.sheet, address, `${label}应填“是”或“否”，或留空，实为“${text}”`);
    return undefined;
  }

  text(address: string, path: string): string {
    this.ctx.at(path, this.sheet, address);
    const raw = this.raw(address);
    if (raw.type === "invalid") this.ctx.error(this.sheet, address, `单元格内容无效（${raw.shown}），请填写文字`);
    return textOf(raw);
  }

  /** 元; null when the cell is empty (an invalid cell is reported and read as 0). */
  amount(address: string, label: string, path: string, signed = false): Yuan | null {
    return this.take(address, path, parseAmount(this.raw(address), label, signed), 0);
  }

  /**
   * A figure that may be 未列示 (this year's 三公 items, 人员经费, 日常公用经费): the text 未列示 is
   * null (not stated); an empty cell is `empty` (0 for a 三公 item, as before), or refused when
   * `empty` is "required".
   */
  statableAmount(address: string, label: string, path: string, empty: Yuan | "required"): Yuan | null {
    if (isNotStated(this.raw(address))) {
      this.ctx.at(path, this.sheet, address);
      return null;
    }
    return empty === "required" ? this.requiredAmount(address, label, path) : (this.amount(address, label, path) ?? empty);
  }

  requiredAmount(address: string, label: string, path: string): Yuan {
    const value = this.amount(address, label, path);
    if (value === null) this.ctx.error(this.sheet, address, `请填写${label}`);
    return value ?? 0;
  }

  count(address: string, label: string, path: string, whole: boolean): number | null {
    return this.take(address, path, parseCount(this.raw(address), label, whole), 0);
  }

  percent(address: string, label: string, path: string): number | null {
    return this.take(address, path, parsePercent(this.raw(address), label), null);
  }

  date(address: string, label: string, path: string): string {
    return this.take(address, path, parseDate(this.raw(address), label), "");
  }

  /** Reports a header cell that differs from the layout's. */
  private expectHeader(row: number, headers: readonly string[]): boolean {
    let ok = true;
    headers.forEach((expected, i) => {
      const address = `${columnLetter(i)}${row}`;
      const actual = textOf(this.raw(address));
      if (actual !== expected) {
        ok = false;
        this.headerFailed = true;
        this.ctx.error(this.sheet, address, `表头应为“${expected}”，实为“${actual}”（请勿修改表头）`);
      }
    });
    return ok;
  }

  /**
   * The data rows of a table sheet: empty rows and example rows (first cell “示例…”) skipped. The
   * array's path is located at the sheet, or at the first row beyond `max` when there are more.
   */
  tableRows(spec: TableSpec, arrayPath?: string, max = Infinity): DataRow[] {
    if (!this.expectHeader(spec.headerRow, spec.columns.map(headerText))) return [];
    const width = spec.columns.length;
    const rows: DataRow[] = [];
    for (let row = spec.headerRow + 1; row <= this.ws.rowCount; row++) {
      const values = Array.from({ length: width }, (_, i) => textOf(this.raw(`${columnLetter(i)}${row}`)));
      if (values.every((v) => v === "")) continue;
      if ((values[0] ?? "").startsWith(EXAMPLE_PREFIX)) continue;
      rows.push({ row, cell: (index) => `${columnLetter(index)}${row}` });
    }
    if (arrayPath !== undefined) this.locateArray(arrayPath, rows, max);
    return rows;
  }

  /** Locates an array's path at the sheet, or at its first row beyond `max`. */
  locateArray(arrayPath: string, rows: readonly DataRow[], max: number): void {
    const excess = rows[max];
    this.ctx.at(arrayPath, this.sheet, excess ? `A${excess.row}` : undefined);
  }

  /**
   * The rows of a form sheet by key: the row whose column A holds the field's label. An optional
   * row (Field.optional) the sheet lacks is no error and has no key: check with Object.hasOwn.
   */
  formRows<K extends string>(spec: FormSpec<K>, headers: readonly string[] = FORM_HEADER.slice(0, 2)): Record<K, number> | null {
    if (!this.expectHeader(1, headers)) return null;
    const found = new Map<string, number>();
    for (let row = 2; row <= this.ws.rowCount; row++) {
      const label = textOf(this.raw(`A${row}`));
      if (label !== "" && !found.has(label)) found.set(label, row);
    }
    const result: Partial<Record<K, number>> = {};
    let complete = true;
    for (const key of Object.keys(spec.rows) as K[]) {
      const label = headerText(spec.rows[key]);
      const row = found.get(label);
      if (row === undefined) {
        if (spec.rows[key].optional) continue;
        complete = false;
        this.ctx.error(this.sheet, undefined, `缺少“${label}”行（A列的项目名称请勿修改）`);
      } else {
        result[key] = row;
      }
    }
    return complete ? (result as Record<K, number>) : null;
  }
}
