import { getDb } from "@/db";
import { auditTrailBatches } from "@/db/queries/audit-trail";
import { TRAIL_CSV_HEADER, trailCsvRow } from "@/components/audit/trail-text";
import { getCurrentUser } from "@/lib/auth/guards";
import { canAdminister } from "@/lib/auth/permissions";
import { parseAuditQuery } from "@/lib/audit/filter";
import { BOM, toCsv } from "@/lib/csv";
import { textResponse } from "@/lib/http";

/**
 * Every entry the admin's audit page lists for the same filters (?kind=…&user=…), as CSV, for
 * administrators only. Streamed a batch at a time, so a long trail never sits in memory whole.
 * The file name is fixed ASCII (audit-<UTC time>.csv): nothing the user typed reaches the header.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return textResponse(401, "请先登录。");
  if (!canAdminister(user)) return textResponse(403, "无权访问：审计记录仅供系统管理员下载。");
  const { filter, problems } = parseAuditQuery(new URL(request.url).searchParams);
  if (problems.length > 0) return textResponse(400, `筛选条件有误：${problems.join("；")}。`);
  const db = await getDb();
  const encoder = new TextEncoder();
  const batches = auditTrailBatches(db, filter);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + toCsv([TRAIL_CSV_HEADER], { bom: false })));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(toCsv(next.value.map(trailCsvRow), { bom: false })));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
