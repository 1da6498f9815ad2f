"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/guards";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import { createDraftCommand } from "./create-draft-command";

export type CreateDraftState = { message: string } | null;

export async function createDraftAction(_state: CreateDraftState, formData: FormData): Promise<CreateDraftState> {
  if (!isFormData(formData)) return { message: INVALID_REQUEST };
  const result = await createDraftCommand(await getDb(), await getCurrentUser(), formData);
  if (!result.ok) return { message: result.message };
  revalidatePath("/edit");
  redirect(`/edit/${result.versionId}`);
}
