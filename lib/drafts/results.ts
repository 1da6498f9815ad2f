/**
 * What the editor's server actions answer. One place, in lib/, because both sides use them: the
 * actions (app/) return them and the editor (components/) reads them — and components never
 * import from app/.
 */
import type { Finding } from "../checks/types";
import type { DisclosureDocument } from "../disclosure/schema";
import type { ExcelError } from "../excel/reader";
import type { FieldError } from "../validation";

export type Refusal =
  | { ok: false; reason: "signed-out"; message: string }
  | { ok: false; reason: "not-found"; message: string }
  | { ok: false; reason: "not-editable"; message: string }
  | { ok: false; reason: "invalid"; message: string; errors: FieldError[] }
  | { ok: false; reason: "conflict"; message: string; revision: number; updatedAt: string };

export type SaveDraftResult = { ok: true; revision: number; savedAt: string } | Refusal;

export type SubmitDraftResult =
  | { ok: true }
  | Refusal
  | { ok: false; reason: "check-errors"; message: string; findings: Finding[] }
  /** Saved as a draft, but not complete: every row's required text must be filled first. */
  | { ok: false; reason: "incomplete"; message: string; errors: FieldError[] };

export type ImportWorkbookResult =
  | { ok: true; revision: number; document: DisclosureDocument; savedAt: string }
  | Refusal
  | { ok: false; reason: "bad-workbook"; message: string; errors: ExcelError[] };

/** 撤回: the submission is a draft again, or why not (a reviewer started or decided first …). */
export type WithdrawDraftResult = { ok: true } | Refusal;
