"use server";
/** The user's own notifications: session and database handed to notification-commands.ts. */
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import { refused, type FormState } from "@/lib/action-result";
import { getCurrentUser } from "@/lib/auth/guards";
import { WORKSPACE_SEGMENTS } from "@/lib/i18n/chinese-routes";
import { markReadCommand, preferencesCommand } from "./notification-commands";

async function run(command: typeof markReadCommand, formData: FormData): Promise<FormState> {
  if (!isFormData(formData)) return refused(INVALID_REQUEST);
  const result = await command(await getDb(), await getCurrentUser(), formData);
  // The header's unread count is on every workspace page — and only there: "/" would also expire
  // every public page Next keeps, on each notice read.
  if (result.ok) for (const segment of WORKSPACE_SEGMENTS) revalidatePath(`/${segment}`, "layout");
  return result;
}

export async function markReadAction(_state: FormState, formData: FormData) {
  return run(markReadCommand, formData);
}

export async function preferencesAction(_state: FormState, formData: FormData) {
  return run(preferencesCommand, formData);
}
