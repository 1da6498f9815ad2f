/**
 * Starting a year's draft: empty, from last year's approved disclosure, or (a revision) from this
 * year's published one. Free of Next's request APIs; the action in actions.ts adds the session.
 */
import { z } from "zod";
import type { Database } from "@/db";
import { createDraft, getDepartment, getPublishedDocument } from "@/db/queries/drafts";
import { firstIssue, refused, SIGNED_OUT, type ActionResult } from "@/lib/action-result";
import { canEditDepartment, type SessionUser } from "@/lib/auth/permissions";
import { draftFromPrevious, emptyDocument } from "@/lib/disclosure/new-draft";

export type CreateDraftResult = ActionResult<{ versionId: number }>;

const createDraftInput = z.object({
  departmentId: z.coerce.number({ error: "请选择部门" }).int("请选择部门").positive("请选择部门"),
  year: z.coerce.number({ error: "请选择年度" }).int("请选择年度").min(1990, "请选择年度").max(2100, "请选择年度"),
  start: z.enum(["empty", "previous", "published"], "请选择草稿的起点"),
});

export async function createDraftCommand(db: Database, user: SessionUser | null, formData: FormData): Promise<CreateDraftResult> {
  if (!user) return refused(SIGNED_OUT);
  const input = createDraftInput.safeParse(Object.fromEntries(formData));
  if (!input.success) return refused(firstIssue(input.error));
  const { departmentId, year, start } = input.data;
  const department = await getDepartment(db, departmentId);
  if (!department || !canEditDepartment(user, department.id)) return { ok: false, message: "未找到该部门。" };

  let document = emptyDocument(year);
  if (start === "previous") {
    const previous = await getPublishedDocument(db, department.id, year - 1);
    if (!previous) return { ok: false, message: `${department.name}${year - 1}年尚无已公开的预算，请从空白草稿开始。` };
    document = draftFromPrevious(previous, year);
  } else if (start === "published") {
    // A revision (更正) of this year's published disclosure starts from its current text.
    const published = await getPublishedDocument(db, department.id, year);
    if (!published) return { ok: false, message: `${department.name}${year}年尚无已公开的版本可更正。` };
    document = published;
  }
  const created = await createDraft(db, { departmentId: department.id, year, document, userId: user.id });
  if (!created.ok) {
    return {
      ok: false,
      message:
        created.reason === "unknown-year"
          ? `${year}年度尚未开放填报，请联系系统管理员。`
          : `${department.name}${year}年已有未完成的版本，请继续编辑该版本。`,
    };
  }
  return { ok: true, versionId: created.versionId };
}
