import { z } from "zod";
import { DEPARTMENT_CODE } from "@/lib/department-ref";
import { getDb } from "@/db";
import { departmentsByCode } from "@/db/queries/drafts";
import { getCurrentUser } from "@/lib/auth/guards";
import { canReadDepartment } from "@/lib/auth/permissions";
import { templateWorkbook } from "@/lib/excel/workbook";
import { textResponse, workbookResponse } from "@/lib/http";

const query = z.object({
  department: z.string().regex(DEPARTMENT_CODE),
  year: z.coerce.number().int().min(1990).max(2100),
});

/** The blank template workbook, headed with the editor's department and year. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "请先登录。");
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return textResponse(400, "请指定部门编码和年度。");
  // Another county may have a department of the same code: the one this user may read.
  const department = (await departmentsByCode(await getDb(), parsed.data.department)).find((d) => canReadDepartment(user, d));
  if (!department) return textResponse(404, "未找到该部门。");
  const buffer = await templateWorkbook({ departmentCode: department.code, departmentName: department.name, year: parsed.data.year });
  return workbookResponse(buffer, `${department.code}${department.name}${parsed.data.year}年部门预算填报模板.xlsx`);
}
