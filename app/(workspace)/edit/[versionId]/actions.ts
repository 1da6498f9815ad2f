"use server";
/**
 * The editor's server actions: the signed-in user and the database, handed to the commands in
 * draft-commands.ts (which check everything), then the pages that changed are revalidated.
 */
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { deliverQueuedMail } from "@/lib/notifications/mailer";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/guards";
import type { ImportWorkbookResult, SaveDraftResult, SubmitDraftResult, WithdrawDraftResult } from "@/lib/drafts/results";
import { importWorkbookCommand, saveDraftCommand, submitDraftCommand, withdrawDraftCommand } from "./draft-commands";

export async function saveDraftAction(input: { versionId: number; revision: number; document: unknown }): Promise<SaveDraftResult> {
  return saveDraftCommand(await getDb(), await getCurrentUser(), input);
}

export async function submitDraftAction(input: { versionId: number; revision: number }): Promise<SubmitDraftResult> {
  const result = await submitDraftCommand(await getDb(), await getCurrentUser(), input);
  if (result.ok) {
    revalidatePath("/edit");
    revalidatePath(`/edit/${input.versionId}`);
    // The reviewers' notification mail, after the response (never failing the submission).
    after(() => deliverQueuedMail(getDb));
  }
  return result;
}

export async function importWorkbookAction(formData: FormData): Promise<ImportWorkbookResult> {
  return importWorkbookCommand(await getDb(), await getCurrentUser(), formData);
}

export async function withdrawDraftAction(input: { versionId: number }): Promise<WithdrawDraftResult> {
  const result = await withdrawDraftCommand(await getDb(), await getCurrentUser(), input);
  if (result.ok) {
    revalidatePath("/edit");
    revalidatePath(`/edit/${input.versionId}`);
    revalidatePath("/review");
  }
  return result;
}
