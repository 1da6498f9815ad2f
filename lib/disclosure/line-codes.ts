/**
 * The codes of a document's budget lines against its fiscal year's lists: a line is entered at the
 * 项 of the 支出功能分类 and at the 款 of the 部门预算支出经济分类 valid that year (lib/classification).
 * The schema checks the form (7 / 5 digits, empty allowed in a draft); this checks the meaning, on
 * the server, before anything is saved or submitted. A draft's empty code passes (not chosen yet).
 */
import { ClassificationYearError, equivalentCode, findCode, LINE_LEVEL, SCHEME_NAMES, type ClassificationScheme } from "../classification";
import type { FieldError } from "../validation";
import type { DisclosureDocument } from "./schema";
import type { BudgetLines } from "./schema-lines";

const ROW_NAMES: Record<ClassificationScheme, string> = { function: "支出明细", economic: "基本支出经济分类明细" };

export function lineCodeErrors(doc: DisclosureDocument, year: number): FieldError[] {
  if (doc.lines === null) return [];
  const coded = [
    ...doc.lines.expenditure.map((line, i) => ({ scheme: "function" as const, code: line.functionCode.trim(), field: `lines.expenditure.${i}.functionCode`, row: i + 1 })),
    ...doc.lines.economic.map((line, i) => ({ scheme: "economic" as const, code: line.economicCode.trim(), field: `lines.economic.${i}.economicCode`, row: i + 1 })),
  ].filter((entry) => entry.code !== "");
  const errors: FieldError[] = [];
  for (const { scheme, code, field, row } of coded) {
    let found;
    try {
      found = findCode(scheme, code, year);
    } catch (error) {
      if (error instanceof ClassificationYearError) return [{ field: "lines", message: error.message }];
      throw error;
    }
    if (found?.level === LINE_LEVEL[scheme]) continue;
    const what = `${ROW_NAMES[scheme]}第${row}行：科目编码${code}`;
    errors.push({
      field,
      message: found
        ? `${what}是${found.level}级科目（${found.name}），请选到${LINE_LEVEL[scheme]}级`
        : `${what}不是${year}年${SCHEME_NAMES[scheme]}的${LINE_LEVEL[scheme]}级科目，请从科目列表中选择`,
    });
  }
  return errors;
}

/**
 * Last year's lines as a new year's draft starts from them: each code becomes the code that stands
 * for it in `toYear` (a rename keeps its code; data/changes.json records the moves, e.g. 2011501 →
 * 2013801 in 2019), and a code with no successor is left empty for the editor to choose — so the
 * draft never holds a code its year refuses. Outside the years the lists cover, codes stay as they are.
 */
export function carryLineCodes(lines: BudgetLines, fromYear: number, toYear: number): BudgetLines {
  const carry = (scheme: ClassificationScheme, code: string): string => {
    if (code === "") return code;
    try {
      return equivalentCode(scheme, code, fromYear, toYear) ?? "";
    } catch (error) {
      if (error instanceof ClassificationYearError) return code;
      throw error;
    }
  };
  return {
    ...lines,
    expenditure: lines.expenditure.map((line) => ({ ...line, functionCode: carry("function", line.functionCode) })),
    economic: lines.economic.map((line) => ({ ...line, economicCode: carry("economic", line.economicCode) })),
  };
}
