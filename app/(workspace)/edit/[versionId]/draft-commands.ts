/**
 * What the editor's server actions do, free of Next's request APIs so that integration tests can
 * run them against a real database as any user. Each: parse the input (zod) → who is asking → may
 * they touch this department's draft → the workflow allows it → write → a typed result. A draft
 * of a department the caller may not edit is "not found", the same as one that does not exist.
 * The actions (actions.ts) add the session and the revalidation.
 *
 * A draft is saved as far as it is written (draftDocumentSchema: a row whose name is still empty is
 * kept, so the rest of the draft is never held back by it); submitting requires the complete
 * document (disclosureDocumentSchema) and lists what is missing.
 */
import { z } from "zod";
import type { Database } from "@/db";
import { getPublishedDocument, getVersion, markSubmitted, saveDraft, withdrawSubmission } from "@/db/queries/drafts";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import { canEditDepartment, type SessionUser } from "@/lib/auth/permissions";
import { hasErrors, runChecks } from "@/lib/checks";
import { disclosureDocumentSchema, draftDocumentSchema } from "@/lib/disclosure/schema";
import { lineCodeErrors } from "@/lib/disclosure/line-codes";
import { withFieldsOutsideTemplate } from "@/lib/disclosure/outside-template";
import type { ImportWorkbookResult, Refusal, SaveDraftResult, SubmitDraftResult, WithdrawDraftResult } from "@/lib/drafts/results";
import { workbookToDocument, MAX_WORKBOOK_BYTES, SERVER_BUSY } from "@/lib/excel/import";
import { otherDepartmentMessage } from "@/lib/excel/guide";
import { WORKBOOK_TOO_LARGE } from "@/lib/excel/limits";
import { fieldErrors } from "@/lib/validation";
import { transition } from "@/lib/workflow";

export type { ImportWorkbookResult, Refusal, SaveDraftResult, SubmitDraftResult, WithdrawDraftResult };

const ids = z.object({ versionId: z.number().int().positive(), revision: z.number().int().positive() });

const SIGNED_OUT = { ok: false, reason: "signed-out", message: "登录已失效，请重新登录后再保存。" } as const;
const NOT_FOUND = { ok: false, reason: "not-found", message: "未找到该草稿。" } as const;
const NOT_EDITABLE = { ok: false, reason: "not-editable", message: "该版本已提交或已公开，不能再修改。" } as const;

function conflict(revision: number, updatedAt: Date): Refusal {
  return {
    ok: false,
    reason: "conflict",
    message: `此草稿已于${updatedAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}被他人保存，您的修改未保存。请重新加载最新内容后再编辑。`,
    revision,
    updatedAt: updatedAt.toISOString(),
  };
}

/** The version, if the caller is an editor of its department; otherwise a refusal. */
async function editableVersion(db: Database, user: SessionUser | null, versionId: number) {
  if (!user) return { refusal: SIGNED_OUT as Refusal };
  const found = await getVersion(db, versionId);
  if (!found || !canEditDepartment(user, found.department.id)) return { refusal: NOT_FOUND as Refusal };
  return { user, ...found };
}

export async function saveDraftCommand(
  db: Database,
  user: SessionUser | null,
  input: { versionId: number; revision: number; document: unknown },
): Promise<SaveDraftResult> {
  const parsedIds = ids.safeParse(input);
  if (!parsedIds.success) return { ok: false, reason: "invalid", message: "请求无效。", errors: fieldErrors(parsedIds.error) };
  const context = await editableVersion(db, user, parsedIds.data.versionId);
  if ("refusal" in context) return context.refusal as Refusal;
  const { version } = context;
  const actor = context.user;
  if (!transition("save", version.status, { role: actor.role, userId: actor.id }, version).ok) return NOT_EDITABLE;
  const document = draftDocumentSchema.safeParse(input.document);
  if (!document.success) {
    return { ok: false, reason: "invalid", message: "有内容不符合要求，未保存。", errors: fieldErrors(document.error) };
  }
  // The lines' codes must be codes of the draft's year: refused whole, like any other bad content.
  const codeErrors = lineCodeErrors(document.data, version.year);
  if (codeErrors.length > 0) {
    return { ok: false, reason: "invalid", message: "有科目编码不在本年度的分类科目中，未保存。", errors: codeErrors };
  }
  const saved = await saveDraft(db, { versionId: version.id, revision: parsedIds.data.revision, document: document.data, userId: actor.id });
  if (saved.ok) {
    return { ok: true, revision: saved.revision, savedAt: saved.updatedAt.toISOString() };
  }
  if (saved.reason === "conflict") return conflict(saved.revision, saved.updatedAt);
  return saved.reason === "not-found" ? NOT_FOUND : NOT_EDITABLE;
}

export async function submitDraftCommand(
  db: Database,
  user: SessionUser | null,
  input: { versionId: number; revision: number },
): Promise<SubmitDraftResult> {
  const parsedIds = ids.safeParse(input);
  if (!parsedIds.success) return { ok: false, reason: "invalid", message: "请求无效。", errors: fieldErrors(parsedIds.error) };
  const context = await editableVersion(db, user, parsedIds.data.versionId);
  if ("refusal" in context) return context.refusal as Refusal;
  const { version } = context;
  const actor = context.user;
  const allowed = transition("submit", version.status, { role: actor.role, userId: actor.id }, version);
  if (!allowed.ok) return { ...NOT_EDITABLE, message: allowed.message };
  if (version.revision !== parsedIds.data.revision) return conflict(version.revision, version.updatedAt);
  const complete = disclosureDocumentSchema.safeParse(version.document);
  if (!complete.success) {
    return { ok: false, reason: "incomplete", message: "草稿还有未填写完整的内容，不能提交。请先补全以下各项：", errors: fieldErrors(complete.error, 50) };
  }
  const codeErrors = lineCodeErrors(complete.data, version.year);
  if (codeErrors.length > 0) {
    return { ok: false, reason: "incomplete", message: "有科目编码不在本年度的分类科目中，不能提交。请先改正以下各项：", errors: codeErrors };
  }
  const previous = await getPublishedDocument(db, version.departmentId, version.year - 1);
  const findings = runChecks(version.document, { previous });
  if (hasErrors(findings)) {
    return {
      ok: false,
      reason: "check-errors",
      message: "数据核对仍有错误，不能提交。请先修正以下问题：",
      findings: findings.filter((f) => f.severity === "error"),
    };
  }
  const from = version.status === "returned" ? "returned" : "draft";
  if (!(await markSubmitted(db, { versionId: version.id, revision: parsedIds.data.revision, userId: actor.id, from }))) {
    const latest = await getVersion(db, version.id);
    return latest ? conflict(latest.version.revision, latest.version.updatedAt) : NOT_FOUND;
  }
  return { ok: true };
}

/**
 * 撤回: an editor of the department takes a submission back to draft before review. The state
 * machine decides, in the transaction that writes (withdrawSubmission): role, state, and whether
 * a reviewer has started.
 */
export async function withdrawDraftCommand(db: Database, user: SessionUser | null, input: { versionId: number }): Promise<WithdrawDraftResult> {
  const parsed = z.object({ versionId: z.number().int().positive() }).safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid", message: "请求无效。", errors: fieldErrors(parsed.error) };
  const context = await editableVersion(db, user, parsed.data.versionId);
  if ("refusal" in context) return context.refusal as Refusal;
  const result = await withdrawSubmission(db, { versionId: context.version.id, actor: { id: context.user.id, role: context.user.role } });
  if (result.ok) return { ok: true };
  if (result.reason === "not-found") return NOT_FOUND;
  return { ok: false, reason: "not-editable", message: `未撤回：${result.message ?? "当前状态不能撤回"}。` };
}

/** Replaces the draft's content with an uploaded workbook — all of it, or nothing. */
export async function importWorkbookCommand(
  db: Database,
  user: SessionUser | null,
  formData: unknown,
): Promise<ImportWorkbookResult> {
  // The argument comes from the request as sent: anything, not only a form.
  if (!isFormData(formData)) return { ok: false, reason: "invalid", message: INVALID_REQUEST, errors: [] };
  const parsedIds = ids.safeParse({
    versionId: Number(formData.get("versionId")),
    revision: Number(formData.get("revision")),
  });
  if (!parsedIds.success) return { ok: false, reason: "invalid", message: "请求无效。", errors: fieldErrors(parsedIds.error) };
  const context = await editableVersion(db, user, parsedIds.data.versionId);
  if ("refusal" in context) return context.refusal as Refusal;
  const { version } = context;
  const actor = context.user;
  if (!transition("save", version.status, { role: actor.role, userId: actor.id }, version).ok) return NOT_EDITABLE;
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, reason: "bad-workbook", message: "请选择要上传的 Excel 文件。", errors: [] };
  }
  if (file.size > MAX_WORKBOOK_BYTES) {
    return { ok: false, reason: "bad-workbook", message: `${WORKBOOK_TOO_LARGE(file.size)}。`, errors: [] };
  }
  const imported = await workbookToDocument(Buffer.from(await file.arrayBuffer()), { year: version.year });
  if (!imported.ok && imported.busy) {
    return { ok: false, reason: "bad-workbook", message: `${SERVER_BUSY}，草稿未作改动。`, errors: [] };
  }
  if (!imported.ok) {
    return { ok: false, reason: "bad-workbook", message: "上传的文件有以下问题，草稿未作任何改动：", errors: imported.errors };
  }
  const otherDepartment = otherDepartmentMessage(imported.meta, context.department);
  if (otherDepartment) return { ok: false, reason: "bad-workbook", message: otherDepartment, errors: [] };
  const document = withFieldsOutsideTemplate(imported.document, version.document, imported.withLines);
  const saved = await saveDraft(db, {
    versionId: version.id,
    revision: parsedIds.data.revision,
    document,
    userId: actor.id,
    action: "draft.import",
  });
  if (saved.ok) {
    // What was saved, kept fields included: the editor's copy then matches the draft.
    return { ok: true, revision: saved.revision, document, savedAt: saved.updatedAt.toISOString() };
  }
  if (saved.reason === "conflict") return conflict(saved.revision, saved.updatedAt);
  return saved.reason === "not-found" ? NOT_FOUND : NOT_EDITABLE;
}
