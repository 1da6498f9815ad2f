"use server";
/**
 * The reviewer's server actions: session and database handed to review-commands.ts (which checks
 * everything), then what changed is revalidated — an approval shows on the public pages at once.
 */
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/guards";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import { refused, type FormState } from "@/lib/action-result";
import { publicDataChanged } from "@/lib/public-refresh";
import { deliverQueuedMail } from "@/lib/notifications/mailer";
import { bulkCommand } from "./bulk-commands";
import {
  approvalDateCommand,
  approveCommand,
  commentCommand,
  deleteCommentCommand,
  editCommentCommand,
  returnCommand,
  type ReviewResult,
} from "./review-commands";

export type ReviewActionState = FormState<ReviewResult>;

async function run(command: typeof approveCommand, formData: FormData): Promise<ReviewActionState> {
  if (!isFormData(formData)) return refused(INVALID_REQUEST);
  const result = await command(await getDb(), await getCurrentUser(), formData);
  if (result.ok) {
    revalidatePath("/review", "layout");
    revalidatePath("/edit", "layout");
    if (result.published) publicDataChanged(result.published);
    // Notification mail goes out after the response: a dead SMTP server never fails the decision.
    after(() => deliverQueuedMail(getDb));
  }
  return result;
}

export async function returnAction(_state: ReviewActionState, formData: FormData) {
  return run(returnCommand, formData);
}

export async function approveAction(_state: ReviewActionState, formData: FormData) {
  return run(approveCommand, formData);
}

export async function commentAction(_state: ReviewActionState, formData: FormData) {
  return run(commentCommand, formData);
}

export async function editCommentAction(_state: ReviewActionState, formData: FormData) {
  return run(editCommentCommand, formData);
}

export async function deleteCommentAction(_state: ReviewActionState, formData: FormData) {
  return run(deleteCommentCommand, formData);
}

export async function approvalDateAction(_state: ReviewActionState, formData: FormData) {
  return run(approvalDateCommand, formData);
}

/** Several departments at once (bulk-commands.ts): each through its own command and transaction. */
export async function bulkAction(_state: ReviewActionState, formData: FormData): Promise<ReviewActionState> {
  if (!isFormData(formData)) return refused(INVALID_REQUEST);
  const { result, published } = await bulkCommand(await getDb(), await getCurrentUser(), formData);
  revalidatePath("/review", "layout");
  revalidatePath("/edit", "layout");
  for (const change of published) publicDataChanged(change);
  after(() => deliverQueuedMail(getDb));
  return result;
}
