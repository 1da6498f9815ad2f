/**
 * What the reviewer's (and the commenting editor's) server actions do, free of Next's request
 * APIs so integration tests can run them as any user. Each: parse (zod) → who is asking → may
 * they act on this department → the workflow allows it → one transaction with its audit entry.
 */
import { publishedCounties } from "@/db/queries/public-stats";
import type { PublicChange } from "@/lib/public-tags";
import { z } from "zod";
import type { Database } from "@/db";
import { getDepartment, getPublishedDocument, getVersion, listFiscalYears } from "@/db/queries/drafts";
import { addComment, approveVersion, changeOwnComment, commentWithDepartment, returnVersion, setApprovalDate } from "@/db/queries/review";
import { firstIssue, refused, SIGNED_OUT, type FormResult } from "@/lib/action-result";
import { canEditDepartment, canReviewRegion, type SessionUser } from "@/lib/auth/permissions";
import { hasErrors, runChecks } from "@/lib/checks";
import { disclosureDocumentSchema } from "@/lib/disclosure/schema";
import { transition } from "@/lib/workflow";

/** `published`: what an approval changed for the public (lib/public-tags.ts), for the action to refresh. */
export type ReviewResult = FormResult<{ published?: PublicChange }>;

const NOT_FOUND = refused("未找到该公开文件。");
const TAKEN = refused("该版本已被处理（可能另一位审核人刚刚操作），请刷新查看最新状态。");

const versionId = z.coerce.number({ error: "请求无效" }).int("请求无效").positive("请求无效");
const section = z.coerce.number({ error: "请选择章节" }).int().min(0, "请选择章节").max(9, "请选择章节");
const body = (label: string) => z.string().trim().min(1, `请填写${label}`).max(2000, `${label}不能超过2000字`);

async function reviewable(db: Database, user: SessionUser, id: number) {
  const found = await getVersion(db, id);
  if (!found || !canReviewRegion(user, found.department.regionId)) return null;
  return found;
}

export async function returnCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<ReviewResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = z
    .object({ versionId, section, reason: body("退回理由") })
    .safeParse(Object.fromEntries(formData));
  if (!input.success) return refused(firstIssue(input.error));
  const found = await reviewable(db, user, input.data.versionId);
  if (!found) return NOT_FOUND;
  const allowed = transition("return", found.version.status, { role: user.role, userId: user.id }, found.version);
  if (!allowed.ok) return refused(allowed.message);
  const result = await returnVersion(db, {
    versionId: found.version.id,
    reviewerId: user.id,
    reason: input.data.reason,
    section: input.data.section,
  });
  if (!result.ok) return result.reason === "not-found" ? NOT_FOUND : TAKEN;
  return { ok: true, message: "已退回，填报人将看到退回理由。" };
}

export async function approveCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<ReviewResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = z.object({ versionId }).safeParse(Object.fromEntries(formData));
  if (!input.success) return { ok: false, message: "请求无效" };
  const found = await reviewable(db, user, input.data.versionId);
  if (!found) return NOT_FOUND;
  const { version } = found;
  const allowed = transition("approve", version.status, { role: user.role, userId: user.id }, version);
  if (!allowed.ok) return refused(allowed.message);
  // Submitting already requires a complete document; checked again here because approval is what
  // publishes, and a draft saved incomplete must never reach the public.
  if (!disclosureDocumentSchema.safeParse(version.document).success) {
    return { ok: false, message: "内容尚未填写完整，不能审核通过，请退回修改。" };
  }
  const previous = await getPublishedDocument(db, version.departmentId, version.year - 1);
  if (hasErrors(runChecks(version.document, { previous }))) {
    return { ok: false, message: "数据核对仍有错误，不能审核通过，请退回修改。" };
  }
  const firstInCounty = !(await publishedCounties(db)).some((county) => county.id === found.department.regionId);
  const result = await approveVersion(db, { versionId: version.id, reviewerId: user.id });
  if (!result.ok) {
    if (result.reason === "own-submission") return { ok: false, message: "不能审核通过自己提交的公开文件" };
    return result.reason === "not-found" ? NOT_FOUND : TAKEN;
  }
  const published: PublicChange = { kind: "publication", code: found.department.code, year: version.year, firstInCounty };
  return { ok: true, message: "已审核通过并公开。", published };
}

/** A comment on a section, by a reviewer of the region or an editor of the department. */
export async function commentCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<ReviewResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = z
    .object({
      versionId,
      section,
      body: body("意见"),
      replyTo: z.union([z.literal(""), z.coerce.number().int().positive()]).optional(),
    })
    .safeParse(Object.fromEntries(formData));
  if (!input.success) return refused(firstIssue(input.error));
  const found = await getVersion(db, input.data.versionId);
  if (!found) return NOT_FOUND;
  const allowed = canReviewRegion(user, found.department.regionId) || canEditDepartment(user, found.department.id);
  if (!allowed) return NOT_FOUND;
  const replyTo = typeof input.data.replyTo === "number" ? input.data.replyTo : null;
  const result = await addComment(db, {
    versionId: found.version.id,
    authorId: user.id,
    section: input.data.section,
    body: input.data.body,
    replyTo,
  });
  return result.ok ? { ok: true, message: "意见已发表。" } : NOT_FOUND;
}

const commentId = z.coerce.number({ error: "请求无效" }).int("请求无效").positive("请求无效");

/** The author's own comment, edited (body) or deleted (no body); anyone else is refused. */
async function changeComment(db: Database, user: SessionUser, id: number, body: string | null): Promise<ReviewResult> {
  const found = await commentWithDepartment(db, id);
  // Who may no longer read the department cannot change anything of it either.
  if (!found || !(canReviewRegion(user, found.department.regionId) || canEditDepartment(user, found.department.id))) {
    return { ok: false, message: "未找到该意见。" };
  }
  const result = await changeOwnComment(db, { commentId: id, authorId: user.id, body });
  if (!result.ok) return { ok: false, message: result.reason === "not-author" ? "只能修改或删除自己发表的意见。" : "未找到该意见。" };
  return { ok: true, message: body === null ? "意见已删除。" : "意见已修改。" };
}

export async function editCommentCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<ReviewResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = z.object({ commentId, body: body("意见") }).safeParse(Object.fromEntries(formData));
  if (!input.success) return refused(firstIssue(input.error));
  return changeComment(db, user, input.data.commentId, input.data.body);
}

export async function deleteCommentCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<ReviewResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = z.object({ commentId }).safeParse(Object.fromEntries(formData));
  if (!input.success) return { ok: false, message: "请求无效" };
  return changeComment(db, user, input.data.commentId, null);
}

/** Records the finance bureau's 批复 date of a department's budget (starts the 20-day clock). */
export async function approvalDateCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<ReviewResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = z
    .object({
      departmentId: z.coerce.number({ error: "请求无效" }).int().positive(),
      year: z.coerce.number({ error: "请求无效" }).int().min(1990).max(2100),
      date: z.union([z.literal(""), z.iso.date("批复日期格式应为 年-月-日")]),
    })
    .safeParse(Object.fromEntries(formData));
  if (!input.success) return refused(firstIssue(input.error));
  const department = await getDepartment(db, input.data.departmentId);
  if (!department || !canReviewRegion(user, department.regionId)) return { ok: false, message: "未找到该部门。" };
  if (!(await listFiscalYears(db)).includes(input.data.year)) return { ok: false, message: `${input.data.year}年度尚未开放。` };
  const date = input.data.date || null;
  if (date && (Number(date.slice(0, 4)) < input.data.year - 1 || Number(date.slice(0, 4)) > input.data.year)) {
    return { ok: false, message: `批复日期应在${input.data.year - 1}年或${input.data.year}年内。` };
  }
  await setApprovalDate(db, { departmentId: department.id, year: input.data.year, date, userId: user.id });
  return { ok: true, message: date ? `已记录批复日期 ${date}。` : "已清除批复日期。" };
}
