/**
 * Acting on several departments of the board at once: approve, return (one reason for all) or
 * enter one 批复 date. Each department goes through the very command a single click would run —
 * the same checks, its own transaction and audit entry — so one refusal never undoes another's
 * success, and the answer lists each department's own result. An error while one department is
 * processed (the database refusing, a lost connection) rolls back that department's transaction
 * only: it is listed as not done, and the rest are still processed.
 */
import { z } from "zod";
import type { Database } from "@/db";
import { boardOfRegion } from "@/db/queries/review";
import { canReviewRegion, type SessionUser } from "@/lib/auth/permissions";
import type { PublicChange } from "@/lib/public-tags";
import { firstIssue, refused, SIGNED_OUT } from "@/lib/action-result";
import { approvalDateCommand, approveCommand, returnCommand, type ReviewResult } from "./review-commands";

const MAX_ITEMS = 100;

const bulkInput = z.object({
  intent: z.enum(["approve", "return", "approval-date"], { error: "请求无效" }),
  year: z.coerce.number({ error: "请求无效" }).int().min(1990).max(2100),
  departmentIds: z
    .array(z.coerce.number().int().positive())
    .min(1, "请先勾选部门")
    .max(MAX_ITEMS, `一次最多处理${MAX_ITEMS}个部门`),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

export interface BulkOutcome {
  result: ReviewResult;
  /** What the approvals changed for the public, for the action to refresh. */
  published: PublicChange[];
}

export async function bulkCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<BulkOutcome> {
  const refuse = (message: string): BulkOutcome => ({ result: refused(message), published: [] });
  if (!user) return refuse(SIGNED_OUT);
  const input = bulkInput.safeParse({
    intent: formData.get("intent"),
    year: formData.get("year"),
    departmentIds: formData.getAll("departmentId"),
  });
  if (!input.success) return refuse(firstIssue(input.error));
  if (user.regionId === null || !canReviewRegion(user, user.regionId)) return refuse("此操作仅供本地区财政局审核人使用。");
  const { intent, year } = input.data;
  const reason = String(formData.get("reason") ?? "");
  if (intent === "return" && !reason.trim()) return refuse("请填写退回理由");
  const date = String(formData.get("date") ?? "");
  if (intent === "approval-date" && !date) return refuse("请选择批复日期");
  if (intent === "approve" && formData.get("confirmed") !== "on") return refuse("请先确认已核对所选部门的数据核对结果与差异");

  const board = new Map((await boardOfRegion(db, user.regionId, year)).map((row) => [row.departmentId, row]));
  const lines: string[] = [];
  const published: PublicChange[] = [];
  let succeeded = 0;
  for (const id of [...new Set(input.data.departmentIds)]) {
    const row = board.get(id);
    // Another county's department is as unknown here as one that does not exist.
    const name = row ? `${row.code} ${row.name}` : `部门 ${id}`;
    let result: ReviewResult;
    try {
      if (!row) result = refused("未找到该部门。");
      else if (intent === "approval-date") {
        result = await approvalDateCommand(db, user, form({ departmentId: String(id), year: String(year), date }));
      } else if (row.status !== "submitted" || row.versionId === null) {
        result = refused(`${year}年没有待审核的版本。`);
      } else if (intent === "approve") {
        result = await approveCommand(db, user, form({ versionId: String(row.versionId) }));
      } else {
        result = await returnCommand(db, user, form({ versionId: String(row.versionId), section: "0", reason }));
      }
    } catch (error) {
      // Its transaction rolled back whole: this department is unchanged, the others keep their
      // results, and the list goes on — the reviewer sees which one to retry.
      console.error(`bulk ${intent} of department ${id} failed`, error);
      result = refused("处理时出错，该部门未作任何更改，请稍后单独重试。");
    }
    if (result.ok) {
      succeeded++;
      if (result.published) published.push(result.published);
    }
    lines.push(`${result.ok ? "✓" : "✗"} ${name}：${result.message}`);
  }
  const total = lines.length;
  const summary = succeeded === total ? `已处理全部 ${total} 个部门。` : `${total} 个部门中 ${succeeded} 个成功，${total - succeeded} 个未处理：`;
  return { result: { ok: succeeded === total, message: [summary, ...lines].join("\n") }, published };
}
