import { getCurrentUser } from "@/lib/auth/guards";
import { readableVersion } from "@/lib/auth/version-access";
import { documentToWorkbook } from "@/lib/excel/workbook";
import { textResponse, workbookResponse } from "@/lib/http";

/** A draft (or any version the user may read) as the editor's workbook. */
export async function GET(_request: Request, { params }: { params: Promise<{ versionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "请先登录。");
  const found = await readableVersion(user, (await params).versionId);
  if (!found) return textResponse(404, "未找到该版本。");
  const { version, department } = found;
  const buffer = await documentToWorkbook(version.document, {
    departmentCode: department.code,
    departmentName: department.name,
    year: version.year,
  });
  return workbookResponse(buffer, `${department.code}${department.name}${version.year}年部门预算（第${version.versionNo}版）.xlsx`);
}
