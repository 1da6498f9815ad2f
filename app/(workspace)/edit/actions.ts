"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/guards";
import { INVALID_REQUEST, isFormData } from "@/lib/action-input";
import { refused, type FormState, type Refused } from "@/lib/action-result";
import { createDraftCommand } from "./create-draft-command";

/** Only a refusal comes back: a created draft opens in the editor. */
export type CreateDraftState = FormState<Refused>;

export async function createDraftAction(_state: CreateDraftState, formData: FormData): Promise<CreateDraftState> {
  if (!isFormData(formData)) return refused(INVALID_REQUEST);
  const result = await createDraftCommand(await getDb(), await getCurrentUser(), formData);
  if (!result.ok) return result;
  revalidatePath("/edit");
  redirect(`/edit/${result.versionId}`);
}
