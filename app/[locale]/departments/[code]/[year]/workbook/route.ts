import { getDb } from "@/db";
import { getPublishedDisclosure } from "@/db/queries/public";
import { documentToWorkbook } from "@/lib/excel/workbook";
import { textResponse, workbookResponse } from "@/lib/http";
import { isDepartmentRef } from "@/lib/department-ref";

/** A published disclosure as the same workbook editors fill in. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string; year: string }> }) {
  const { code, year } = await params;
  if (!isDepartmentRef(code) || !/^\d{4}$/.test(year)) return textResponse(404, "未找到。");
  const disclosure = await getPublishedDisclosure(await getDb(), code, Number(year));
  if (!disclosure) return textResponse(404, "该部门或年度尚无已公开的预算。");
  const buffer = await documentToWorkbook(disclosure.document, {
    departmentCode: disclosure.department.code,
    departmentName: disclosure.department.name,
    year: disclosure.year,
  });
  return workbookResponse(buffer, `${disclosure.department.code}${disclosure.department.name}${year}年部门预算${disclosure.isDemo ? "（示例数据）" : ""}.xlsx`);
}
