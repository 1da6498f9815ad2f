/**
 * What the editor's server actions answer: the portal's action result (lib/action-result.ts), with
 * a `reason` on every refusal so the editor knows what to do (reload, sign in, mark the fields).
 */
import type { Done, Refused } from "../action-result";
import type { Finding } from "../checks/types";
import type { DisclosureDocument } from "../disclosure/schema";
import type { ExcelError } from "../excel/reader";
import type { FieldError } from "../validation";

/** Why a save, submission, import or withdrawal was refused, for the editor to act on (reason). */
export type Refusal =
  | Refused<{ reason: "signed-out" | "not-found" | "not-editable" }>
  | Refused<{ reason: "invalid"; errors: FieldError[] }>
  | Refused<{ reason: "conflict"; revision: number; updatedAt: string }>;

export type SaveDraftResult = Done<{ revision: number; savedAt: string }> | Refusal;

export type SubmitDraftResult =
  | Done
  | Refusal
  | Refused<{ reason: "check-errors"; findings: Finding[] }>
  /** Saved as a draft, but not complete: every row's required text must be filled first. */
  | Refused<{ reason: "incomplete"; errors: FieldError[] }>;

export type ImportWorkbookResult =
  | Done<{ revision: number; document: DisclosureDocument; savedAt: string }>
  | Refusal
  | Refused<{ reason: "bad-workbook"; errors: ExcelError[] }>;

/** 撤回: the submission is a draft again, or why not (a reviewer started or decided first …). */
export type WithdrawDraftResult = Done | Refusal;
